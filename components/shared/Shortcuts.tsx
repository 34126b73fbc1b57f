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
import { t, type MessageKey } from '../../lib/i18n';

export interface ShortcutsApi extends ShortcutSettingsApi {
  commands?: ShortcutSettingsApi['commands'] & { getAll?: () => Promise<unknown> };
}

/** Short names for the list; the manifest's descriptions are written for the browser's page. */
const LABELS: Record<(typeof COMMAND_NAMES)[number], MessageKey> = {
  'toggle-sidebar': 'shortcut_toggle_sidebar',
  'focus-sidebar': 'shortcut_focus_sidebar',
  'next-finding': 'shortcut_next_finding',
  'apply-finding': 'shortcut_apply_finding',
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
      (opened) => setMessage(opened ? '' : t('shortcut_open_hint', FIREFOX_SHORTCUTS_HINT)),
      (e: unknown) => setMessage(t('shortcut_open_failed', e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <div class={compact ? 'shortcuts compact' : 'shortcuts'} data-shortcuts="true">
      <dl>
        {COMMAND_NAMES.map((name) => (
          <div key={name} data-command={name}>
            <dt>{t(LABELS[name])}</dt>
            <dd>{keys === null ? '…' : keys[name] ? <kbd data-shortcut={name}>{keys[name]}</kbd> : <span class="unset">{t('shortcut_not_set')}</span>}</dd>
          </div>
        ))}
      </dl>
      {settings.browser === 'chromium' ? (
        <p>
          <button type="button" class="link" data-action="open-shortcuts" onClick={open}>
            {t('shortcut_change')}
          </button>{' '}
          <span class="hint">{t('shortcut_opens', settings.url)}</span>
        </p>
      ) : (
        <p class="hint" data-shortcuts-hint="firefox">
          {t('shortcut_firefox_hint', FIREFOX_SHORTCUTS_HINT)}{' '}
          {settings.canOpen && (
            <button type="button" class="link" data-action="open-shortcuts" onClick={open}>
              {t('shortcut_open_it')}
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
