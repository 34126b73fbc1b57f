/**
 * UI strings through browser.i18n (issue 14, item 5): public/_locales/en/messages.json has the
 * shape the browsers read — name, message, placeholders used and declared one for one — every
 * manifest __MSG_…__ and every t('…') key in the code is in it, and the English fallback fills
 * placeholders the way the browser does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_KEYS, manifestCommands } from '../../lib/command-keys';
import { formatMessage, t } from '../../lib/i18n';
import { GENERATED_KEY, ruleTextEntries } from '../../scripts/i18n/lib-texts';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const english = JSON.parse(readFileSync(join(LOCALES, 'en/messages.json'), 'utf8')) as Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('messages.json', () => {
  it('is shaped as Chromium and Firefox read it, in every locale', () => {
    for (const locale of readdirSync(LOCALES)) {
      const messages = JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as typeof english;
      for (const [name, entry] of Object.entries(messages)) {
        expect(name, `${locale}: ${name}`).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(typeof entry.message).toBe('string');
        const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
        expect(used, `${locale}: ${name}'s placeholders`).toEqual(new Set(Object.keys(entry.placeholders ?? {})));
        for (const p of Object.values(entry.placeholders ?? {})) expect(p.content).toMatch(/^\$[1-9]$/);
      }
      if (locale !== 'en') expect(Object.keys(messages).sort(), `${locale} has the same keys as en`).toEqual(Object.keys(english).sort());
    }
  });

  it('holds every key the code asks for and every __MSG_ in the manifest', () => {
    const asked = new Set<string>();
    for (const file of [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints')), ...sourceFiles(join(ROOT, 'lib')), join(ROOT, 'wxt.config.ts')]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([a-z0-9_]+)'/g)) asked.add(m[1]!);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) asked.add(m[1]!);
    }
    for (const name of Object.keys(COMMAND_KEYS)) asked.add(`command_${name.replace(/-/g, '_')}`);
    expect([...asked].filter((k) => !(k in english))).toEqual([]);
    expect(asked.size).toBeGreaterThan(50);
  });

  it('has no message the code never asks for', () => {
    // A key is asked for where it is written as a string ('tone_warm' in a table of keys counts too).
    const code = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints')), ...sourceFiles(join(ROOT, 'lib')), join(ROOT, 'wxt.config.ts')]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const written = new Set([...code.matchAll(/['"`]([a-z0-9_]+)['"`]|__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1] ?? m[2]!));
    for (const name of Object.keys(COMMAND_KEYS)) written.add(`command_${name.replace(/-/g, '_')}`);
    // Rule texts are looked up by a key made from the rule's ids: they are asked for exactly when
    // lib/rules has the text (tests/unit/rule-texts.test.ts checks both ways).
    const ruleTexts = new Set(Object.keys(ruleTextEntries()));
    expect(Object.keys(english).filter((key) => !written.has(key) && !ruleTexts.has(key))).toEqual([]);
    expect(Object.keys(english).filter((key) => GENERATED_KEY.test(key) && !ruleTexts.has(key))).toEqual([]);
  });

  it('describes each shortcut as lib/command-keys.ts does, through __MSG_', () => {
    for (const [name, entry] of Object.entries(manifestCommands())) {
      const key = `command_${name.replace(/-/g, '_')}`;
      expect(entry.description).toBe(`__MSG_${key}__`);
      expect(english[key]?.message).toBe(COMMAND_KEYS[name as keyof typeof COMMAND_KEYS].description);
    }
  });
});

describe('t() outside the browser', () => {
  it('fills named placeholders from positional substitutions, as getMessage does', () => {
    expect(t('apply_replace', 'help', 'assist')).toBe('Apply: replace “help” with “assist”');
    expect(t('count_many', 3)).toBe('3 suggestions');
    expect(formatMessage({ message: 'Costs $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, ['Sam'])).toBe('Costs $5 for Sam');
  });
});
