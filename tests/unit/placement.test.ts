import { describe, expect, it } from 'vitest';
import { intersects, placeBadge, placePanel, placePopover, PANEL_WIDTH, type Box } from '../../components/sidebar/placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('placePanel', () => {
  it('docks at the right edge, full height, when there is room beside the reply box', () => {
    const editor = box(80, 600, 1000, 800);
    const place = placePanel({ width: 1400, height: 900 }, [editor]);
    expect(place).toEqual({ box: box(1400 - PANEL_WIDTH, 0, 1400, 900), side: 'right', roomy: true });
    expect(intersects(place.box, editor)).toBe(false);
  });

  it('takes the left band when only the left is free, narrower when the band is', () => {
    const place = placePanel({ width: 1200, height: 800 }, [box(300, 100, 1190, 700)]);
    expect(place.side).toBe('left');
    expect(place.box).toEqual(box(0, 0, 292, 800));
  });

  it('goes above the composer in a narrow window, never over it or its Send button', () => {
    const editor = box(89, 631, 771, 831);
    const send = box(654, 840, 761, 875);
    const place = placePanel({ width: 800, height: 900 }, [editor, send]);
    expect(place.side).toBe('top');
    expect(place.roomy).toBe(false);
    expect(intersects(place.box, editor) || intersects(place.box, send)).toBe(false);
    expect(place.box.bottom).toBe(623);
  });

  it('goes below when there is more room there', () => {
    const place = placePanel({ width: 700, height: 450 }, [box(20, 20, 690, 120)]);
    expect(place.side).toBe('bottom');
    expect(place.box.top).toBe(128);
    expect(place.box.bottom).toBe(450);
  });

  it('ignores guarded boxes out of the window and takes the right edge with none left', () => {
    expect(placePanel({ width: 1000, height: 700 }, [box(0, -400, 900, -10)]).box).toEqual(box(1000 - PANEL_WIDTH, 0, 1000, 700));
  });
});

describe('placeBadge', () => {
  it('sits inside the bottom-right corner of the visible part of the reply box', () => {
    expect(placeBadge({ width: 800, height: 900 }, box(89, 631, 771, 1200))).toEqual(box(733, 862, 765, 894));
  });

  it('waits while the reply box is out of sight or too small to hold it', () => {
    expect(placeBadge({ width: 800, height: 900 }, null)).toBeNull();
    expect(placeBadge({ width: 800, height: 900 }, box(0, 950, 800, 1200))).toBeNull();
    expect(placeBadge({ width: 800, height: 900 }, box(0, 0, 30, 30))).toBeNull();
  });
});

describe('placePopover', () => {
  const size = { width: 300, height: 120 };
  it('hangs under the last line of the words', () => {
    expect(placePopover({ width: 1400, height: 900 }, [box(100, 200, 300, 220), box(20, 222, 80, 242)], size)).toEqual({ left: 20, top: 246 });
  });

  it('goes over the words near the bottom of the window and stays inside it on the right', () => {
    expect(placePopover({ width: 800, height: 600 }, [box(700, 540, 760, 560)], size)).toEqual({ left: 492, top: 416 });
  });

  it('has no place without words', () => {
    expect(placePopover({ width: 800, height: 600 }, [], size)).toBeNull();
  });
});
