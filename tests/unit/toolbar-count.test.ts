/**
 * The toolbar button's badge shows the tab's suggestion count (issue 14, item 5): the content script
 * says the number when it changes — never text — and clears it when it stops; a frame that never
 * coached says nothing (it would clear its top frame's count); the background accepts exactly
 * `{ type, count }`. The badge itself is checked in the browser (tests/browser/toolbar.browser.ts).
 */
import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../lib/messages';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: async (message: unknown) => void sent.push(message) } } }));

const { reportCountToToolbar } = await import('../../lib/content/toolbar-count');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reportCountToToolbar', () => {
  it('says each new count once, 0 when the reply box goes, and clears its count when stopped', async () => {
    sent.length = 0;
    const attached = signal(false);
    const findings = signal<readonly unknown[]>([]);
    const stop = reportCountToToolbar({ attached, findings } as never);
    await settle();
    expect(sent).toEqual([]);
    attached.value = true;
    findings.value = [1, 2, 3];
    findings.value = [4, 5, 6];
    await settle();
    findings.value = [1];
    attached.value = false;
    await settle();
    attached.value = true;
    await settle();
    stop();
    await settle();
    expect(sent.map((m) => (m as { count: number }).count)).toEqual([3, 1, 0, 1, 0]);
    expect(sent.every((m) => JSON.stringify(Object.keys(m as object)) === '["type","count"]')).toBe(true);
  });

  it('says nothing from a frame that never coached, not even when stopped', async () => {
    sent.length = 0;
    reportCountToToolbar({ attached: signal(false), findings: signal([]) } as never)();
    await settle();
    expect(sent).toEqual([]);
  });
});

describe('the rapport:toolbar-count message', () => {
  it('is a count and nothing else', () => {
    expect(parseMessage({ type: 'rapport:toolbar-count', count: 7 })).toEqual({ ok: true, message: { type: 'rapport:toolbar-count', count: 7 } });
    for (const bad of [{ type: 'rapport:toolbar-count' }, { type: 'rapport:toolbar-count', count: -1 }, { type: 'rapport:toolbar-count', count: 2.5 }, { type: 'rapport:toolbar-count', count: '3' }, { type: 'rapport:toolbar-count', count: 1e9 }, { type: 'rapport:toolbar-count', count: 3, text: 'Happy to help' }]) {
      const result = parseMessage(bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
    }
  });
});
