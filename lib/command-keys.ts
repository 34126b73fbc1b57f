/**
 * The shortcuts as the manifest declares them (wxt.config.ts); kept apart from ./commands.ts so the
 * content script doesn't carry the descriptions. Agents can change the keys in the browser's
 * extension shortcuts page (chrome://extensions/shortcuts; Firefox: Manage Extension Shortcuts in
 * about:addons), and the UI shows whatever is set there (commands.getAll(), lib/shortcuts.ts).
 *
 * Why these keys: Chromium assigns a suggested key only when it isn't one of its own accelerators
 * (Alt+Shift+R / N / A were, so they showed "Not set"), Firefox's Ctrl+Shift keys are its developer
 * tools and library, and Option+Shift types characters on a Mac. Alt+Shift with J, K, Y and G is
 * free in Chromium, Google Chrome, ChromeOS and Firefox (lib/shortcut-rules.ts has the evidence);
 * on a Mac the same letters go with Control+Shift (MacCtrl).
 */
import type { CommandName } from './commands';
import { shortcutProblems } from './shortcut-rules';

export interface CommandKey {
  /** Windows, Linux, ChromeOS (and any platform without its own entry). */
  key: string;
  mac: string;
  description: string;
}

export const COMMAND_KEYS: Record<CommandName, CommandKey> = {
  'toggle-sidebar': { key: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K', description: 'Open or collapse the Rapport sidebar' },
  'focus-sidebar': { key: 'Alt+Shift+G', mac: 'MacCtrl+Shift+G', description: 'Move the keyboard into the Rapport sidebar and back to the reply' },
  'next-finding': { key: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J', description: 'Go to the next Rapport suggestion' },
  'apply-finding': { key: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y', description: 'Apply the current Rapport suggestion' },
};

/** Chromium assigns at most four suggested keys per extension; the rest would silently stay unset. */
export const MAX_SUGGESTED_KEYS = 4;

export type ManifestCommands = Record<string, { suggested_key: { default: string; mac: string }; description: string }>;

/** Every reason the declared keys would not all be assigned (empty when they will). */
export function commandKeyProblems(keys: Record<string, CommandKey> = COMMAND_KEYS): string[] {
  const problems: string[] = [];
  const entries = Object.entries(keys);
  if (entries.length > MAX_SUGGESTED_KEYS) problems.push(`${entries.length} suggested keys: Chromium assigns at most ${MAX_SUGGESTED_KEYS}`);
  for (const platform of ['default', 'mac'] as const) {
    const seen = new Map<string, string>();
    for (const [name, c] of entries) {
      const shortcut = platform === 'mac' ? c.mac : c.key;
      for (const p of shortcutProblems(shortcut, platform)) problems.push(`${name} (${platform}: ${shortcut}): ${p}`);
      const other = seen.get(shortcut);
      if (other) problems.push(`${name} and ${other} share ${shortcut} (${platform})`);
      seen.set(shortcut, name);
    }
  }
  return problems;
}

/** The manifest's `commands` entry; refuses keys a browser would leave unassigned. */
export function manifestCommands(keys: Record<string, CommandKey> = COMMAND_KEYS): ManifestCommands {
  const problems = commandKeyProblems(keys);
  if (problems.length) throw new Error(`Keyboard shortcuts in lib/command-keys.ts would not all be assigned:\n  ${problems.join('\n  ')}`);
  return Object.fromEntries(
    // The browser shows the description from public/_locales (command_<name>); `description` is its English text.
    Object.entries(keys).map(([name, c]) => [name, { suggested_key: { default: c.key, mac: c.mac }, description: `__MSG_command_${name.replace(/-/g, '_')}__` }]),
  );
}
