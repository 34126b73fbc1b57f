/**
 * Text a page shows where a UI string went wrong: a message key shown in place of its message (t()'s
 * last resort, lib/i18n.ts) or the mark Filled splits a message at (components/shared/Filled.tsx).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const KEYS = Object.keys(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8')) as object)
  // One-word keys ("remove", "tone") are also plain words a page may say.
  .filter((key) => key.includes('_'));

export function unlocalised(text: string): string[] {
  const words = new Set(text.split(/[^A-Za-z0-9_]+/));
  return [...KEYS.filter((key) => words.has(key)), ...(text.includes('\u0000') ? ['the Filled mark (U+0000)'] : [])];
}
