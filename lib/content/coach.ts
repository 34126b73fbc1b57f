/**
 * The coach: one per page. It watches the reply box it is attached to, checks the draft when the
 * scheduler says (./check-scheduler.ts), and is the model the sidebar renders
 * (components/sidebar/model.ts). Apply, ignore once and ignore rule end here; the stats events go
 * through ./stats-reporter.ts (no draft text in them), what is hidden is ./ignore-state.ts, the
 * current card and moving between cards are ./navigation.ts, and Apply is ./apply-fix.ts.
 *
 * Draft text lives only in memory, in this object, while the page is open.
 */
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CardFinding, CurrentSource, Notice, SidebarModel, ToneReading } from '../../components/sidebar/model';
import type { CommandName } from '../commands';
import type { ShortcutMap } from '../shortcuts';
import type { EditorHandle } from '../editing/types';
import type { DraftKind } from '../engine/types';
import { t } from '../i18n';
import { createCheckScheduler, type CheckTimings } from './check-scheduler';
import { createFixer } from './apply-fix';
import { checkDraft, type DraftContext, type SettingsCheckOptions, type ToneOf } from './draft-check';
import type { EventContext } from './events';
import { createIgnoreState, type IgnoreStateOptions } from './ignore-state';
import { createNavigation, type NavigationOptions } from './navigation';
import { createStatsReporter, type StatsReporterOptions, type StatsTimings } from './stats-reporter';

export type { DraftContext, SettingsCheckOptions } from './draft-check';

export interface CoachOptions extends CheckTimings, StatsTimings, Pick<StatsReporterOptions, 'report'> {
  /** Called after every check, e.g. to draw highlights. */
  onChecked?: (handle: EditorHandle, findings: readonly CardFinding[], text: string) => void;
  onCurrent?: NavigationOptions['onCurrent'];
  reveal?: NavigationOptions['reveal'];
  toneOf?: ToneOf;
  onIgnoredRulesChanged?: IgnoreStateOptions['onIgnoredRulesChanged'];
  onSiteIgnoredRulesChanged?: IgnoreStateOptions['onSiteIgnoredRulesChanged'];
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
  runCommand(command: Exclude<CommandName, 'focus-sidebar'>): void;
  /** The shortcuts as the browser has them (the controller asks the background). */
  readonly shortcuts: Signal<ShortcutMap>;
  dispose(): void;
}

export function createCoach(options: CoachOptions = {}): Coach {
  const all = signal<readonly CardFinding[]>([]);
  const kind = signal<DraftKind>('reply');
  const attached = signal(false);
  const notice = signal<Notice | null>(null);
  const collapsed = signal(false);
  const tone = signal<ToneReading | null>(null);
  const shortcuts = signal<ShortcutMap>({});

  let handle: EditorHandle | null = null;
  let settingsOptions: SettingsCheckOptions = {};
  let contextOf: (() => DraftContext) | null = null;
  let lastContext: DraftContext | null = null;
  let lastText = '';
  let unwatch: (() => void) | null = null;

  const ignores = createIgnoreState({ ...options, onRulesChanged: () => handle && checkNow() });
  const findings = computed(() => ignores.visible(all.value));
  const eventContext = (): EventContext => ({ site: lastContext?.site ?? 'local', kind: lastContext?.kind ?? 'reply' });
  const stats = createStatsReporter({ ...options, context: eventContext, shown: () => findings.value, tone: () => tone.value?.score });
  const scheduler = createCheckScheduler(checkNow, options);
  /** Check again if the agent typed since the last check, so offsets are fresh. */
  const refresh = (): void => void (handle && handle.readText() !== lastText && checkNow());
  const navigation = createNavigation({
    ...options,
    findings,
    handle: () => handle,
    refresh,
    expand: () => (collapsed.value = false),
  });
  const fixer = createFixer({
    handle: () => handle,
    fresh(key) {
      refresh();
      return findings.value.find((f) => f.key === key);
    },
    notice,
    applied: (finding) => stats.resolved('applied', finding),
    recheck: checkNow,
  });
  const redraw = (): void => void (handle && options.onChecked?.(handle, findings.value, lastText));

  function startNewDraft(): void {
    stats.newDraft();
    ignores.clearOnce();
  }

  function readContext(read: () => DraftContext): DraftContext {
    try {
      return read();
    } catch {
      return { kind: 'reply', site: lastContext?.site ?? 'local' };
    }
  }

  function checkNow(): void {
    const inputAt = scheduler.begin();
    if (!handle || !contextOf) return;
    if (!handle.element.isConnected) return detach();
    const started = performance.now();
    const text = handle.readText();
    const context = readContext(contextOf);
    if (text.trim() === '' && lastText.trim() !== '') startNewDraft();
    const edited = text !== lastText && context.kind === (lastContext?.kind ?? context.kind);
    lastText = text;
    lastContext = context;
    const result = checkDraft(text, context, settingsOptions, ignores.skipped(settingsOptions.disabled ?? []), options.toneOf);
    batch(() => {
      kind.value = context.kind;
      all.value = result.cards;
      tone.value = result.tone;
      navigation.keepIfPresent(result.cards);
      if (result.problem || notice.value?.tone === 'info') notice.value = result.problem;
    });
    stats.checked(text, findings.value, edited && !result.problem);
    options.onChecked?.(handle, findings.value, text);
    scheduler.end(inputAt, { started, ended: performance.now(), chars: text.length, findings: result.cards.length });
  }

  function attach(next: EditorHandle, context: () => DraftContext): void {
    contextOf = context;
    if (handle?.element !== next.element) {
      unwatch?.();
      handle = next;
      unwatch = scheduler.watch(next, () => !!handle && handle.readText() === lastText, redraw);
      attached.value = true;
      lastText = '';
      startNewDraft();
    }
    checkNow();
  }

  function detach(): void {
    stats.flush();
    unwatch?.();
    unwatch = null;
    scheduler.cancel();
    handle = null;
    contextOf = null;
    batch(() => {
      attached.value = false;
      all.value = [];
      tone.value = null;
      navigation.keepIfPresent([]);
    });
  }

  function applyCurrent(): void {
    if (!handle) return;
    const finding = navigation.target();
    if (!finding) return;
    // "For your information" notes have no Apply button: the shortcut doesn't apply them either.
    const replacement = finding.severity === 'info' ? undefined : finding.replacements[0];
    if (replacement !== undefined) return void fixer.apply(finding, replacement);
    navigation.setCurrent(finding.key, 'command');
    collapsed.value = false;
    notice.value = { tone: 'info', text: t('notice_no_fix') };
  }

  /** Hide one card for this draft (ignore once, or "ignore this rule" in a locked category). */
  function hideOnce(finding: CardFinding): void {
    ignores.hideOnce(finding.key);
    stats.resolved('ignored-once', finding);
    redraw();
  }

  return {
    findings,
    kind,
    attached,
    busy: fixer.busy,
    notice,
    collapsed,
    current: navigation.current,
    tone,
    ignoredRuleCount: ignores.ignoredRuleCount,
    lockedCategories: ignores.lockedCategories,
    shortcuts,
    get handle() {
      return handle;
    },
    attach,
    detach,
    checkNow,
    schedule: scheduler.schedule,
    setCurrent: navigation.setCurrent,
    showWords: navigation.showWords,
    setIgnoredRules: (ruleIds) => ignores.setRules(ruleIds, 'everywhere'),
    setSiteIgnoredRules: (ruleIds) => ignores.setRules(ruleIds, 'site'),
    restoreIgnoredRules: ignores.restore,
    canIgnoreOnSite: true,
    runCommand(command) {
      if (command === 'toggle-sidebar') collapsed.value = !collapsed.peek();
      else if (command === 'next-finding') navigation.goToNext();
      else applyCurrent();
    },
    apply(finding, replacement) {
      void fixer.apply(finding, replacement);
    },
    ignoreOnce: hideOnce,
    ignoreRule(finding, scope = 'everywhere') {
      if (ignores.isLocked(finding)) {
        // The organisation keeps this category on: hide the card for this draft, remember nothing.
        notice.value = { tone: 'info', text: t('notice_locked') };
        return hideOnce(finding);
      }
      stats.resolved('rule-ignored', finding);
      ignores.ignoreRule(finding.ruleId, scope);
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
      ignores.setLockedCategories(next.lockedCategories ?? []);
      if (handle) checkNow();
    },
    dispose() {
      detach();
      stats.dispose();
    },
  };
}
