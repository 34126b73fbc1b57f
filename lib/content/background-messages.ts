/**
 * What the content script hears from its own background: keyboard shortcuts (commands API) and the
 * popup's "Teach Rapport this desk". It also asks for the shortcuts for the sidebar's tooltips: now,
 * and whenever the agent comes back to this tab (they may have changed them in the browser's
 * shortcuts page meanwhile). Nothing here listens to page messages (postMessage).
 */
import { browser } from 'wxt/browser';
import { parseCommandMessage, type CommandName } from '../commands';
import { requestShortcuts, type ShortcutMap } from '../shortcuts';
import type { Lifetime } from './lifetime';
import { isTeachRequest } from './site-profile';

export interface BackgroundHandlers {
  onCommand(command: CommandName): void;
  /** Start a teach session (lib/content/teach.ts); false when it could not start. */
  onTeach(): boolean;
  onShortcuts(map: ShortcutMap): void;
}

export function listenToBackground(doc: Document, life: Lifetime, handlers: BackgroundHandlers): void {
  const refreshShortcuts = (): void => {
    void requestShortcuts((message) => browser.runtime.sendMessage(message)).then((map) => {
      if (!life.signal.aborted) handlers.onShortcuts(map);
    });
  };
  const onVisibility = (): void => {
    if (doc.visibilityState === 'visible') refreshShortcuts();
  };
  life.attempt('shortcuts', () => {
    refreshShortcuts();
    doc.addEventListener('visibilitychange', onVisibility);
    life.onStop(() => doc.removeEventListener('visibilitychange', onVisibility));
  });

  const onMessage = (raw: unknown, sender: { id?: string }, respond: (answer: unknown) => void): undefined => {
    // Only our own background may drive the sidebar; anything else is not a command.
    if (sender.id !== browser.runtime.id) return undefined;
    if (isTeachRequest(raw)) {
      respond({ ok: handlers.onTeach() });
      return undefined;
    }
    const message = parseCommandMessage(raw);
    if (!message) return undefined;
    handlers.onCommand(message.command);
    respond({ ok: true });
    return undefined;
  };
  // No runtime (the extension is going away): shortcuts simply don't reach this page.
  life.attempt('commands', () => {
    browser.runtime.onMessage.addListener(onMessage);
    life.onStop(() => browser.runtime.onMessage.removeListener(onMessage));
  });
}
