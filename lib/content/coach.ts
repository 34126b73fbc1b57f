/**
 * The coach: one per page. It watches the reply box it is attached to, checks the draft a moment
 * after each edit, and is the model the sidebar renders (components/sidebar/model.ts). Apply,
 * ignore once and ignore rule end here; so do the stats events (no draft text in them).
 *
 * Draft text lives only in memory, in this object, while the page is open.
 */
import { batch, computed, signal } from '@preact/signals';
import type { CardFinding, Notice, SidebarModel } from '../../components/sidebar/model';
import type { EditorHandle } from '../editing/types';
import { check } from '../engine';
import type { CheckOptions, DraftKind, Finding } from '../engine/types';
import type { StatsEvent } from '../stats/events';
import { draftCheckedEvent, randomDraftId, suggestionEvent, type EventContext } from './events';
import { toCards } from './keys';

export interface DraftContext {
  kind: DraftKind;
  customerMessage?: string | undefined;
  /** Desk id or host name, for the stats. */
  site: string;
}

export interface CoachOptions {
  /** Where events go (the content script sends them to the background; tests collect them). */
  report?: (events: StatsEvent[]) => void;
  /** Called after every check, e.g. to draw highlights. */
  onChecked?: (handle: EditorHandle, findings: readonly CardFinding[]) => void;
  /** Quiet time after the last keystroke before checking, in ms. */
  debounceMs?: number;
  /** Longest wait while the agent keeps typing, in ms. */
  maxWaitMs?: number;
  /** Quiet time before the per-draft counts are reported, in ms. */
  draftReportMs?: number;
}

export interface Coach extends SidebarModel {
  /** The agent's settings for the engine (categories, levels, ignore list, team packs): re-checks at once. */
  setCheckOptions(options: SettingsCheckOptions): void;
  readonly handle: EditorHandle | null;
  /** Coach this editor from now on; `context` is asked again on every check (modes change). */
  attach(handle: EditorHandle, context: () => DraftContext): void;
  detach(): void;
  /** Check now (after an apply, a mode switch, or in tests). */
  checkNow(): void;
  /** Check soon (debounced). */
  schedule(): void;
  dispose(): void;
}

/** What the options page and team packs change (lib/settings/live.ts); the coach adds the draft's context. */
export type SettingsCheckOptions = Pick<CheckOptions, 'disabled' | 'severity' | 'ignorePhrases' | 'pack'>;

/** Drafts longer than this are not checked live (a pasted log file is not a reply). */
export const MAX_LIVE_CHARS = 100_000;

/**
 * Each check leaves a `rapport:check` performance measure (read + check + highlights; no text in
 * it), so browser tests and the speed benchmarks can read the cost per keystroke from the page.
 */
function markCheck(started: number, chars: number, findings: number): void {
  try {
    performance.measure('rapport:check', { start: started, end: performance.now(), detail: { chars, findings } });
  } catch {
    // Older engines without measure options: timing is a diagnostic, never a reason to fail.
  }
}

export function createCoach(options: CoachOptions = {}): Coach {
  const debounceMs = options.debounceMs ?? 60;
  const maxWaitMs = options.maxWaitMs ?? 250;
  const draftReportMs = options.draftReportMs ?? 2000;
  const report = options.report ?? (() => undefined);

  const all = signal<readonly CardFinding[]>([]);
  const ignoredOnce = signal<ReadonlySet<string>>(new Set());
  const ignoredRules = signal<ReadonlySet<string>>(new Set());
  const kind = signal<DraftKind>('reply');
  const attached = signal(false);
  const busy = signal(false);
  const notice = signal<Notice | null>(null);
  const collapsed = signal(false);
  const findings = computed(() => all.value.filter((f) => !ignoredOnce.value.has(f.key) && !ignoredRules.value.has(f.ruleId)));

  let handle: EditorHandle | null = null;
  let settingsOptions: SettingsCheckOptions = {};
  let contextOf: (() => DraftContext) | null = null;
  let lastContext: DraftContext | null = null;
  let lastText = '';
  let draftId = randomDraftId();
  const shown = new Set<string>();
  let unlisten: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;

  const eventContext = (): EventContext => ({ site: lastContext?.site ?? 'local', kind: lastContext?.kind ?? 'reply' });

  function startNewDraft(): void {
    draftId = randomDraftId();
    shown.clear();
    ignoredOnce.value = new Set();
  }

  function checkNow(): void {
    clearTimeout(timer);
    timer = undefined;
    pendingSince = 0;
    if (!handle || !contextOf) return;
    if (!handle.element.isConnected) {
      detach();
      return;
    }
    const started = performance.now();
    const text = handle.readText();
    let context: DraftContext;
    try {
      context = contextOf();
    } catch {
      context = { kind: 'reply', site: lastContext?.site ?? 'local' };
    }
    if (text.trim() === '' && lastText.trim() !== '') startNewDraft();
    lastText = text;
    lastContext = context;
    let found: Finding[] = [];
    let problem: Notice | null = null;
    if (text.length > MAX_LIVE_CHARS) {
      problem = { tone: 'info', text: `This draft is over ${MAX_LIVE_CHARS.toLocaleString('en')} characters, so it isn't checked live.` };
    } else {
      try {
        found = check(text, {
          context: context.kind,
          ...(context.customerMessage ? { customerMessage: context.customerMessage } : {}),
          ...settingsOptions,
          disabled: [...(settingsOptions.disabled ?? []), ...ignoredRules.value],
        });
      } catch (error) {
        problem = { tone: 'error', text: `Rapport could not check this draft (${error instanceof Error ? error.message : 'unknown error'}).` };
      }
    }
    const cards = toCards(text, found);
    batch(() => {
      kind.value = context.kind;
      all.value = cards;
      if (problem || notice.value?.tone === 'info') notice.value = problem;
    });
    reportShown();
    scheduleDraftReport();
    options.onChecked?.(handle, findings.value);
    markCheck(started, text.length, cards.length);
  }

  function reportShown(): void {
    const events: StatsEvent[] = [];
    for (const f of findings.value) {
      if (shown.has(f.key)) continue;
      shown.add(f.key);
      events.push(suggestionEvent('shown', f, eventContext()));
    }
    if (events.length) report(events);
  }

  function scheduleDraftReport(): void {
    clearTimeout(draftTimer);
    if (lastText.trim() === '') return;
    draftTimer = setTimeout(() => report([draftCheckedEvent(draftId, findings.value, eventContext())]), draftReportMs);
  }

  function schedule(): void {
    const now = Date.now();
    if (!pendingSince) pendingSince = now;
    clearTimeout(timer);
    const wait = now - pendingSince >= maxWaitMs ? 0 : debounceMs;
    timer = setTimeout(checkNow, wait);
  }

  function listen(h: EditorHandle): () => void {
    const el = h.element;
    const onInput = (): void => schedule();
    el.addEventListener('input', onInput);
    // Some editors change their DOM without input events (toolbar actions, macros, undo in models).
    const win = el.ownerDocument.defaultView;
    const observer = h.kind === 'textarea' || !win ? null : new win.MutationObserver(onInput);
    observer?.observe(el, { characterData: true, childList: true, subtree: true });
    return () => {
      el.removeEventListener('input', onInput);
      observer?.disconnect();
    };
  }

  function attach(next: EditorHandle, context: () => DraftContext): void {
    if (handle?.element === next.element) {
      contextOf = context;
      checkNow();
      return;
    }
    unlisten?.();
    handle = next;
    contextOf = context;
    unlisten = listen(next);
    attached.value = true;
    lastText = '';
    startNewDraft();
    checkNow();
  }

  function detach(): void {
    unlisten?.();
    unlisten = null;
    clearTimeout(timer);
    handle = null;
    contextOf = null;
    batch(() => {
      attached.value = false;
      all.value = [];
    });
  }

  /** The finding with this key in a fresh check (offsets move when the agent keeps typing). */
  function current(finding: CardFinding): CardFinding | undefined {
    if (handle && handle.readText() !== lastText) checkNow();
    return findings.value.find((f) => f.key === finding.key);
  }

  async function applyAsync(finding: CardFinding, replacement: string): Promise<void> {
    if (!handle || busy.value) return;
    const fresh = current(finding);
    if (!fresh || !fresh.replacements.includes(replacement)) {
      notice.value = { tone: 'info', text: 'That suggestion no longer matches the draft.' };
      return;
    }
    busy.value = true;
    const target = handle;
    try {
      const result = await target.replace(fresh.start, fresh.end, fresh.flagged, replacement);
      if (result.ok) {
        notice.value = null;
        report([suggestionEvent('applied', fresh, eventContext())]);
      } else {
        notice.value = { tone: 'error', text: result.reason };
      }
    } catch (error) {
      notice.value = { tone: 'error', text: `Applying failed: ${error instanceof Error ? error.message : 'unknown error'}` };
    } finally {
      busy.value = false;
      if (handle === target) checkNow();
    }
  }

  return {
    findings,
    kind,
    attached,
    busy,
    notice,
    collapsed,
    get handle() {
      return handle;
    },
    attach,
    detach,
    checkNow,
    schedule,
    apply(finding, replacement) {
      void applyAsync(finding, replacement);
    },
    ignoreOnce(finding) {
      ignoredOnce.value = new Set([...ignoredOnce.value, finding.key]);
      report([suggestionEvent('ignored-once', finding, eventContext())]);
      if (handle) options.onChecked?.(handle, findings.value);
    },
    ignoreRule(finding) {
      ignoredRules.value = new Set([...ignoredRules.value, finding.ruleId]);
      report([suggestionEvent('rule-ignored', finding, eventContext())]);
      if (handle) options.onChecked?.(handle, findings.value);
    },
    dismissNotice() {
      notice.value = null;
    },
    focusEditor() {
      if (!handle) return;
      handle.element.ownerDocument.defaultView?.focus();
      handle.element.focus({ preventScroll: true });
    },
    setCheckOptions(next) {
      settingsOptions = next;
      if (handle) checkNow();
    },
    dispose() {
      detach();
      clearTimeout(draftTimer);
    },
  };
}
