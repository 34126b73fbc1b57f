/**
 * The "feels native" pieces that need no browser: shortcut messages and their relay, the stored
 * sidebar preferences, and how textarea underlines move with an edit before the next check.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandMessage, relayCommand, type CommandMessage } from '../../lib/commands';
import { manifestCommands } from '../../lib/command-keys';
import { readIgnoredRules, readSidebarPrefs, sidebarKey } from '../../lib/content/prefs';
import { shiftPieces } from '../../lib/content/textarea-overlay';
import { parseMessage } from '../../lib/messages';

describe('shortcut commands', () => {
  it('accepts exactly a known command and nothing else', () => {
    expect(parseCommandMessage({ type: 'rapport:command', command: 'next-finding' })).toEqual({ type: 'rapport:command', command: 'next-finding' });
    expect(parseCommandMessage({ type: 'rapport:command', command: 'format-disk' })).toBeNull();
    expect(parseCommandMessage({ type: 'rapport:command', command: 'apply-finding', extra: 1 })).toBeNull();
    expect(parseCommandMessage({ type: 'rapport:command', command: 'toString' })).toBeNull();
    expect(parseCommandMessage(['rapport:command'])).toBeNull();
    expect(parseCommandMessage(null)).toBeNull();
  });

  it('declares four shortcuts with suggested keys for the manifest', () => {
    const commands = manifestCommands();
    expect(Object.keys(commands)).toEqual(['toggle-sidebar', 'focus-sidebar', 'next-finding', 'apply-finding']);
    expect(commands['next-finding']?.suggested_key).toEqual({ default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' });
  });

  it('relays to the tab the key was pressed in, else the active tab; unknown commands and missing tabs go nowhere', async () => {
    const sent: [number, CommandMessage][] = [];
    const api = {
      activeTabId: async () => 7,
      send: async (tabId: number, message: CommandMessage) => void sent.push([tabId, message]),
    };
    expect(await relayCommand(api, 'apply-finding', 3)).toBe(true);
    expect(await relayCommand(api, 'toggle-sidebar')).toBe(true);
    expect(await relayCommand(api, 'reload-everything', 3)).toBe(false);
    expect(await relayCommand({ ...api, activeTabId: async () => undefined }, 'next-finding')).toBe(false);
    expect(await relayCommand({ ...api, send: async () => Promise.reject(new Error('no receiver')) }, 'next-finding', 4)).toBe(false);
    expect(sent).toEqual([
      [3, { type: 'rapport:command', command: 'apply-finding' }],
      [7, { type: 'rapport:command', command: 'toggle-sidebar' }],
    ]);
  });

  it('the background accepts a bare tone-model request only', () => {
    expect(parseMessage({ type: 'rapport:tone-model' })).toEqual({ ok: true, message: { type: 'rapport:tone-model' } });
    expect(parseMessage({ type: 'rapport:tone-model', path: '../secret' }).ok).toBe(false);
  });
});

describe('stored sidebar preferences', () => {
  it('reads damaged values as defaults and keys state by host', () => {
    expect(readSidebarPrefs({ collapsed: true })).toEqual({ collapsed: true, chosen: true });
    expect(readSidebarPrefs({ collapsed: false })).toEqual({ collapsed: false, chosen: true });
    expect(readSidebarPrefs({ collapsed: 'yes' })).toEqual({ collapsed: false, chosen: false });
    expect(readSidebarPrefs(undefined)).toEqual({ collapsed: false, chosen: false });
    expect(sidebarKey('Desk.Example.COM')).toBe('rapport.sidebar.desk.example.com');
    expect(readIgnoredRules(['blame', 'blame', 42, '<script>', 'help-wording'])).toEqual(['blame', 'help-wording']);
    expect(readIgnoredRules('blame')).toEqual([]);
  });
});

describe('textarea underlines between checks', () => {
  const pieces = [
    { key: 'a', start: 0, end: 4 },
    { key: 'b', start: 10, end: 14 },
  ];
  it('shift with text typed before them and stay with text typed after them', () => {
    expect(shiftPieces(pieces, 'help you, help me', 'help you, and help me')).toEqual([
      { key: 'a', start: 0, end: 4 },
      { key: 'b', start: 14, end: 18 },
    ]);
  });
  it('drop an underline whose words were edited until the next check', () => {
    expect(shiftPieces(pieces, 'help you, help me', 'help you, hxelp me')).toEqual([{ key: 'a', start: 0, end: 4 }]);
  });
});
