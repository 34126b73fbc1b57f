/**
 * The keyboard shortcuts as the browser has them now (the agent may have changed or cleared them),
 * for the sidebar's tooltips, the popup and the options page. Extension pages read
 * `commands.getAll()` themselves; content scripts can't, so they ask the background
 * (`rapport:shortcuts`). Whatever comes back is checked here before it is shown.
 *
 * No dependencies beyond ./commands, so the content script stays small.
 */
import { COMMAND_NAMES, isCommandName, type CommandName } from './commands';

/** The key combination per command, as the browser writes it ("Alt+Shift+K", "⇧⌃K"); absent: not set. */
export type ShortcutMap = Partial<Record<CommandName, string>>;

/** Longer than any real shortcut: anything beyond is not one. */
const MAX_SHORTCUT_CHARS = 32;

/** A shortcut map from `commands.getAll()` or a message: unknown commands, empty and odd values are dropped. */
export function shortcutMap(raw: unknown): ShortcutMap {
  const map: ShortcutMap = {};
  if (!Array.isArray(raw)) return map;
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, shortcut } = item as { name?: unknown; shortcut?: unknown };
    if (!isCommandName(name) || typeof shortcut !== 'string') continue;
    const trimmed = shortcut.trim();
    if (trimmed && trimmed.length <= MAX_SHORTCUT_CHARS && !/[\u0000-\u001f<>]/.test(trimmed)) map[name] = trimmed;
  }
  return map;
}

/** The map as a list in the order the commands are declared, for messages. */
export function shortcutList(map: ShortcutMap): { name: CommandName; shortcut: string }[] {
  return COMMAND_NAMES.flatMap((name) => (map[name] ? [{ name, shortcut: map[name] }] : []));
}

/** "Collapse Rapport (Alt+Shift+K)", or the label alone when the command has no shortcut. */
export function withShortcut(label: string, shortcut: string | undefined): string {
  return shortcut ? `${label} (${shortcut})` : label;
}

/** The content script's way to the background (runtime.sendMessage). */
export type SendMessage = (message: { type: 'rapport:shortcuts' }) => Promise<unknown>;

/** Asks the background for the current shortcuts; an empty map when it can't answer. */
export async function requestShortcuts(send: SendMessage): Promise<ShortcutMap> {
  try {
    const answer = (await send({ type: 'rapport:shortcuts' })) as { ok?: unknown; shortcuts?: unknown } | undefined;
    return answer?.ok === true ? shortcutMap(answer.shortcuts) : {};
  } catch {
    // No background (the extension is reloading): the tooltips simply go without keys.
    return {};
  }
}

/** Where the agent changes the keys; Chromium's page can't be linked to, only opened with tabs.create. */
export type ShortcutSettings = { browser: 'chromium'; url: string } | { browser: 'firefox'; canOpen: boolean };

export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

export const FIREFOX_SHORTCUTS_HINT = 'Manage Extension Shortcuts in about:addons';

export interface ShortcutSettingsApi {
  runtime: { getBrowserInfo?: unknown };
  commands?: { openShortcutSettings?: unknown };
  tabs: { create(props: { url: string }): Promise<unknown> };
}

/** Firefox is the browser with runtime.getBrowserInfo; it opens its page with commands.openShortcutSettings (137+). */
export function shortcutSettingsFor(api: ShortcutSettingsApi): ShortcutSettings {
  if (typeof api.runtime.getBrowserInfo === 'function') {
    return { browser: 'firefox', canOpen: typeof api.commands?.openShortcutSettings === 'function' };
  }
  return { browser: 'chromium', url: CHROMIUM_SHORTCUTS_URL };
}

/** Opens the browser's shortcuts page in a tab; false when this browser offers no way to. */
export async function openShortcutSettings(api: ShortcutSettingsApi): Promise<boolean> {
  const settings = shortcutSettingsFor(api);
  if (settings.browser === 'chromium') {
    await api.tabs.create({ url: settings.url });
    return true;
  }
  if (!settings.canOpen) return false;
  await (api.commands!.openShortcutSettings as () => Promise<void>)();
  return true;
}
