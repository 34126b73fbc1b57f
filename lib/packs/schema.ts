/**
 * The team style pack format: plain data over three declarative rule types, validated with zod.
 * Objects are strict (an unknown field is an error, so a typo never silently does nothing) and
 * every list has a limit, so a pasted or generated pack can't stall the browser.
 */
import { z } from 'zod';
import { DRAFT_KINDS, SEVERITIES } from '../engine/types';
import { PROFILE_LIMITS } from '../profiles/profile';
import { siteProfileSchema } from '../profiles/schema';

export const limits = {
  /** Characters in a pack file. */
  fileChars: 512 * 1024,
  rules: 300,
  /** Words or phrases in one rule (swap entries, phrases, words). */
  entriesPerRule: 200,
  /** Phrases across the whole pack after inflection: every one becomes part of a matcher. */
  patterns: 3000,
  phraseChars: 80,
  messageChars: 140,
  explanationChars: 600,
  examplesPerRule: 40,
  exampleChars: 1000,
} as const;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:[-_./][a-z0-9]+)*$/, 'must be lowercase letters and digits, joined by - _ . or / (like "acme/ticket-word")');

const category = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-" (like "terminology")');

/** A word or phrase matched literally (no regex), whole words only, case-insensitively by default. */
const phrase = z
  .string()
  .max(limits.phraseChars)
  .refine((s) => s.trim().length > 0, 'must not be empty')
  .refine((s) => !/[\r\n]/.test(s), 'must be on one line')
  .refine((s) => !s.trim() || /[\p{L}\p{N}]/u.test(s), 'must contain a letter or digit (phrases are matched literally, not as patterns)');

const context = z.enum(DRAFT_KINDS);

const validExample = z.union([
  z.string().min(1).max(limits.exampleChars),
  z.strictObject({ text: z.string().min(1).max(limits.exampleChars), context: context.optional() }),
]);

const invalidExample = z.union([
  z.string().min(1).max(limits.exampleChars),
  z.strictObject({
    text: z.string().min(1).max(limits.exampleChars),
    context: context.optional(),
    /** The exact flagged text(s), in order. */
    flagged: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** The text after applying the first fix (substitution rules). */
    fix: z.string().optional(),
  }),
]);

const examples = z.strictObject({
  valid: z.array(validExample).min(1, 'needs at least one example that must not be flagged').max(limits.examplesPerRule),
  invalid: z.array(invalidExample).min(1, 'needs at least one example that must be flagged').max(limits.examplesPerRule),
});

const common = {
  id,
  category,
  severity: z.enum(SEVERITIES),
  /** One short sentence a busy agent reads at a glance; may use {{found}} (and {{replacement}}). */
  message: z.string().min(1).max(limits.messageChars),
  /** The longer "why" behind the rule, shown in the card's details. */
  explanation: z.string().min(1).max(limits.explanationChars),
  /** Whose eyes the text is for: 'customer' rules stay quiet in internal notes (the default). */
  audience: z.enum(['customer', 'any']).optional(),
  /** Match letter case exactly (product names such as "Jira"); off by default. */
  caseSensitive: z.boolean().optional(),
  examples,
};

export const substitutionRule = z.strictObject({
  ...common,
  type: z.literal('substitution'),
  /** word or phrase to avoid → the preferred one. */
  swap: z
    .record(phrase, phrase)
    .refine((o) => Object.keys(o).length > 0, 'must list at least one "avoid: prefer" pair')
    .refine((o) => Object.keys(o).length <= limits.entriesPerRule, `may list at most ${limits.entriesPerRule} pairs`),
  /** Also match inflected forms: 'auto' (default) decides from the word, 'verb', 'noun' or 'none'. */
  inflect: z.enum(['auto', 'verb', 'noun', 'none']).optional(),
});

export const phraseRule = z.strictObject({
  ...common,
  type: z.literal('phrase'),
  phrases: z.array(phrase).min(1).max(limits.entriesPerRule),
  /** The rewrite to consider instead. */
  suggestion: z.string().min(1).max(limits.explanationChars),
});

export const existenceRule = z.strictObject({
  ...common,
  type: z.literal('existence'),
  words: z.array(phrase).min(1).max(limits.entriesPerRule),
  suggestion: z.string().min(1).max(limits.explanationChars).optional(),
});

const packRule = z.discriminatedUnion('type', [substitutionRule, phraseRule, existenceRule]);

export const packSchema = z.strictObject({
  name: z.string().min(1).max(80),
  version: z.union([z.string().min(1).max(40), z.number()]).transform(String),
  description: z.string().max(limits.explanationChars).optional(),
  rules: z.array(packRule).min(1, 'a pack needs at least one rule').max(limits.rules),
  /** Desks the team taught Rapport ("Teach Rapport this desk"), one per origin; see lib/profiles. */
  siteProfiles: z
    .array(siteProfileSchema)
    .max(PROFILE_LIMITS.packProfiles)
    .refine((list) => new Set(list.map((p) => p.origin)).size === list.length, 'lists the same origin twice')
    .optional(),
});

export type Pack = z.output<typeof packSchema>;
export type PackRule = Pack['rules'][number];
export type SubstitutionRule = z.output<typeof substitutionRule>;
export type PackValidExample = z.output<typeof validExample>;
export type PackInvalidExample = z.output<typeof invalidExample>;
