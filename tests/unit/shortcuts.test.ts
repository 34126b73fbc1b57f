// @vitest-environment happy-dom
/**
 * Shortcuts that work (issue 14): the suggested keys follow both browsers' rules and avoid the keys
 * Chromium, Chrome, ChromeOS, Firefox and desks take first; what the browser reports is shown
 * safely; the popup/options list opens the right shortcuts page; the sidebar names its keys and its
 * focus shortcut goes into the sidebar and back.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_KEYS, commandKeyProblems, manifestCommands, MAX_SUGGESTED_KEYS, type CommandKey } from '../../lib/command-keys';
import { COMMAND_NAMES } from '../../lib/commands';
import { parseMessage } from '../../lib/messages';
import { shortcutProblems, TAKEN_SHORTCUTS } from '../../lib/shortcut-rules';
import { CHROMIUM_SHORTCUTS_URL, openShortcutSettings, requestShortcuts, shortcutList, shortcutMap, shortcutSettingsFor, withShortcut } from '../../lib/shortcuts';
import { mountSidebar } from '../../components/sidebar/mount';
import { Shortcuts, type ShortcutsApi } from '../../components/shared/Shortcuts';
import { cardFinding, fakeModel } from './helpers/sidebar-model';

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('suggested keys', () => {
  it('declares four commands, each with a key both browsers assign, on every platform', () => {
    expect(Object.keys(COMMAND_KEYS)).toEqual([...COMMAND_NAMES]);
    expect(COMMAND_NAMES.length).toBeLessThanOrEqual(MAX_SUGGESTED_KEYS);
    expect(commandKeyProblems()).toEqual([]);
    const manifest = manifestCommands();
    expect(manifest['toggle-sidebar']?.suggested_key).toEqual({ default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' });
    for (const name of COMMAND_NAMES) expect(TAKEN_SHORTCUTS[manifest[name]!.suggested_key.default]).toBeUndefined();
  });

  it('refuses the keys Chromium left "Not set" and the ones Firefox or the desktop take', () => {
    for (const taken of ['Alt+Shift+R', 'Alt+Shift+N', 'Alt+Shift+A']) expect(shortcutProblems(taken, 'default').join()).toMatch(/Chromium: its own accelerator/);
    expect(shortcutProblems('Ctrl+Shift+Y', 'default').join()).toMatch(/Firefox/);
    expect(shortcutProblems('Ctrl+Shift+U', 'default').join()).toMatch(/Unicode/);
    expect(shortcutProblems('Alt+Shift+S', 'default').join()).toMatch(/ChromeOS/);
    expect(shortcutProblems('Alt+Shift+N', 'default').join()).toMatch(/Chromium.*; ChromeOS/);
    expect(shortcutProblems('Alt+Shift+I', 'default').join()).toMatch(/Google Chrome/);
  });

  it('explains keys that break the grammar both browsers share', () => {
    expect(shortcutProblems('Ctrl+Alt+K', 'default').join()).toMatch(/Ctrl\+Alt/);
    expect(shortcutProblems('Shift+K', 'default').join()).toMatch(/requires Ctrl or Alt/);
    expect(shortcutProblems('Alt+Shift+k', 'default').join()).toMatch(/not a key/);
    expect(shortcutProblems('Alt+Shift+F13', 'default').join()).toMatch(/not a key/);
    expect(shortcutProblems('Shift+Alt+K', 'default').join()).toMatch(/order/);
    expect(shortcutProblems('Alt+Hyper+K', 'default').join()).toMatch(/not a modifier/);
    expect(shortcutProblems('MacCtrl+Shift+K', 'default').join()).toMatch(/"mac" entry only/);
    expect(shortcutProblems('Alt+Shift+K', 'mac').join()).toMatch(/types a character/);
    expect(shortcutProblems('MacCtrl+Shift+K', 'mac')).toEqual([]);
    expect(shortcutProblems('Alt+Shift+K', 'default')).toEqual([]);
  });

  it('refuses to build with a fifth key, a shared key or a taken key', () => {
    const key = (k: string): CommandKey => ({ key: `Alt+Shift+${k}`, mac: `MacCtrl+Shift+${k}`, description: k });
    expect(commandKeyProblems({ a: key('D'), b: key('E'), c: key('G'), d: key('J'), e: key('K') }).join()).toMatch(/at most 4/);
    expect(commandKeyProblems({ a: key('J'), b: key('J') }).join()).toMatch(/b and a share Alt\+Shift\+J \(default\)/);
    expect(() => manifestCommands({ 'toggle-sidebar': key('R') })).toThrow(/toggle-sidebar \(default: Alt\+Shift\+R\): taken by Chromium/);
  });
});

describe('shortcuts as the browser reports them', () => {
  it('keeps known commands with a plausible key and drops the rest', () => {
    expect(
      shortcutMap([
        { name: 'toggle-sidebar', shortcut: 'Alt+Shift+K' },
        { name: 'next-finding', shortcut: '' },
        { name: '_execute_action', shortcut: 'Alt+Shift+P' },
        { name: 'apply-finding', shortcut: '<img src=x onerror=alert(1)>' },
        { name: 'focus-sidebar', shortcut: 42 },
        null,
        'toggle-sidebar',
      ]),
    ).toEqual({ 'toggle-sidebar': 'Alt+Shift+K' });
    expect(shortcutMap({ 'toggle-sidebar': 'Alt+Shift+K' })).toEqual({});
    expect(shortcutList({ 'apply-finding': 'Alt+Shift+Y', 'toggle-sidebar': 'Alt+Shift+K' })).toEqual([
      { name: 'toggle-sidebar', shortcut: 'Alt+Shift+K' },
      { name: 'apply-finding', shortcut: 'Alt+Shift+Y' },
    ]);
    expect(withShortcut('Open Rapport', 'Alt+Shift+K')).toBe('Open Rapport (Alt+Shift+K)');
    expect(withShortcut('Open Rapport', undefined)).toBe('Open Rapport');
  });

  it('the content script asks the background, and gets nothing from a failing or odd answer', async () => {
    expect(parseMessage({ type: 'rapport:shortcuts' })).toEqual({ ok: true, message: { type: 'rapport:shortcuts' } });
    expect(parseMessage({ type: 'rapport:shortcuts', name: 'x' }).ok).toBe(false);
    const asked: unknown[] = [];
    const answer = { ok: true, shortcuts: [{ name: 'next-finding', shortcut: 'Alt+Shift+J' }] };
    expect(await requestShortcuts(async (m) => (asked.push(m), answer))).toEqual({ 'next-finding': 'Alt+Shift+J' });
    expect(asked).toEqual([{ type: 'rapport:shortcuts' }]);
    expect(await requestShortcuts(async () => Promise.reject(new Error('Extension context invalidated')))).toEqual({});
    expect(await requestShortcuts(async () => ({ ok: false, shortcuts: answer.shortcuts }))).toEqual({});
    expect(await requestShortcuts(async () => undefined)).toEqual({});
  });
});

function fakeApi(kind: 'chromium' | 'firefox', all: unknown, options: { canOpen?: boolean } = {}): ShortcutsApi & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    runtime: kind === 'firefox' ? { getBrowserInfo: async () => ({ name: 'Firefox' }) } : {},
    commands: {
      getAll: async () => all,
      ...(options.canOpen ? { openShortcutSettings: async () => void opened.push('firefox shortcuts') } : {}),
    },
    tabs: { create: async ({ url }: { url: string }) => void opened.push(url) },
  };
}

describe('the shortcuts list (popup and options page)', () => {
  afterEach(() => render(null, document.body));

  it('shows the keys commands.getAll() reports, "Not set" for a cleared one, and opens Chromium’s page in a tab', async () => {
    const api = fakeApi('chromium', [
      { name: 'toggle-sidebar', shortcut: 'Ctrl+Shift+1' },
      { name: 'focus-sidebar', shortcut: '' },
    ]);
    render(h(Shortcuts, { api }), document.body);
    // The list renders after commands.getAll() resolves: wait for it rather than a fixed time.
    await vi.waitFor(() => expect(document.querySelector('kbd[data-shortcut="toggle-sidebar"]')?.textContent).toBe('Ctrl+Shift+1'));
    expect(document.querySelector('[data-command="focus-sidebar"] dd')?.textContent).toBe('Not set');
    (document.querySelector('[data-action="open-shortcuts"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(api.opened).toEqual([CHROMIUM_SHORTCUTS_URL]));
  });

  it('in Firefox says where the shortcuts are, and opens them where the browser can', async () => {
    render(h(Shortcuts, { api: fakeApi('firefox', []) }), document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-shortcuts-hint="firefox"]')?.textContent).toContain('Manage Extension Shortcuts in about:addons'));
    expect(document.querySelector('[data-action="open-shortcuts"]')).toBeNull();

    const api = fakeApi('firefox', [], { canOpen: true });
    render(h(Shortcuts, { api }), document.body);
    await settle();
    (document.querySelector('[data-action="open-shortcuts"]') as HTMLButtonElement).click();
    await settle();
    expect(api.opened).toEqual(['firefox shortcuts']);
    expect(shortcutSettingsFor(api)).toEqual({ browser: 'firefox', canOpen: true });
    expect(await openShortcutSettings(fakeApi('firefox', []))).toBe(false);
  });
});

describe('the sidebar and its keys', () => {
  const keys = { 'toggle-sidebar': 'Alt+Shift+K', 'focus-sidebar': 'Alt+Shift+G', 'next-finding': 'Alt+Shift+J', 'apply-finding': 'Alt+Shift+Y' };

  it('names the shortcuts in its buttons’ tooltips and says nothing of keys it doesn’t have', async () => {
    const model = fakeModel([cardFinding()], { shortcuts: keys });
    const mounted = mountSidebar(model, { placement: 'inline', container: document.body });
    const $ = (s: string) => mounted.shadow.querySelector<HTMLElement>(s);
    expect($('[data-rapport-action="collapse"]')?.title).toBe('Collapse Rapport to a badge (Alt+Shift+K)');
    expect($('[data-rapport-action="apply"]')?.title).toBe('Apply this fix (Alt+Shift+Y)');
    expect($('aside')?.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+G');
    expect($('[data-rapport="keys"]')?.textContent).toBe('Alt+Shift+G sidebar and back · Alt+Shift+J next suggestion');
    model.collapsed.value = true;
    await settle();
    expect($('[data-rapport-action="expand"]')?.title).toBe('Open Rapport (Alt+Shift+K)');
    mounted.unmount();

    const bare = mountSidebar(fakeModel([cardFinding()]), { placement: 'inline', container: document.body });
    expect(bare.shadow.querySelector<HTMLElement>('[data-rapport-action="apply"]')?.title).toBe('Apply this fix');
    expect(bare.shadow.querySelector('[data-rapport="keys"]')).toBeNull();
    bare.unmount();
  });

  it('the focus shortcut expands the sidebar, puts the keyboard on the first card, and from there goes back to the reply', async () => {
    const editor = document.createElement('textarea');
    document.body.append(editor);
    const model = fakeModel([cardFinding()], { shortcuts: keys });
    model.collapsed.value = true;
    const mounted = mountSidebar(model, { placement: 'inline', container: document.body });
    editor.focus();
    expect(mounted.toggleFocus()).toBe('sidebar');
    await settle();
    expect(model.collapsed.value).toBe(false);
    expect(document.activeElement).toBe(mounted.host);
    expect(mounted.shadow.activeElement?.getAttribute('data-rapport-action')).toBe('apply');
    expect(mounted.toggleFocus()).toBe('editor');
    expect(model.calls).toEqual(['focus-editor']);
    mounted.unmount();
    editor.remove();
  });
});
