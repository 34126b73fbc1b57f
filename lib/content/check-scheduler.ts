/**
 * When the coach checks the draft. While checks are cheap, each edit is checked inside its input
 * event, so the cards and underlines are painted in the same frame as the typed character. Once two
 * checks in a row prove slow, checks wait for a pause in typing (never longer than `maxWaitMs` while
 * the agent keeps typing). Each check leaves performance measures (no text in them), so browser
 * tests and the speed benchmarks can read the cost per keystroke from the page.
 */
import type { EditorHandle } from '../editing/types';

export interface CheckTimings {
  /**
   * Quiet time after the last keystroke before checking, in ms — only once a check has proved slow
   * (over `slowCheckMs`); while checks are cheap, each edit is checked straight away.
   */
  debounceMs?: number;
  /** Two checks in a row costing more than this switch to debounced checking, in ms. */
  slowCheckMs?: number;
  /** Longest wait while the agent keeps typing, in ms. */
  maxWaitMs?: number;
}

/** What the check did, for the `rapport:check` and `rapport:update` measures. */
export interface CheckCost {
  /** performance.now() when the check started and ended. */
  started: number;
  ended: number;
  chars: number;
  findings: number;
}

export interface CheckScheduler {
  /** Check soon: straight after this task while checks are cheap, debounced when they are slow. */
  schedule(event?: Event): void;
  /**
   * A check starts now: the pending one is cancelled. Returns the time stamp of the first edit this
   * check covers (performance.now() clock), 0 when none is pending.
   */
  begin(): number;
  /** A check ended: remember its cost and leave the measures. `inputAt` is what `begin` returned. */
  end(inputAt: number, cost: CheckCost): void;
  /** Cancel a pending check. */
  cancel(): void;
  /**
   * Check this editor on every edit. `unchanged` says whether its text is still what was last
   * checked; then a DOM change only calls `redraw` (the editor may have replaced the nodes under
   * the underlines). Returns the function that stops watching.
   */
  watch(handle: EditorHandle, unchanged: () => boolean, redraw: () => void): () => void;
}

function measure(name: string, start: number, end: number, detail: Record<string, number>): void {
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    // Older engines without measure options: timing is a diagnostic, never a reason to fail.
  }
}

/**
 * `rapport:check` covers read + check + highlights. `rapport:update` runs from the keystroke (the
 * input event's time stamp) until the cards are rendered and the highlights drawn: Preact renders in
 * a microtask queued while the signals changed, so a microtask queued after that runs once the
 * sidebar's DOM is up to date.
 */
function leaveMeasures(since: number, cost: CheckCost): void {
  const { started, ended, chars, findings } = cost;
  measure('rapport:check', started, ended, { chars, findings });
  queueMicrotask(() => measure('rapport:update', since, performance.now(), { chars, findings, waited: started - since }));
}

export function createCheckScheduler(check: () => void, timings: CheckTimings = {}): CheckScheduler {
  const debounceMs = timings.debounceMs ?? 60;
  const maxWaitMs = timings.maxWaitMs ?? 250;
  const slowCheckMs = timings.slowCheckMs ?? 12;

  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first unchecked edit was scheduled (Date.now() clock), 0 when none. */
  let pendingSince = 0;
  /** Time stamp of the first edit not yet checked (performance.now() clock), 0 when none. */
  let pendingInputAt = 0;
  let lastCheckCost = 0;
  let previousCheckCost = 0;

  /**
   * Two slow checks in a row (not one: the first check of a pasted thread is slow because nothing is
   * cached yet, the edits after it are cheap again) switch to waiting for a pause in typing.
   */
  const checksAreSlow = (): boolean => lastCheckCost > slowCheckMs && previousCheckCost > slowCheckMs;

  function schedule(event?: Event): void {
    if (!pendingInputAt) pendingInputAt = event && event.timeStamp > 0 ? event.timeStamp : performance.now();
    const now = Date.now();
    if (!pendingSince) pendingSince = now;
    clearTimeout(timer);
    const wait = !checksAreSlow() || now - pendingSince >= maxWaitMs ? 0 : debounceMs;
    timer = setTimeout(check, wait);
  }

  function cancel(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  function begin(): number {
    cancel();
    pendingSince = 0;
    const inputAt = pendingInputAt;
    pendingInputAt = 0;
    return inputAt;
  }

  function end(inputAt: number, cost: CheckCost): void {
    previousCheckCost = lastCheckCost;
    lastCheckCost = cost.ended - cost.started;
    leaveMeasures(inputAt || cost.started, cost);
  }

  function watch(handle: EditorHandle, unchanged: () => boolean, redraw: () => void): () => void {
    const el = handle.element;
    const onInput = (event: Event): void => {
      // Mid-composition (IME) input and slow checks go through the timer; otherwise check now.
      if (checksAreSlow() || (event as InputEvent).isComposing) {
        schedule(event);
        return;
      }
      if (!pendingInputAt && event.timeStamp > 0) pendingInputAt = event.timeStamp;
      check();
    };
    el.addEventListener('input', onInput);
    // Some editors change their DOM without input events (toolbar actions, macros, undo in models,
    // editors that render keystrokes themselves). After an input event this fires too.
    const onMutation = (): void => {
      if (timer !== undefined || !unchanged()) return schedule();
      redraw();
    };
    const win = el.ownerDocument.defaultView;
    const observer = handle.kind === 'textarea' || !win ? null : new win.MutationObserver(onMutation);
    observer?.observe(el, { characterData: true, childList: true, subtree: true });
    return () => {
      el.removeEventListener('input', onInput);
      observer?.disconnect();
    };
  }

  return { schedule, begin, end, cancel, watch };
}
