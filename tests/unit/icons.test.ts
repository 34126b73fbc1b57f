/**
 * Store-ready icons (issue 14): the manifest declares an icon at 16, 32, 48 and 128 px for the
 * extension and for the toolbar button (MV3 action and Firefox's MV2 browser_action), each file
 * exists in public/ with those pixel dimensions, and each is still what scripts/icons draws.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { ICON_SIZES, manifestIcons } from '../../lib/build/icons';
import { drawBubble } from '../../scripts/icons/bubble';
import { decodePng, encodePng } from '../../scripts/icons/png';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

interface ManifestWithIcons {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string>; default_popup?: string };
  optional_host_permissions?: string[];
  optional_permissions?: string[];
}

const manifest = config.manifest as ManifestWithIcons;

describe('extension icons', () => {
  it('the manifest declares 16, 32, 48 and 128 px icons for the extension and its toolbar button', () => {
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual([16, 32, 48, 128]);
    expect(manifest.icons).toEqual(manifestIcons());
    expect(manifest.action?.default_icon).toEqual(manifest.icons);
  });

  it('the Firefox (MV2) build gives its browser_action the same icons', async () => {
    const mv2: ManifestWithIcons = { browser_action: { default_popup: 'popup.html' }, optional_host_permissions: ['https://*/*'] };
    const hooks = config.hooks as unknown as Record<string, (wxt: unknown, m: ManifestWithIcons) => void>;
    const hook = hooks['build:manifestGenerated']!;
    hook({ config: { manifestVersion: 2 } }, mv2);
    expect(mv2.browser_action).toEqual({ default_popup: 'popup.html', default_icon: manifestIcons() });
    expect(mv2.optional_permissions).toEqual(['https://*/*']);
  });

  for (const size of ICON_SIZES) {
    it(`icons/icon-${size}.png exists, is a ${size}×${size} PNG and matches the drawing`, () => {
      const file = join(PUBLIC_DIR, manifestIcons()[String(size)]!);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const png = readFileSync(file);
      expect(png.readUInt32BE(16), 'IHDR width').toBe(size);
      expect(png.readUInt32BE(20), 'IHDR height').toBe(size);
      const image = decodePng(png);
      expect([image.width, image.height]).toEqual([size, size]);
      // Regenerate with `node --import tsx scripts/icons/make.ts` after changing the drawing.
      expect(Buffer.from(image.pixels).equals(Buffer.from(drawBubble(size).pixels)), 'pixels as scripts/icons/bubble.ts draws them').toBe(true);
      const alphaAt = (x: number, y: number) => image.pixels[(y * size + x) * 4 + 3];
      expect(alphaAt(0, 0), 'transparent corner').toBe(0);
      expect(alphaAt(Math.floor(size * 0.15), Math.floor(size * 0.45)), 'opaque bubble').toBe(255);
    });
  }

  it('the PNG writer round-trips and the reader refuses what is not a PNG', () => {
    const image = drawBubble(20);
    expect(decodePng(encodePng(image))).toEqual(image);
    expect(() => decodePng(Buffer.from('GIF89a not a png'))).toThrow(/signature/);
    const broken = encodePng(image);
    broken[30] = (broken[30]! + 1) & 0xff; // a byte of IHDR's checksum
    expect(() => decodePng(broken)).toThrow(/bad CRC/);
    expect(() => drawBubble(4)).toThrow(/size 4/);
  });
});
