/**
 * `tone`: a sentence of the reply that the on-device tone model scores under its calibrated curt
 * threshold gets a suggestion with concrete ways to warm it, chosen from the politeness
 * strategies the sentence uses (a blunt "why", an order, "you" + negative) or lacks (thanks,
 * acknowledgement, a next step). Quiet when no tone model is loaded, in internal notes, on
 * greetings, sign-offs and fragments, and on sentences a wording rule (blame, condescension, …)
 * already flags: its card says more precisely what to change. When the coach model is loaded, its
 * reading must back the tone model's: the politeness model learned from requests on wikis and Q&A
 * sites, and on its own it flags plain support facts ("There's nothing you need to do, it's
 * already live."); a sentence the coach model, trained on support replies, gives under
 * CORROBORATION for every tone problem gets no tone card. In the shipped, fused checker the coach
 * model's curt label stands in for this card whenever that model is loaded (lib/coach/cards.ts
 * `replaces`, with this card's tips); the card itself runs in the rules-only checker and while no
 * coach model is loaded.
 */
import { BoundedCache } from '../engine/cache';
import { defineRule } from '../engine/rule';
import { COACH_LABELS, coachProbabilities, coachProblemProbability, getCoachModel, readableByCoach } from '../engine/coach/index';
import type { CoachModel } from '../engine/coach/model';
import { getToneModel, hasToneContent } from '../engine/tone/index';
import type { ToneModel, ToneScore } from '../engine/tone/model';
import { readsCurt } from '../engine/tone/curt';
import { inCategory } from './categories';
import { principles } from './principles';

interface Tip {
  /** Names the tip's translation (lib/card-suggestion.ts looks each one up). */
  id: string;
  /** Which strategies make this tip relevant. */
  when: (s: Record<string, number>) => boolean;
  text: string;
}

/** Tips for what the sentence does: most specific first. */
const FIX_WHAT_IS_THERE: readonly Tip[] = [
  {
    id: 'why',
    when: (s) => (s.why ?? 0) > 0,
    text: 'Ask what happened instead of "why": "Could you tell me what you tried so far?"',
  },
  {
    id: 'soften',
    when: (s) => (s.direct_question ?? 0) > 0 && !(s.counterfactual_modal ?? 0) && !(s.why ?? 0),
    text: 'Soften the question: "Could you let me know …?"',
  },
  {
    id: 'describe',
    when: (s) => (s.you_must ?? 0) > 0 || ((s.second_person_start ?? 0) > 0 && (s.negation ?? 0) > 0),
    text: 'Describe the issue, not the person: "The form is missing the cost centre" rather than "You …".',
  },
  {
    id: 'ask',
    when: (s) => (s.imperative_start ?? 0) > 0,
    text: 'Ask rather than instruct, and say why it helps: "Could you restart it? That reloads the settings."',
  },
  {
    id: 'can_do',
    when: (s) => (s.negative_lexicon ?? 0) > 0 || (s.negation ?? 0) > 0,
    text: 'Say what you can do, not only what is wrong or not possible.',
  },
];

/** Tips for what a warm reply adds, offered when the sentence has none of it. */
const ADD_WHAT_IS_MISSING: readonly (Tip & { strategy: string })[] = [
  { id: 'acknowledge', strategy: 'acknowledge', when: (s) => !(s.acknowledge ?? 0) && !(s.apology ?? 0), text: 'Acknowledge the impact: "I know this is holding you up."' },
  { id: 'gratitude', strategy: 'gratitude', when: (s) => !(s.gratitude ?? 0), text: 'Thank them: "Thanks for the details."' },
  { id: 'commitment', strategy: 'commitment', when: (s) => !(s.commitment ?? 0), text: 'Say what you will do next: "I\'ll check the logs and update you by 3 pm."' },
];

/** Every tip the tone card can give, as written (a card's suggestion is up to three of them, joined by spaces). */
export const TONE_TIPS: readonly { id: string; text: string }[] = [...FIX_WHAT_IS_THERE, ...ADD_WHAT_IS_MISSING].map(({ id, text }) => ({ id, text }));

function warmingTips(tone: ToneScore, limit = 3): string[] {
  const s = tone.strategies;
  const tips = FIX_WHAT_IS_THERE.filter((t) => t.when(s)).map((t) => t.text);
  for (const t of ADD_WHAT_IS_MISSING) if (t.when(s)) tips.push(t.text);
  return tips.slice(0, limit);
}

interface Span {
  start: number;
  end: number;
}

/** A sentence the model reads as curt: where its words sit in the sentence, and the card's content. */
interface CurtVerdict extends Span {
  score: string;
  suggestion: string;
}

/**
 * The tone rule is a draft rule (it defers to the wording rules), so it sees every sentence on
 * every keystroke. Its verdict depends only on the sentence's text and the model, so it is
 * remembered per text: a re-check after an edit scores the changed sentence only.
 */
let verdictModel: ToneModel | null = null;
let verdictCoach: CoachModel | null = null;
const verdicts = new BoundedCache<string, CurtVerdict | null>(5000);

/** The coach model's problem probability a tone card needs, when that model is loaded. */
export const CORROBORATION = 0.3;

/**
 * Whether the coach model already rules out a tone card (its problem probability under
 * CORROBORATION), asked before the tone model only for a sentence the coach reads anyway (the
 * fused checker has its probabilities cached by then): the same verdict, one model run fewer.
 */
function coachClears(words: string): boolean {
  if (!readableByCoach(words)) return false;
  const p = coachProbabilities(words);
  if (!p) return false;
  let best = 0;
  COACH_LABELS.forEach((label, i) => {
    if (label !== 'help-wording') best = Math.max(best, p[i]!);
  });
  return best < CORROBORATION;
}

function verdictOf(model: ToneModel, text: string): CurtVerdict | null {
  const coach = getCoachModel();
  if (verdictModel !== model || verdictCoach !== coach) {
    verdictModel = model;
    verdictCoach = coach;
    verdicts.clear();
  }
  const hit = verdicts.get(text);
  if (hit !== undefined) return hit;
  let verdict: CurtVerdict | null = null;
  const words = text.trim();
  if (hasToneContent(text) && !coachClears(words)) {
    const tone = model.score(words);
    if (readsCurt(words, tone, model.curtThreshold) && (coachProblemProbability(words) ?? 1) >= CORROBORATION) {
      const start = text.indexOf(words);
      verdict = { start, end: start + words.length, score: tone.score.toFixed(2), suggestion: warmingTips(tone).join(' ') };
    }
  }
  verdicts.set(text, verdict);
  return verdict;
}

/** The tone card's warming tips for a sentence ("Ask what happened instead of \"why\"…"); undefined without a tone model. */
export function warmingTipsFor(text: string): string | undefined {
  const model = getToneModel();
  const words = text.trim();
  if (!model || !hasToneContent(words)) return undefined;
  const tips = warmingTips(model.score(words));
  return tips.length ? tips.join(' ') : undefined;
}

/** Whether the tone card would flag this sentence (the tone model reads it curt and the coach backs it). */
export function toneCardFlags(text: string): boolean {
  const model = getToneModel();
  return model !== null && verdictOf(model, text) !== null;
}

export default defineRule({
  scope: 'draft',
  meta: {
    id: 'tone',
    ...inCategory('tone'),
    severity: 'suggestion',
    principle: principles.patience,
    messages: {
      curt: 'This may read as curt to someone who is already stuck; a warmer wording keeps them with you.',
    },
    description:
      'An on-device model trained on thousands of requests rated for politeness scores each sentence. Plain facts are fine; it flags sentences that read blunt, and suggests concrete ways to warm them.',
    fixable: false,
  },
  // A draft rule so it can defer to the wording rules; verdicts are remembered per sentence text.
  check(draft, ctx) {
    const model = getToneModel();
    if (!model) return;
    for (const sentence of draft.sentences) {
      // One card per problem: a sentence that already has a card (a wording rule's, a team pack's
      // or the coach model's) gets no tone card; that card says more precisely what to change.
      // Asked first, over the words a verdict would cover, so such a sentence isn't scored at all.
      const words = sentence.text.trim();
      const start = sentence.start + sentence.text.indexOf(words);
      const end = start + words.length;
      if (draft.findings.some((f) => f.start < end && f.end > start)) continue;
      const verdict = verdictOf(model, sentence.text);
      if (!verdict) continue;
      ctx.report({ start, end, messageId: 'curt', data: { score: verdict.score }, suggestion: verdict.suggestion });
    }
  },
  examples: {
    // Calibration replies (models/tone/support-calibration.jsonl) train the model, so these are fresh.
    valid: [
      'Your laptop has been reimaged and is ready.',
      'The shared mailbox now appears in Outlook.',
      'We moved your files to the new drive.',
      'Your ticket was escalated to the storage team.',
      'The portal is down for maintenance until 6 pm.',
      'You can find the form on the intranet under IT Requests.',
      "I've renewed your licence and it is active now.",
      'Let me know if that works for you.',
      "You shouldn't have had to explain this three times, and the ticket should never have closed.",
      'No, your phone is not affected.',
      // Already a blame card: the tone rule defers to the more specific wording rule.
      "Why didn't you read my last email?",
      'Hi Sam,',
      'Thanks!',
      { text: 'Why did the sync fail? Check the logs.', kind: 'internal-note' },
    ],
    invalid: [
      { text: 'Why did you not reboot before logging a ticket?', flagged: 'Why did you not reboot before logging a ticket?' },
      { text: 'Why did you close the window?' },
      { text: 'Why is the form still empty?' },
      { text: 'Why do you keep asking the same thing?' },
      { text: 'Read the documentation before asking.' },
      { text: 'Why would anyone do that?' },
      { text: 'Stop emailing me about this.' },
      { text: "Why haven't you installed the update yet?" },
      { text: "You didn't attach the file." },
      { text: 'Why are you asking me?' },
      { text: 'Thanks for the logs. Why did you not send them last week?', flagged: 'Why did you not send them last week?' },
    ],
  },
});
