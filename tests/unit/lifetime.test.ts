/**
 * The content script's one lifetime (lib/content/lifetime.ts): a part that throws is reported by
 * name and skipped, every teardown runs once on stop, and one failing teardown doesn't keep the
 * others from running.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../lib/content/lifetime';

afterEach(() => vi.restoreAllMocks());

describe('content lifetime', () => {
  it('a failing part returns undefined and is named in the warning; the next part still runs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const life = createLifetime();
    expect(life.attempt('stats', () => { throw new Error('Extension context invalidated.'); })).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Rapport: stats failed', expect.any(Error));
    expect(life.attempt('site adapter', () => 'freescout')).toBe('freescout');
  });

  it('stop aborts the signal and runs every teardown once, past one that throws', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const life = createLifetime();
    const ran: string[] = [];
    life.onStop(() => ran.push('discovery'));
    life.onStop(() => { throw new Error('gone'); });
    life.onStop(() => ran.push('sidebar'));
    life.stop();
    life.stop();
    expect(life.signal.aborted).toBe(true);
    expect(ran).toEqual(['discovery', 'sidebar']);
  });
});
