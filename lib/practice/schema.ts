/**
 * The data shape of practice scenarios and scenario packs. Built-in scenarios and team packs go
 * through the same schema, so a team lead's pack is checked exactly like ours.
 *
 * Limits keep an imported pack from freezing the practice page: bounded sizes, and patterns that
 * must compile on RE2, the linear-time engine they run on (no pattern can backtrack).
 */
import { z } from 'zod';
import { cueSetNames, isCueSetName, type CueSetName } from './cues';
import { patternProblem } from './patterns';

export const LIMITS = {
  packBytes: 512 * 1024,
  scenariosPerPack: 200,
  filesPerImport: 20,
  textChars: 4000,
  patternChars: 200,
  patternsPerCheck: 60,
  rubricItems: 12,
  checkDepth: 4,
  messages: 8,
  themes: 8,
} as const;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Patterns run on RE2, in linear time whatever they say (./patterns.ts); what RE2 can't run is refused. */
const pattern = z
  .string()
  .min(1, 'a pattern cannot be empty')
  .max(LIMITS.patternChars, `a pattern is at most ${LIMITS.patternChars} characters`)
  .superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const cueSetName = z.string().refine(isCueSetName, {
  message: `unknown cue set; use one of: ${cueSetNames.join(', ')}`,
}) as unknown as z.ZodType<CueSetName>;

const category = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,40}$/, 'a rule category is lower-case words joined by "-", e.g. "blame"');

/** What a reply must do, judged by the coach's own readings of each sentence (./meaning/intents.ts). */
const INTENTS = ['acknowledges', 'offers-alternative', 'owns-next-step', 'commits-to-time', 'explains'] as const;
export type Intent = (typeof INTENTS)[number];

export type Check =
  | { type: 'intent'; intent: Intent }
  | { type: 'facts'; facts: string[] }
  | { type: 'cues'; sets?: CueSetName[]; patterns?: string[]; min?: number }
  | { type: 'absent'; sets?: CueSetName[]; patterns?: string[] }
  | { type: 'no-findings'; categories: string[] }
  | { type: 'tone'; min: number; fallback: Check }
  | { type: 'all'; checks: Check[] }
  | { type: 'any'; checks: Check[] };

function depth(check: Check): number {
  switch (check.type) {
    case 'all':
    case 'any':
      return 1 + Math.max(0, ...check.checks.map(depth));
    case 'tone':
      return 1 + depth(check.fallback);
    default:
      return 1;
  }
}

const cueFields = {
  sets: z.array(cueSetName).max(10).optional(),
  patterns: z.array(pattern).max(LIMITS.patternsPerCheck).optional(),
};

const needsCues = (c: { sets?: unknown[] | undefined; patterns?: unknown[] | undefined }) =>
  (c.sets?.length ?? 0) + (c.patterns?.length ?? 0) > 0;

export const checkSchema: z.ZodType<Check> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('intent'), intent: z.enum(INTENTS, { error: `an intent is one of: ${INTENTS.join(', ')}` }) }),
    z.strictObject({ type: z.literal('facts'), facts: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a fact id is lower-case words joined by "-"')).min(1).max(10) }),
    z
      .strictObject({ type: z.literal('cues'), ...cueFields, min: z.number().int().min(1).max(10).optional() })
      .refine(needsCues, { message: 'a cues check needs at least one set or pattern' }),
    z
      .strictObject({ type: z.literal('absent'), ...cueFields })
      .refine(needsCues, { message: 'an absent check needs at least one set or pattern' }),
    z.strictObject({ type: z.literal('no-findings'), categories: z.array(category).min(1).max(20) }),
    z.strictObject({ type: z.literal('tone'), min: z.number().min(0).max(1), fallback: checkSchema }),
    z.strictObject({ type: z.literal('all'), checks: z.array(checkSchema).min(1).max(10) }),
    z.strictObject({ type: z.literal('any'), checks: z.array(checkSchema).min(1).max(10) }),
  ]),
);

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'an id is 2–64 lower-case letters, digits or "-", e.g. "printer-2am"');

const text = (what: string, max: number = LIMITS.textChars) =>
  z.string().trim().min(1, `${what} cannot be empty`).max(max, `${what} is at most ${max} characters`);

const rubricItemSchema = z.strictObject({
  id,
  /** What the item rewards, shown in the breakdown ("Acknowledges the frustration"). */
  label: z.string().trim().min(3).max(120),
  /** Relative weight; the rubric's weights are scaled so that a perfect reply scores 100. */
  weight: z.number().int().min(1).max(100),
  check: checkSchema.refine((c) => depth(c) <= LIMITS.checkDepth, {
    message: `checks nest at most ${LIMITS.checkDepth} deep`,
  }),
  /** What to try next when the item is missed. */
  tip: text('a tip', 300),
  /** Principle id from lib/rules/principles.ts the item teaches (optional for team packs). */
  principle: z.string().max(60).optional(),
});
export type RubricItem = z.infer<typeof rubricItemSchema>;

const factId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a fact id is lower-case words joined by "-"');

const FACT_ROLES = ['alternative', 'step', 'reason', 'detail'] as const;

/** Something a good reply to this ticket gets right, in any of the words people use for it. */
const factSchema = z.strictObject({
  id: factId,
  /** What the fact is, as the breakdown says it ("which printer works: PRN-2F-EAST"). */
  label: z.string().trim().min(3).max(120),
  /** alternative: what we can do instead; step: what the customer does next; reason: why; detail: anything else. */
  role: z.enum(FACT_ROLES),
  /** Any of these (RE2, case-insensitive) in one sentence of the agent's own words states the fact. */
  patterns: z.array(pattern).min(1).max(20),
});
export type Fact = z.infer<typeof factSchema>;

/** Something a reply must not say: it isn't true, or it can't be promised. */
const wrongClaimSchema = z.strictObject({
  id: factId,
  label: z.string().trim().min(3).max(120),
  patterns: z.array(pattern).min(1).max(20),
});
export type WrongClaim = z.infer<typeof wrongClaimSchema>;

const messageSchema = z.strictObject({
  from: z.enum(['customer', 'agent']),
  /** Shown as the author line; the customer's name or the agent's. */
  name: z.string().trim().min(1).max(80),
  /** How long ago / when, as shown on the ticket ("Mon 02:04", "3 days ago"). */
  when: z.string().trim().max(40).optional(),
  text: text('a message'),
});
export type ScenarioMessage = z.infer<typeof messageSchema>;

export const scenarioSchema = z
  .strictObject({
    id,
    title: z.string().trim().min(3).max(100),
    difficulty: z.enum(DIFFICULTIES),
    themes: z
      .array(z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'a theme is a short lower-case tag, e.g. "security"'))
      .min(1)
      .max(LIMITS.themes),
    /** The ticket: the thread so far, oldest first; the last message is the customer's. */
    messages: z.array(messageSchema).min(1).max(LIMITS.messages),
    /** What the agent knows that the customer may not (shown beside the ticket). */
    context: z.array(text('a context line')).max(10),
    rubric: z.array(rubricItemSchema).min(1).max(LIMITS.rubricItems),
    /** Shown after a first try. */
    modelAnswers: z.array(text('a model answer')).min(1).max(2),
    /** Replies that should score low; they keep the rubric honest in tests. */
    badReplies: z.array(text('a bad reply')).max(2).default([]),
    /** What a good reply gets right; rubric items and the stuffing check read them. */
    facts: z.array(factSchema).max(12).default([]),
    /** What a reply must not claim; each one found costs points. */
    wrong: z.array(wrongClaimSchema).max(8).default([]),
    /** The customer's stakes (their deadline, what they lose): an acknowledgement that names them is specific. */
    stakes: z.array(pattern).max(20).default([]),
  })
  .superRefine((s, ctx) => {
    const last = s.messages[s.messages.length - 1];
    if (last && last.from !== 'customer') {
      ctx.addIssue({ code: 'custom', path: ['messages', s.messages.length - 1, 'from'], message: 'the last message must be the customer\'s' });
    }
    const factIds = new Set(s.facts.map((f) => f.id));
    const referenced = (check: Check, path: (string | number)[]): void => {
      if (check.type === 'facts') {
        check.facts.forEach((id, j) => factIds.has(id) || ctx.addIssue({ code: 'custom', path: [...path, 'facts', j], message: `no fact "${id}" in this scenario's facts` }));
      }
      if (check.type === 'all' || check.type === 'any') check.checks.forEach((c, j) => referenced(c, [...path, 'checks', j]));
      if (check.type === 'tone') referenced(check.fallback, [...path, 'fallback']);
    };
    s.rubric.forEach((item, i) => referenced(item.check, ['rubric', i, 'check']));
    const seen = new Map<string, number>();
    s.rubric.forEach((item, i) => {
      const before = seen.get(item.id);
      if (before !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['rubric', i, 'id'], message: `duplicate rubric item id "${item.id}" (also rubric[${before}])` });
      }
      seen.set(item.id, i);
    });
  });
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export const PACK_FORMAT = 'rapport-practice-pack';

export const packSchema = z.strictObject({
  format: z.literal(PACK_FORMAT, { message: `"format" must be "${PACK_FORMAT}"` }),
  version: z.literal(1, { message: 'only pack format version 1 is supported' }),
  id,
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).optional(),
  author: z.string().trim().max(100).optional(),
  scenarios: z.array(scenarioSchema).min(1).max(LIMITS.scenariosPerPack, `a pack holds at most ${LIMITS.scenariosPerPack} scenarios`),
});
export type ScenarioPack = z.output<typeof packSchema>;
export type ScenarioPackInput = z.input<typeof packSchema>;
