/**
 * Writes into public/_locales/en/messages.json the English texts that are data in lib/, where they
 * are written once: every built-in rule's messages, the coach model's card messages, the tone card's tips, every principle, every
 * category's name and description (keyed as lib/rule-texts.ts looks them up), and the stats
 * counters' names and the "What Rapport keeps" table (lib/data-texts.ts). Other entries are left
 * as they are; a translator copies the new keys into their locale.
 *
 *   npm run i18n:texts             rewrite the generated entries
 *   npm run i18n:texts -- --check  exit 1 when messages.json is out of date (tests do the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinRuleList, principles } from '../../lib/rules';
import { TONE_TIPS } from '../../lib/rules/tone';
import { coachCardMessages } from '../../lib/coach/cards';
import { CATEGORIES } from '../../lib/rules/categories';
import { KEPT } from '../../lib/privacy/kept';
import { DAILY_COUNTERS, TONE_COUNTERS } from '../../lib/stats/counters';
import { counterDescriptionKey, counterLabelKey, storeFieldKey, storePartKey } from '../../lib/data-texts';
import { categoryDescriptionKey, categoryNameKey, keyPart, principleKey, ruleMessageKey, toneTipKey } from '../../lib/rule-texts';

export const ENGLISH_MESSAGES = resolve(import.meta.dirname, '../../public/_locales/en/messages.json');

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** Keys this script owns: every other entry in messages.json is written by hand. */
export const GENERATED_KEY = /^(rule|principle|category|counter|store)_/;

const literal = (text: string) => text.replace(/\$/g, '$$$$');

/** A rule's `{{name}}` template as a browser message: $NAME$ placeholders, $1… by name order. */
export function templateMessage(template: string): Pick<MessageEntry, 'message' | 'placeholders'> {
  const names = [...new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))].sort();
  const message = template.replace(/\$/g, '$$$$').replace(/\{\{(\w+)\}\}/g, (_, name: string) => `$${keyPart(name).toUpperCase()}$`);
  if (names.length === 0) return { message };
  return { message, placeholders: Object.fromEntries(names.map((name, i) => [keyPart(name), { content: `$${i + 1}` }])) };
}

/** Every generated entry, in a stable order: rules as listed, then principles, then categories. */
export function ruleTextEntries(): Record<string, MessageEntry> {
  const entries: Record<string, MessageEntry> = {};
  const add = (key: string, entry: MessageEntry) => {
    if (key in entries) throw new Error(`Two rule texts share the message name ${key}`);
    entries[key] = entry;
  };
  for (const rule of builtinRuleList) {
    for (const [messageId, template] of Object.entries(rule.meta.messages)) {
      const { message, placeholders } = templateMessage(template);
      const filled = placeholders ? ` ${Object.keys(placeholders).map((p) => `$${p.toUpperCase()}$`).join(', ')}: filled in from the draft or the customer's message.` : '';
      add(ruleMessageKey(rule.meta.id, messageId), {
        message,
        description: `Card message of the ${rule.meta.id} rule (${messageId}): one short sentence.${filled}`,
        ...(placeholders ? { placeholders } : {}),
      });
    }
  }
  for (const [ruleId, template] of coachCardMessages()) {
    add(ruleMessageKey(ruleId, 'model'), { message: literal(template), description: `Card message of the coach model's ${ruleId} card: one short sentence.` });
  }
  for (const tip of TONE_TIPS) add(toneTipKey(tip.id), { message: tip.text.replace(/\$/g, '$$$$'), description: 'A tip on the tone card ("Try:"), one of up to three.' });
  for (const p of Object.values(principles)) add(principleKey(p.id), { message: p.text.replace(/\$/g, '$$$$'), description: `Coaching principle ${p.id}: the card's "Why:" line.` });
  for (const c of CATEGORIES) {
    add(categoryNameKey(c.id), { message: c.name, description: `Name of the ${c.id} category (sidebar groups, options, dashboard).` });
    add(categoryDescriptionKey(c.id), { message: c.description.replace(/\$/g, '$$$$'), description: `What the ${c.id} category flags, in one line (options page).` });
  }
  for (const c of [...DAILY_COUNTERS, ...TONE_COUNTERS]) {
    add(counterLabelKey(c.id), { message: literal(c.label), description: `Stats counter ${c.id}: its column header and chart label.` });
    add(counterDescriptionKey(c.id), { message: literal(c.description), description: `Stats counter ${c.id}: what it counts ("What Rapport keeps").` });
  }
  for (const store of KEPT) {
    const where = `${store.place} ${store.name}`;
    add(storePartKey(store, 'holds'), { message: literal(store.holds), description: `"What Rapport keeps", ${where}: what it holds.` });
    for (const field of store.fields) add(storeFieldKey(store, field.name), { message: literal(field.what), description: `"What Rapport keeps", ${where}: the field ${field.name}.` });
    add(storePartKey(store, 'kept'), { message: literal(store.kept), description: `"What Rapport keeps", ${where}: how long it is kept (after "How long:").` });
    add(storePartKey(store, 'exported'), { message: literal(store.exported), description: `"What Rapport keeps", ${where}: what of it an export takes (after "In exports:").` });
  }
  return entries;
}

/** messages.json with the generated entries replaced (hand-written ones first, in their order). */
export function withRuleTexts(current: Record<string, MessageEntry>): Record<string, MessageEntry> {
  const kept = Object.entries(current).filter(([key]) => !GENERATED_KEY.test(key));
  return { ...Object.fromEntries(kept), ...ruleTextEntries() };
}

export function renderedMessages(): { current: string; next: string } {
  const current = readFileSync(ENGLISH_MESSAGES, 'utf8');
  return { current, next: `${JSON.stringify(withRuleTexts(JSON.parse(current) as Record<string, MessageEntry>), null, 2)}\n` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { current, next } = renderedMessages();
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error('public/_locales/en/messages.json is out of date: run `npm run i18n:texts`.');
      process.exit(1);
    }
  } else if (current !== next) {
    writeFileSync(ENGLISH_MESSAGES, next);
    console.log('Updated public/_locales/en/messages.json');
  }
}
