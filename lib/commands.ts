/**
 * Keyboard shortcuts (the `commands` API): the manifest declares them (wxt.config.ts), the browser
 * tells the background, and the background relays them to the active tab's top frame as a
 * `rapport:command` message, where the content script validates it and hands it to the coach.
 *
 * No dependencies, so the content script can validate without pulling in a schema library.
 */

/** At most four: Chromium honours four suggested keys per extension (lib/command-keys.ts). */
export const COMMAND_NAMES = ['toggle-sidebar', 'focus-sidebar', 'next-finding', 'apply-finding'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandMessage {
  type: 'rapport:command';
  command: CommandName;
}

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMAND_NAMES as readonly string[]).includes(value);
}

/** A valid command message, or null: exactly `type` and a known `command`, nothing else. */
export function parseCommandMessage(raw: unknown): CommandMessage | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (record.type !== 'rapport:command' || !isCommandName(record.command)) return null;
  if (Object.keys(record).length !== 2) return null;
  return { type: 'rapport:command', command: record.command };
}

/** What the background needs from the browser to relay a command. */
export interface RelayApi {
  activeTabId(): Promise<number | undefined>;
  send(tabId: number, message: CommandMessage): Promise<unknown>;
}

/**
 * Sends `command` to the tab it was pressed in (or the active tab). Pages where no content script
 * runs (the new-tab page, other sites) simply don't answer: that is not an error worth reporting.
 */
export async function relayCommand(api: RelayApi, command: string, tabId?: number): Promise<boolean> {
  if (!isCommandName(command)) return false;
  const target = tabId ?? (await api.activeTabId());
  if (target === undefined || target < 0) return false;
  try {
    await api.send(target, { type: 'rapport:command', command });
    return true;
  } catch {
    return false;
  }
}
