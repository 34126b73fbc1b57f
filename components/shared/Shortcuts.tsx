/**
 * The keyboard shortcuts as the browser has them now (commands.getAll(), so the agent's own choice
 * shows), with the way to change them: Chromium's shortcuts page can't be a link from a page, so a
 * button opens it in a tab; Firefox keeps them under Manage Extension Shortcuts in about:addons.
 * Read again when the page regains focus (the agent may come back from changing them).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COMMAND_NAMES } from '../../lib/commands';
import {
  FIREFOX_SHORTCUTS_HINT,
  openShortcutSettings,
  shortcutMap,
  shortcutSettingsFor,
  type ShortcutMap,
  type ShortcutSettingsApi,
} from '../../lib/shortcuts';

export interface ShortcutsApi extends ShortcutSettingsApi {
  commands?: ShortcutSettingsApi['commands'] & { getAll?: () => Promise<unknown> };
}

/** Short names for the list; the manifest's descriptions are written for the browser's page. */
const LABELS: Record<(typeof COMMAND_NAMES)[number], string> = {
  'toggle-sidebar': 'Open or collapse the sidebar',
  'focus-sidebar': 'Into the sidebar and back to the reply',
  'next-finding': 'Next suggestion',
  'apply-finding': 'Apply the current suggestion',
};

export function Shortcuts({ api = browser as unknown as ShortcutsApi, compact = false }: { api?: ShortcutsApi; compact?: boolean }) {
  const [keys, setKeys] = useState<ShortcutMap | null>(null);
  const [message, setMessage] = useState('');
  const settings = shortcutSettingsFor(api);

  useEffect(() => {
    const read = (): void => {
      const getAll = api.commands?.getAll;
      if (!getAll) return setKeys({});
      getAll.call(api.commands).then(
        (all) => setKeys(shortcutMap(all)),
        () => setKeys({}),
      );
    };
    read();
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, [api]);

  const open = (): void => {
    openShortcutSettings(api).then(
      (opened) => setMessage(opened ? '' : `Open ${FIREFOX_SHORTCUTS_HINT}.`),
      (e: unknown) => setMessage(`Could not open the shortcuts page: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  return (
    <div class={compact ? 'shortcuts compact' : 'shortcuts'} data-shortcuts="true">
      <dl>
        {COMMAND_NAMES.map((name) => (
          <div key={name} data-command={name}>
            <dt>{LABELS[name]}</dt>
            <dd>{keys === null ? '…' : keys[name] ? <kbd data-shortcut={name}>{keys[name]}</kbd> : <span class="unset">Not set</span>}</dd>
          </div>
        ))}
      </dl>
      {settings.browser === 'chromium' ? (
        <p>
          <button type="button" class="link" data-action="open-shortcuts" onClick={open}>
            Change shortcuts
          </button>{' '}
          <span class="hint">(opens {settings.url})</span>
        </p>
      ) : (
        <p class="hint" data-shortcuts-hint="firefox">
          To change them: {FIREFOX_SHORTCUTS_HINT}.{' '}
          {settings.canOpen && (
            <button type="button" class="link" data-action="open-shortcuts" onClick={open}>
              Open it
            </button>
          )}
        </p>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </div>
  );
}
