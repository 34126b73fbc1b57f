/**
 * What makes a suggested shortcut (manifest `commands.*.suggested_key`) one that both browsers
 * actually assign and that doesn't take a key the agent's browser, desktop or desk already uses.
 * wxt.config.ts refuses to build with a key that breaks these rules (lib/command-keys.ts).
 *
 * Sources:
 *  - Chromium's key rules (developer.chrome.com, chrome.commands "Key combination requirements"):
 *    Ctrl or Alt is required, Ctrl+Alt is refused (AltGr), Shift is optional; MacCtrl / Command only
 *    under "mac". Firefox (MDN, manifest.json "commands") accepts a superset of the same grammar.
 *  - Chromium silently leaves a suggested key unassigned ("Not set" in chrome://extensions/shortcuts)
 *    when it is one of the browser's own accelerators. The Chromium list below is what Chromium 156
 *    on Linux refused when every Alt+Shift / Ctrl+Shift letter was offered by test extensions
 *    (chrome.commands.getAll() after install); Google Chrome adds Alt+Shift+I (feedback), and
 *    ChromeOS's window manager takes more Alt+Shift letters (ash accelerator table).
 *  - Firefox's own keys (browser-sets.inc, devtools key-shortcuts): Ctrl+Shift is crowded there
 *    (developer tools, library, private window, downloads on Linux); Alt+Shift+letter is free.
 */

/** Keys both browsers accept after the modifiers. */
const KEY_NAMES = /^(?:[A-Z]|[0-9]|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/;

/** Modifier order Chromium writes them in; written in any other order, both browsers still parse it, but we keep one spelling. */
const MODIFIER_ORDER = ['Ctrl', 'Command', 'MacCtrl', 'Alt', 'Shift'] as const;

export type Platform = 'default' | 'mac';

/** Shortcuts another party takes first (the suggestion would be refused or never reach us), with who takes them. */
export const TAKEN_SHORTCUTS: Readonly<Record<string, readonly string[]>> = takenBy([
  [
    'Chromium: its own accelerator (refused as a suggested key)',
    [...'ABCNPRTWXZ'.split('').map((k) => `Alt+Shift+${k}`), ...'ABCDGIJLMNOPRTW'.split('').map((k) => `Ctrl+Shift+${k}`)],
  ],
  ['Google Chrome: send feedback', ['Alt+Shift+I']],
  [
    'ChromeOS: window manager (shelf, files, notifications, quick settings, stylus, picture-in-picture)',
    'ILMNPSV'.split('').map((k) => `Alt+Shift+${k}`),
  ],
  ['Firefox: developer tools, library, private window, screenshot or downloads', 'ABCDEHIJKMNOPRSTWXYZ'.split('').map((k) => `Ctrl+Shift+${k}`)],
  ['Linux (GTK / IBus): Unicode character entry in text fields', ['Ctrl+Shift+U']],
  ['Google Docs and Sheets in Chrome: menu access keys', 'AEFHIOTV'.split('').map((k) => `Alt+Shift+${k}`)],
]);

function takenBy(groups: readonly (readonly [string, readonly string[]])[]): Record<string, string[]> {
  const taken: Record<string, string[]> = {};
  for (const [reason, shortcuts] of groups) for (const s of shortcuts) (taken[s] ??= []).push(reason);
  return taken;
}

/**
 * Problems with `shortcut` as a suggested key on `platform` (empty when it is fine). The mac entry
 * needs MacCtrl or Command; everywhere else Ctrl or Alt is required.
 */
export function shortcutProblems(shortcut: string, platform: Platform): string[] {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts;
  const problems: string[] = [];
  if (!KEY_NAMES.test(key)) problems.push(`"${key}" is not a key both browsers accept (A–Z, 0–9, Comma, Period, Home, End, PageUp, PageDown, Space, Insert, Delete, arrows)`);
  const known = new Set<string>(MODIFIER_ORDER);
  for (const m of modifiers) if (!known.has(m)) problems.push(`"${m}" is not a modifier (Ctrl, Alt, Shift; MacCtrl or Command on mac)`);
  if (new Set(modifiers).size !== modifiers.length) problems.push('a modifier is repeated');
  const ordered = [...modifiers].sort((a, b) => MODIFIER_ORDER.indexOf(a as never) - MODIFIER_ORDER.indexOf(b as never));
  if (ordered.join('+') !== modifiers.join('+')) problems.push(`write the modifiers in the order ${MODIFIER_ORDER.join(', ')}`);
  const has = (m: string): boolean => modifiers.includes(m);
  if (platform === 'default') {
    if (has('MacCtrl') || has('Command')) problems.push('MacCtrl and Command belong in the "mac" entry only (Chromium refuses the extension otherwise)');
    if (!has('Ctrl') && !has('Alt')) problems.push('Chromium requires Ctrl or Alt');
  } else if (!has('MacCtrl') && !has('Command') && !has('Ctrl')) {
    // Option (Alt) alone or with Shift types accented letters and symbols on a Mac keyboard.
    problems.push('on mac a shortcut needs Command (Ctrl) or MacCtrl (Option with a letter types a character there)');
  }
  if ((has('Ctrl') || has('Command')) && has('Alt')) problems.push('Chromium refuses Ctrl+Alt (it is AltGr on many keyboards)');
  const takers = platform === 'default' ? TAKEN_SHORTCUTS[shortcut] : undefined;
  if (takers) problems.push(`taken by ${takers.join('; ')}`);
  return problems;
}
