/**
 * The content script's top-frame logic: discovery finds the reply box (in this document, its open
 * shadow roots or its same-origin frames), the site adapter says what kind of draft it is, the coach
 * checks it, and one sidebar shows the findings. Sub-frames do nothing on their own: the top frame
 * reaches into them, so there is exactly one sidebar per tab.
 *
 * Nothing here listens to page messages (postMessage); the page cannot drive the extension.
 */
import { effect } from '@preact/signals';
import { mountSidebar, type MountedSidebar } from '../../components/sidebar/mount';
import type { CommandName } from '../commands';
import { attachEditor } from '../editing';
import { adapterForEditor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { watchSettings } from '../settings/live';
import { listenToBackground } from './background-messages';
import { createCoach, type DraftContext } from './coach';
import { trackCurrent } from './current-tracking';
import { startDiscovery, type Discovery } from './discovery';
import { sendStatsEvents, siteLabel } from './events';
import { startFollowThrough } from './follow-through';
import { createHighlighter } from './highlights';
import { followEditor, type Presence } from './presence';
import { listenForTabStatus, tabStatus } from './tab-status';
import { createPrefs } from './prefs';
import { draftTone, loadToneModelFromExtension } from './tone';
import { loadCoachModelFromExtension } from './coach-model';
import type { SourcedProfile } from '../profiles/profile';
import { pageProfile, profileStatus, saveOwnProfile } from './site-profile';
import { startTeach } from './teach';
import { createLifetime } from './lifetime';
import { warmUpWhenIdle } from './warm-up';
import { reportCountToToolbar } from './toolbar-count';

export interface ContentLifecycle {
  /** Called when the extension is reloaded or disabled under the page. */
  onInvalidated(cb: () => void): void;
}

function optional(profile: ReturnType<typeof profileStatus>): { profile?: NonNullable<ReturnType<typeof profileStatus>> } {
  return profile ? { profile } : {};
}

/**
 * Start coaching in this window, if it is the top frame: it reaches into same-origin, about:blank
 * and about:srcdoc frames itself; cross-origin frames are out of its reach.
 */
export function startContent(lifecycle: ContentLifecycle, win: Window = window): void {
  if (win !== win.top) return;
  const doc = win.document;
  const life = createLifetime();
  const { attempt, onStop } = life;
  // All state first: discovery may report a focused composer synchronously, while it starts.
  const settings = { ready: false, siteOn: true };
  let sidebar: MountedSidebar | null = null;
  let untrack: (() => void) | null = null;
  let presence: Presence | null = null;
  /** Has the agent opened or collapsed the panel on this site (read from the prefs)? Until then it opens only where it has room. */
  let panelChosen = true;
  let current: { root: HTMLElement; adapter: SiteAdapter; customerMessage: string | undefined } | null = null;
  let contextTimer: ReturnType<typeof setTimeout> | undefined;
  let discovery: Discovery | null = null;
  let prefsLoaded = false;
  // Site profiles that may apply here (lib/profiles), and a "Teach Rapport this desk" session.
  let profiles: SourcedProfile[] = [];
  let teaching: { stop(): void } | null = null;

  onStop(warmUpWhenIdle(win));
  // First, before any check: the tone model comes from the background, not the bundle (./tone.ts).
  const toneLoaded = loadToneModelFromExtension();
  const coachModelLoaded = loadCoachModelFromExtension();
  const highlighter = createHighlighter();
  const prefs = createPrefs(win.location.hostname);
  const coach = createCoach({
    report: (events) => attempt('stats', () => sendStatsEvents(events)),
    onChecked: (handle, findings, text) => {
      highlighter.update(handle, findings, text);
      presence?.relayoutSoon();
    },
    onCurrent: (handle, finding) => highlighter.setCurrent(handle, finding),
    reveal: (handle, finding) => highlighter.reveal(handle, finding),
    onIgnoredRulesChanged: (ids) => prefs.saveIgnoredRules(ids),
    onSiteIgnoredRulesChanged: (ids) => prefs.saveSiteIgnoredRules(ids),
    toneOf: (text, findings) => draftTone(text, findings),
  });
  for (const loaded of [toneLoaded, coachModelLoaded]) {
    void loaded.then((ok) => {
      if (ok && coach.handle && !life.signal.aborted) coach.checkNow();
    });
  }

  // Remembered per site: collapsed or not, and (everywhere) the rules the agent ignored.
  void prefs
    .load()
    .then(({ sidebar: saved, ignoredRules, siteIgnoredRules }) => {
      if (life.signal.aborted) return;
      if (ignoredRules.length) coach.setIgnoredRules(ignoredRules);
      if (siteIgnoredRules.length) coach.setSiteIgnoredRules(siteIgnoredRules);
      coach.collapsed.value = saved.collapsed;
      panelChosen = saved.chosen;
      prefsLoaded = true;
      if (sidebar && coach.handle) collapseWhenCramped();
    })
    .catch((error: unknown) => console.warn('Rapport: preferences failed to load', error));
  onStop(
    effect(() => {
      const collapsed = coach.collapsed.value;
      if (!prefsLoaded) return;
      panelChosen = true;
      prefs.saveSidebar({ collapsed });
    }),
  );
  // The toolbar button's badge: this tab's count, as the sidebar's badge shows it.
  attempt('toolbar count', () => onStop(reportCountToToolbar(coach)));
  onStop(prefs.onIgnoredRulesChanged((ids) => coach.setIgnoredRules(ids)));
  onStop(prefs.onSiteIgnoredRulesChanged((ids) => coach.setSiteIgnoredRules(ids)));

  const isOurs = (el: Element): boolean => !!sidebar && (el === sidebar.host || sidebar.host.contains(el));

  function contextFor(root: HTMLElement, adapter: SiteAdapter): () => DraftContext {
    const site = siteLabel(adapter.id, new URL(win.location.href));
    return () => ({
      kind: attempt('draft kind', () => adapter.draftKind(root)) ?? 'reply',
      customerMessage: current?.root === root ? current.customerMessage : undefined,
      site,
    });
  }

  function onEditor(root: HTMLElement): void {
    // Nothing until the settings are read (the site may be switched off), and nothing while it is off.
    if (life.signal.aborted || !settings.ready || !settings.siteOn) return;
    if (current?.root === root && coach.handle?.element === root) return;
    const adapter = attempt('site adapter', () => adapterForEditor(new URL(win.location.href), doc, root, pageProfile(win, profiles)?.profile));
    if (!adapter) return;
    const handle = attempt('editor', () => attachEditor(root));
    if (!handle) return;
    const customerMessage = attempt('customer message', () => adapter.customerMessage(root));
    current = { root, adapter, customerMessage };
    ensureSidebar();
    coach.attach(handle, contextFor(root, adapter));
    const context = contextFor(root, adapter);
    onStop(startFollowThrough({ doc, editor: root, adapter, readText: () => handle.readText(), kind: () => context().kind, site: context().site }));
    untrack?.();
    presence?.stop();
    presence = sidebar ? followEditor(handle, highlighter, sidebar, coach) : null;
    untrack = trackCurrent(handle, highlighter, presence ?? coach);
    if (prefsLoaded) collapseWhenCramped();
  }

  function ensureSidebar(): void {
    sidebar ??= mountSidebar(coach, { placement: 'dock', document: doc });
  }

  /**
   * Where the agent never chose, the panel opens by itself only beside the reply box; in a narrow
   * window (or at a high zoom) Rapport starts as the badge. Not saved: it is not the agent's choice.
   */
  function collapseWhenCramped(): void {
    if (panelChosen || !sidebar || sidebar.roomy()) return;
    prefsLoaded = false;
    coach.collapsed.value = true;
    prefsLoaded = true;
  }

  function followFocus(): void {
    const active = discovery?.activeEditor();
    if (active) onEditor(active);
  }

  /** A keyboard shortcut from the background (commands API). */
  function onCommand(command: CommandName): void {
    // Switched off for this site (options page or popup): shortcuts don't bring the sidebar back.
    if (!settings.siteOn) return;
    if (!coach.handle) followFocus();
    ensureSidebar();
    if (command === 'focus-sidebar') sidebar?.toggleFocus();
    else coach.runCommand(command);
  }

  listenToBackground(doc, life, {
    onCommand,
    onTeach() {
      // The popup's "Teach Rapport this desk": pick mode on this page (lib/content/teach.ts).
      teaching ??= attempt('teach', () => startTeach({ doc, save: saveOwnProfile, onEnd: () => (teaching = null) })) ?? null;
      return teaching !== null;
    },
    onShortcuts: (map) => (coach.shortcuts.value = map),
  });

  discovery = startDiscovery(
    doc,
    {
      onEditor,
      onMutation() {
        if (!current || current.root.isConnected) return;
        // The desk swapped its composer: follow the focus to the new one, or rest until the next focus.
        current = null;
        untrack?.();
        untrack = null;
        presence?.stop();
        presence = null;
        coach.detach();
        highlighter.clear();
        followFocus();
      },
      onClick() {
        // Mode tabs ("Reply" / "Internal note") change the draft's kind without an edit.
        if (!current) return;
        clearTimeout(contextTimer);
        contextTimer = setTimeout(() => coach.checkNow(), 50);
      },
    },
    isOurs,
  );
  const started = discovery;
  onStop(() => started.stop());

  // The agent's settings, live (lib/settings/live.ts): the engine options go to the coach (which
  // re-checks the open draft), and the per-site switch pauses or resumes coaching without a reload.
  onStop(
    watchSettings((live) => {
      coach.setCheckOptions(live.checkOptions);
      const before = JSON.stringify(pageProfile(win, profiles) ?? null);
      profiles = live.siteProfiles;
      // A profile taught, imported or removed for this origin: read the reply box again through it.
      if (settings.ready && JSON.stringify(pageProfile(win, profiles) ?? null) !== before && current) {
        current = null;
        followFocus();
      }
      const on = live.siteEnabled(win.location.hostname);
      const first = !settings.ready;
      settings.ready = true;
      if (on === settings.siteOn && !first) return;
      settings.siteOn = on;
      if (on) {
        followFocus();
      } else {
        current = null;
        presence?.stop();
        presence = null;
        coach.detach();
        highlighter.clear();
        sidebar?.unmount();
        sidebar = null;
      }
    }),
  );
  attempt('tab status', () =>
    onStop(
      listenForTabStatus(() => ({
        ...tabStatus({ win, coach, adapter: current?.adapter, siteEnabled: settings.siteOn }),
        ...optional(profileStatus(doc, pageProfile(win, profiles), current?.adapter.id === 'profile', current?.customerMessage)),
      })),
    ),
  );

  onStop(() => {
    teaching?.stop();
    clearTimeout(contextTimer);
    untrack?.();
    presence?.stop();
    coach.dispose();
    highlighter.clear();
    sidebar?.unmount();
    sidebar = null;
  });
  lifecycle.onInvalidated(() => life.stop());
}
