/**
 * The shortcuts as the manifest declares them (wxt.config.ts); kept apart from ./commands.ts so the
 * content script doesn't carry the descriptions. Agents can change the keys in the browser's
 * extension shortcuts page (chrome://extensions/shortcuts, Firefox: Manage Extension Shortcuts).
 */
import type { CommandName } from './commands';

export const COMMAND_KEYS: Record<CommandName, { key: string; description: string }> = {
  'toggle-sidebar': { key: 'Alt+Shift+R', description: 'Open or collapse the Rapport sidebar' },
  'next-finding': { key: 'Alt+Shift+N', description: 'Go to the next Rapport suggestion' },
  'apply-finding': { key: 'Alt+Shift+A', description: 'Apply the current Rapport suggestion' },
};

/** The manifest's `commands` entry (Chrome honours at most four suggested keys; we use three). */
export function manifestCommands(): Record<string, { suggested_key: { default: string }; description: string }> {
  return Object.fromEntries(
    Object.entries(COMMAND_KEYS).map(([name, c]) => [name, { suggested_key: { default: c.key }, description: c.description }]),
  );
}
