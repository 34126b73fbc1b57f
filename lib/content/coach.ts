/**
 * The coach: one per page. It watches the reply box it is attached to, checks the draft a moment
 * after each edit, and is the model the sidebar renders (components/sidebar/model.ts). Apply,
 * ignore once and ignore rule end here; so do the stats events (no draft text in them).
 *
 * Draft text lives only in memory, in this object, while the page is open.
 */
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CardFinding, CurrentSource, Notice, SidebarModel, ToneReading } from '../../components/sidebar/model';
import type { CommandName } from '../commands';
import type { ShortcutMap } from '../shortcuts';
import type { EditorHandle } from '../editing/types';
import { check } from '../coaching';
import type { CheckOptions, DraftKind, Finding } from '../engine/types';
import type { StatsEvent } from '../stats/events';
import { toneScore } from '../stats/tone-score';
import { draftCheckedEvent, randomDraftId, suggestionEvent, type EventContext } from './events';
import { toCards } from './keys';
import { selectInEditor, selectKeepingFocus } from './select-words';
import { t } from '../i18n';
import { createResolutionTracker } from './resolution';

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : t('unknown_error'));

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
  onChecked?: (handle: EditorHandle, findings: readonly CardFinding[], text: string) => void;
  /** Called when the current finding changes (to mark its words in the editor). */
  onCurrent?: (handle: EditorHandle, finding: CardFinding | null) => void;
  /** Scroll the finding's words into view where selecting them doesn't (textareas, via the overlay). */
  reveal?: (handle: EditorHandle, finding: CardFinding) => void;
  /** Whole-draft tone, when a tone model is available (null: no meter). */
  toneOf?: (text: string, findings: readonly Finding[]) => ToneReading | null;
  /** "Ignore this rule" chose these rules, or they were restored: persist them. */
  onIgnoredRulesChanged?: (ruleIds: readonly string[]) => void;
  /** "Ignore this rule" on this site only chose these rules, or they were restored: persist them for the site. */
  onSiteIgnoredRulesChanged?: (ruleIds: readonly string[]) => void;
  /**
   * Quiet time after the last keystroke before checking, in ms — only once a check has proved slow
   * (over `slowCheckMs`); while checks are cheap, each edit is checked straight away.
   */
  debounceMs?: number;
  /** Two checks in a row costing more than this switch to debounced checking, in ms. */
  slowCheckMs?: number;
  /** Quiet time before "shown" events are reported (words half-typed are not "shown"), in ms. */
  shownReportMs?: number;
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
  /** Check soon: straight after this task while checks are cheap, debounced when they are slow. */
  schedule(event?: Event): void;
  /** Rules ignored elsewhere (another tab, the options page): use exactly these. */
  setIgnoredRules(ruleIds: readonly string[]): void;
  /** Rules ignored on this site only (another tab on the same site): use exactly these. */
  setSiteIgnoredRules(ruleIds: readonly string[]): void;
  readonly current: ReadonlySignal<string | null>;
  setCurrent(key: string | null, source: CurrentSource): void;
  /** A keyboard shortcut (commands API) reached this tab; moving focus is the sidebar's own (mount.tsx). */
  runCommand(command: CoachCommand): void;
  /** The shortcuts as the browser has them (the controller asks the background). */
  readonly shortcuts: Signal<ShortcutMap>;
  /** The findings of the last check, with fresh offsets. */
  latest(): readonly CardFinding[];
  dispose(): void;
}

export type CoachCommand = Exclude<CommandName, 'focus-sidebar'>;

/** What the options page and team packs change (lib/settings/live.ts); the coach adds the draft's context. */
export type SettingsCheckOptions = Pick<CheckOptions, 'disabled' | 'severity' | 'ignorePhrases' | 'pack'> & {
  /** Categories the organisation keeps on: "Ignore this rule" there hides the card for this draft only. */
  lockedCategories?: readonly string[];
};

/** Drafts longer than this are not checked live (a pasted log file is not a reply). */
export const MAX_LIVE_CHARS = 100_000;

/**
 * Each check leaves a `rapport:check` performance measure (read + check + highlights; no text in
 * it), so browser tests and the speed benchmarks can read the cost per keystroke from the page.
 */
function measure(name: string, start: number, end: number, detail: Record<string, number>): void {
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    // Older engines without measure options: timing is a diagnostic, never a reason to fail.
  }
}

/**
 * `rapport:update`: from the keystroke (the input event's time stamp) until the cards are rendered
 * and the highlights drawn. Preact renders in a microtask queued while the signals changed, so a
 * microtask queued after that runs once the sidebar's DOM is up to date.
 */
function markUpdate(since: number, checkStarted: number, chars: number, findings: number): void {
  queueMicrotask(() => measure('rapport:update', since, performance.now(), { chars, findings, waited: checkStarted - since }));
}

export function createCoach(options: CoachOptions = {}): Coach {
  const debounceMs = options.debounceMs ?? 60;
  const maxWaitMs = options.maxWaitMs ?? 250;
  const slowCheckMs = options.slowCheckMs ?? 12;
  const shownReportMs = options.shownReportMs ?? 800;
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
  const current = signal<string | null>(null);
  const tone = signal<ToneReading | null>(null);
  const shortcuts = signal<ShortcutMap>({});
  const siteIgnoredRules = signal<ReadonlySet<string>>(new Set());
  /** Every rule hidden here: ignored everywhere or on this site. */
  const hiddenRules = computed<ReadonlySet<string>>(() => new Set([...ignoredRules.value, ...siteIgnoredRules.value]));
  const ignoredRuleCount = computed(() => hiddenRules.value.size);
  const lockedCategories = signal<ReadonlySet<string>>(new Set());
  const findings = computed(() =>
    all.value.filter((f) => !ignoredOnce.value.has(f.key) && (!hiddenRules.value.has(f.ruleId) || lockedCategories.value.has(f.category))),
  );
  let currentSource: CurrentSource | null = null;

  let handle: EditorHandle | null = null;
  let settingsOptions: SettingsCheckOptions = {};
  let contextOf: (() => DraftContext) | null = null;
  let lastContext: DraftContext | null = null;
  let lastText = '';
  let draftId = randomDraftId();
  // Which shown cards the agent applied, ignored or edited away (the "resolved" stats).
  const resolution = createResolutionTracker();
  let unlisten: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  /** Time stamp of the first edit not yet checked (performance.now() clock), 0 when none. */
  let pendingInputAt = 0;
  let lastCheckCost = 0;
  let previousCheckCost = 0;
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  let shownTimer: ReturnType<typeof setTimeout> | undefined;

  const eventContext = (): EventContext => ({ site: lastContext?.site ?? 'local', kind: lastContext?.kind ?? 'reply' });

  /** Cards the agent rewrote away, as `edited-away` events (none while nothing settled). */
  function resolvedEvents(): StatsEvent[] {
    return resolution.settle().map((f) => suggestionEvent('edited-away', f, eventContext()));
  }

  function startNewDraft(): void {
    // The draft was sent or cleared: what the agent fixed before that still counts.
    const resolved = resolvedEvents();
    if (resolved.length) report(resolved);
    draftId = randomDraftId();
    resolution.reset();
    ignoredOnce.value = new Set();
  }

  function checkNow(): void {
    clearTimeout(timer);
    timer = undefined;
    pendingSince = 0;
    const inputAt = pendingInputAt;
    pendingInputAt = 0;
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
    const edited = text !== lastText && context.kind === (lastContext?.kind ?? context.kind);
    lastText = text;
    lastContext = context;
    let found: Finding[] = [];
    let problem: Notice | null = null;
    if (text.length > MAX_LIVE_CHARS) {
      problem = { tone: 'info', text: t('notice_too_long', MAX_LIVE_CHARS.toLocaleString()) };
    } else {
      try {
        found = check(text, {
          context: context.kind,
          ...(context.customerMessage ? { customerMessage: context.customerMessage } : {}),
          ...(settingsOptions.pack ? { pack: settingsOptions.pack } : {}),
          ...(settingsOptions.severity ? { severity: settingsOptions.severity } : {}),
          ...(settingsOptions.ignorePhrases ? { ignorePhrases: settingsOptions.ignorePhrases } : {}),
          // With locked categories the ignored rules are hidden after the check (above), so a locked one still shows.
          disabled: [...(settingsOptions.disabled ?? []), ...(lockedCategories.peek().size ? [] : hiddenRules.value)],
        });
      } catch (error) {
        problem = { tone: 'error', text: t('notice_check_failed', reasonOf(error)) };
      }
    }
    const cards = toCards(text, found);
    let reading: ToneReading | null = null;
    try {
      reading = !problem && options.toneOf ? options.toneOf(text, found) : null;
    } catch {
      // The tone model is an extra: without it the cards still come.
    }
    batch(() => {
      kind.value = context.kind;
      all.value = cards;
      tone.value = reading;
      if (current.value !== null && !cards.some((c) => c.key === current.value)) current.value = null;
      if (problem || notice.value?.tone === 'info') notice.value = problem;
    });
    resolution.observe(text, findings.value, edited && !problem);
    clearTimeout(shownTimer);
    shownTimer = setTimeout(reportShown, shownReportMs);
    scheduleDraftReport();
    options.onChecked?.(handle, findings.value, text);
    const ended = performance.now();
    previousCheckCost = lastCheckCost;
    lastCheckCost = ended - started;
    measure('rapport:check', started, ended, { chars: text.length, findings: cards.length });
    markUpdate(inputAt || started, started, text.length, cards.length);
  }

  function reportShown(): void {
    const events = resolution.newlyShown(findings.value).map((f) => suggestionEvent('shown', f, eventContext()));
    if (events.length) report(events);
  }

  function scheduleDraftReport(): void {
    clearTimeout(draftTimer);
    if (lastText.trim() === '') return;
    draftTimer = setTimeout(
      () => report([draftCheckedEvent(draftId, findings.value, eventContext(), toneScore(tone.value?.score)), ...resolvedEvents()]),
      draftReportMs,
    );
  }

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
    timer = setTimeout(checkNow, wait);
  }

  function listen(h: EditorHandle): () => void {
    const el = h.element;
    const onInput = (event: Event): void => {
      // While checks are cheap, check inside the input event itself: the cards and underlines are
      // then painted in the same frame as the typed character. Mid-composition (IME) input and slow
      // checks go through the scheduler instead.
      if (checksAreSlow() || (event as InputEvent).isComposing) {
        schedule(event);
        return;
      }
      if (!pendingInputAt && event.timeStamp > 0) pendingInputAt = event.timeStamp;
      checkNow();
    };
    el.addEventListener('input', onInput);
    // Some editors change their DOM without input events (toolbar actions, macros, undo in models,
    // editors that render keystrokes themselves). After an input event this fires too: when the
    // text is what was just checked, only the underlines are refreshed (the editor may have
    // replaced the nodes under them).
    const onMutation = (): void => {
      if (!handle || timer !== undefined) return schedule();
      if (handle.readText() !== lastText) return schedule();
      options.onChecked?.(handle, findings.peek(), lastText);
    };
    const win = el.ownerDocument.defaultView;
    const observer = h.kind === 'textarea' || !win ? null : new win.MutationObserver(onMutation);
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
    const resolved = resolvedEvents();
    if (resolved.length) report(resolved);
    unlisten?.();
    unlisten = null;
    clearTimeout(timer);
    handle = null;
    contextOf = null;
    batch(() => {
      attached.value = false;
      all.value = [];
      tone.value = null;
      current.value = null;
    });
  }

  function setCurrent(key: string | null, source: CurrentSource): void {
    // Letting go only clears what the same source set: moving the mouse off a highlight must not
    // drop the card the caret is in.
    if (key === null && currentSource !== source) return;
    const finding = key === null ? null : (findings.peek().find((f) => f.key === key) ?? null);
    currentSource = finding ? source : null;
    if (current.peek() === (finding?.key ?? null)) return;
    current.value = finding?.key ?? null;
    if (handle) options.onCurrent?.(handle, finding);
  }

  /** The next finding with words in the draft after the current one (or the caret), wrapping around. */
  function nextFinding(): CardFinding | undefined {
    const list = findings.peek().filter((f) => f.scope !== 'draft');
    if (list.length === 0) return findings.peek()[0];
    const at = list.findIndex((f) => f.key === current.peek());
    if (at >= 0) return list[(at + 1) % list.length];
    const caret = caretOffset();
    return list.find((f) => f.start >= caret) ?? list[0];
  }

  function caretOffset(): number {
    const el = handle?.element;
    if (el && el.tagName === 'TEXTAREA') return (el as HTMLTextAreaElement).selectionStart;
    return 0;
  }

  function goToNext(): void {
    if (!handle) return;
    if (handle.readText() !== lastText) checkNow();
    const next = nextFinding();
    collapsed.value = false;
    if (!next) return;
    setCurrent(next.key, 'command');
    if (next.scope === 'draft') return;
    selectInEditor(handle, next);
    options.reveal?.(handle, next);
  }

  function applyCurrent(): void {
    if (!handle) return;
    const key = current.peek();
    const finding = (key && findings.peek().find((f) => f.key === key)) || nextFinding();
    if (!finding) return;
    // "For your information" notes have no Apply button: the shortcut doesn't apply them either.
    const replacement = finding.severity === 'info' ? undefined : finding.replacements[0];
    if (replacement === undefined) {
      setCurrent(finding.key, 'command');
      collapsed.value = false;
      notice.value = { tone: 'info', text: t('notice_no_fix') };
      return;
    }
    void applyAsync(finding, replacement);
  }

  function ignoreRules(next: ReadonlySet<string>, persist: boolean, scope: 'everywhere' | 'site' = 'everywhere'): void {
    if (scope === 'site') siteIgnoredRules.value = next;
    else ignoredRules.value = next;
    if (persist) (scope === 'site' ? options.onSiteIgnoredRulesChanged : options.onIgnoredRulesChanged)?.([...next]);
    if (handle) checkNow();
  }

  const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((id) => b.has(id));

  /** The finding with this key in a fresh check (offsets move when the agent keeps typing). */
  function fresh(finding: CardFinding): CardFinding | undefined {
    if (handle && handle.readText() !== lastText) checkNow();
    return findings.value.find((f) => f.key === finding.key);
  }

  async function applyAsync(finding: CardFinding, replacement: string): Promise<void> {
    if (!handle || busy.value) return;
    const now = fresh(finding);
    if (!now || !now.replacements.includes(replacement)) {
      notice.value = { tone: 'info', text: t('notice_stale') };
      return;
    }
    busy.value = true;
    const target = handle;
    try {
      const result = await target.replace(now.start, now.end, now.flagged, replacement);
      if (result.ok) {
        notice.value = null;
        resolution.forget(now.key);
        report([suggestionEvent('applied', now, eventContext())]);
      } else {
        notice.value = { tone: 'error', text: result.reason };
      }
    } catch (error) {
      notice.value = { tone: 'error', text: t('notice_apply_failed', reasonOf(error)) };
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
    current,
    tone,
    ignoredRuleCount,
    lockedCategories,
    shortcuts,
    get handle() {
      return handle;
    },
    attach,
    detach,
    checkNow,
    schedule,
    setCurrent,
    showWords(key, how) {
      const finding = findings.peek().find((f) => f.key === key);
      if (!handle || !finding || finding.scope === 'draft') return;
      if (how === 'click') selectInEditor(handle, finding);
      else selectKeepingFocus(handle, finding, handle.element.ownerDocument.defaultView?.top?.document ?? document);
      options.reveal?.(handle, finding);
    },
    latest: () => findings.peek(),
    setIgnoredRules(ruleIds) {
      const next = new Set(ruleIds);
      if (!sameSet(next, ignoredRules.peek())) ignoreRules(next, false);
    },
    setSiteIgnoredRules(ruleIds) {
      const next = new Set(ruleIds);
      if (!sameSet(next, siteIgnoredRules.peek())) ignoreRules(next, false, 'site');
    },
    restoreIgnoredRules() {
      if (siteIgnoredRules.peek().size) ignoreRules(new Set(), true, 'site');
      ignoreRules(new Set(), true);
    },
    canIgnoreOnSite: true,
    runCommand(command) {
      if (command === 'toggle-sidebar') collapsed.value = !collapsed.peek();
      else if (command === 'next-finding') goToNext();
      else applyCurrent();
    },
    apply(finding, replacement) {
      void applyAsync(finding, replacement);
    },
    ignoreOnce(finding) {
      resolution.forget(finding.key);
      ignoredOnce.value = new Set([...ignoredOnce.value, finding.key]);
      report([suggestionEvent('ignored-once', finding, eventContext())]);
      if (handle) options.onChecked?.(handle, findings.value, lastText);
    },
    ignoreRule(finding, scope = 'everywhere') {
      resolution.forget(finding.key);
      if (lockedCategories.peek().has(finding.category)) {
        // The organisation keeps this category on: hide the card for this draft, remember nothing.
        ignoredOnce.value = new Set([...ignoredOnce.value, finding.key]);
        notice.value = { tone: 'info', text: t('notice_locked') };
        report([suggestionEvent('ignored-once', finding, eventContext())]);
        if (handle) options.onChecked?.(handle, findings.value, lastText);
        return;
      }
      report([suggestionEvent('rule-ignored', finding, eventContext())]);
      const list = scope === 'site' ? siteIgnoredRules : ignoredRules;
      ignoreRules(new Set([...list.peek(), finding.ruleId]), true, scope);
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
      lockedCategories.value = new Set(next.lockedCategories ?? []);
      if (handle) checkNow();
    },
    dispose() {
      detach();
      clearTimeout(draftTimer);
      clearTimeout(shownTimer);
    },
  };
}
