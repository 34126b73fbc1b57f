// @vitest-environment happy-dom
/**
 * When the coach checks (lib/content/check-scheduler.ts): straight away while checks are cheap,
 * after a pause in typing once two checks in a row were slow (never later than the longest wait),
 * inside the input event itself unless mid-composition, and only a redraw when the editor's DOM
 * changed but its text did not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckScheduler, type CheckScheduler } from '../../lib/content/check-scheduler';
import type { EditorHandle } from '../../lib/editing/types';

const TIMINGS = { debounceMs: 60, maxWaitMs: 250, slowCheckMs: 12 };

let checks = 0;
let scheduler: CheckScheduler;

/** A check as the coach runs it: begin, then report its cost. */
function checkCosting(ms: number): void {
  const inputAt = scheduler.begin();
  scheduler.end(inputAt, { started: 0, ended: ms, chars: 10, findings: 1 });
}

beforeEach(() => {
  vi.useFakeTimers();
  checks = 0;
  scheduler = createCheckScheduler(() => {
    checks++;
    scheduler.begin();
  }, TIMINGS);
});
afterEach(() => vi.useRealTimers());

describe('the check scheduler', () => {
  it('checks right after the current task while checks are cheap', () => {
    checkCosting(3);
    scheduler.schedule();
    expect(checks).toBe(0);
    vi.advanceTimersByTime(0);
    expect(checks).toBe(1);
  });

  it('waits for a pause once two checks in a row were slow, but one slow check is not enough', () => {
    checkCosting(40);
    checkCosting(3);
    scheduler.schedule();
    vi.advanceTimersByTime(0);
    expect(checks).toBe(1);

    checkCosting(40);
    checkCosting(40);
    scheduler.schedule();
    vi.advanceTimersByTime(59);
    expect(checks).toBe(1);
    vi.advanceTimersByTime(1);
    expect(checks).toBe(2);
  });

  it('while the agent keeps typing, checks no later than the longest wait', () => {
    checkCosting(40);
    checkCosting(40);
    for (let typed = 0; typed < 300; typed += 30) {
      scheduler.schedule();
      vi.advanceTimersByTime(30);
    }
    // Debounced at first, then forced through once 250 ms had passed since the first edit.
    expect(checks).toBe(1);
  });

  it('a check covers the first unchecked edit: begin returns its time stamp once', () => {
    scheduler.schedule({ timeStamp: 123 } as Event);
    scheduler.schedule({ timeStamp: 456 } as Event);
    expect(scheduler.begin()).toBe(123);
    expect(scheduler.begin()).toBe(0);
    vi.advanceTimersByTime(0);
    expect(checks).toBe(0);
  });

  it('cancel drops a pending check', () => {
    scheduler.schedule();
    scheduler.cancel();
    vi.advanceTimersByTime(1000);
    expect(checks).toBe(0);
  });
});

describe('watching an editor', () => {
  function editor(kind: 'textarea' | 'contenteditable'): EditorHandle {
    document.body.innerHTML = kind === 'textarea' ? '<textarea></textarea>' : '<div contenteditable="true">Hello</div>';
    const element = document.body.firstElementChild as HTMLElement;
    return { element, kind } as unknown as EditorHandle;
  }

  it('checks inside the input event while checks are cheap; mid-composition it waits for the timer', () => {
    const handle = editor('textarea');
    const stop = scheduler.watch(handle, () => true, () => undefined);
    handle.element.dispatchEvent(new InputEvent('input'));
    expect(checks).toBe(1);
    handle.element.dispatchEvent(new InputEvent('input', { isComposing: true }));
    expect(checks).toBe(1);
    vi.advanceTimersByTime(0);
    expect(checks).toBe(2);
    stop();
    handle.element.dispatchEvent(new InputEvent('input'));
    expect(checks).toBe(2);
  });

  it('a DOM change with the same text only redraws; with new text it schedules a check', async () => {
    const handle = editor('contenteditable');
    let unchanged = true;
    let redraws = 0;
    const stop = scheduler.watch(handle, () => unchanged, () => void redraws++);
    handle.element.firstChild!.textContent = 'Hello again';
    await vi.advanceTimersByTimeAsync(0);
    expect([redraws, checks]).toEqual([1, 0]);
    unchanged = false;
    handle.element.append(' there');
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    expect([redraws, checks]).toEqual([1, 1]);
    stop();
  });
});
