/**
 * Tone scoring for the engine: one active model (optional — without it every function returns
 * null and the rules work as before), per-sentence and whole-draft scores, and the customer's
 * message. Pure TypeScript; see model.ts for the file format and why no tfjs runs here.
 */
import { parseToneModel, type ToneModel, type ToneScore } from './model';
import { toneFeatures } from './features';
import { readsCurt } from './curt';

export type { ToneModel, ToneScore, ToneModelFile } from './model';
export { parseToneModel } from './model';
export { toneFeatures, type FeatureConfig, type ToneFeatures } from './features';
export { STRATEGY_IDS } from './strategies';

let active: ToneModel | null = null;
let pendingDefault: (() => unknown) | null = null;
const listeners = new Set<() => void>();

/** Called whenever the active model changes (checkers drop their per-sentence caches). */
export function onToneModelChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const l of listeners) l();
}

/** Parse a model file (the JSON object) and make it the engine's tone model. Throws on bad input. */
export function loadToneModel(json: unknown): ToneModel {
  active = parseToneModel(json);
  pendingDefault = null;
  changed();
  return active;
}

/** Use `model` (or none: tone scores become null, the `tone` rule goes quiet). */
export function setToneModel(model: ToneModel | null): void {
  if (model === active && !pendingDefault) return;
  active = model;
  pendingDefault = null;
  changed();
}

/** A default model read and parsed on first use (the source may return undefined: no model). */
export function setDefaultToneModelSource(source: () => unknown): void {
  if (!active) pendingDefault = source;
}

export function getToneModel(): ToneModel | null {
  if (!active && pendingDefault) {
    const source = pendingDefault;
    pendingDefault = null;
    const json = source();
    if (json !== undefined) active = parseToneModel(json);
  }
  return active;
}

/** Politeness/warmth of one text (a sentence or a message), or null without a model. */
export function scoreTone(text: string): ToneScore | null {
  const model = getToneModel();
  return model ? model.score(text) : null;
}

/** Same as scoreTone without the per-text cache: for benchmarks of the model's inference cost. */
export function scoreToneUncached(text: string): number | null {
  const model = getToneModel();
  return model ? 1 / (1 + Math.exp(-model.logitOf(toneFeatures(text, model.features)))) : null;
}

export interface SentenceTone {
  start: number;
  end: number;
  /** Probability the sentence reads polite/warm, 0..1. */
  score: number;
  /** Reads curt: score under the calibrated threshold and a curt cue (curt.ts). */
  curt: boolean;
}

export interface DraftTone {
  /** Whole-draft score, 0..1: sentence logits averaged by sentence length, through the sigmoid. */
  draft: number;
  sentences: SentenceTone[];
}

/** Lone greetings, sign-offs and fragments carry no tone of their own. */
export function hasToneContent(text: string): boolean {
  return (text.match(/[A-Za-z]+(?:'[A-Za-z]+)?/g) ?? []).length >= 3;
}

/** Tone of sentence spans (offsets into the draft). Null without a model or without scorable text. */
export function toneOfSentences(spans: readonly { start: number; end: number; text: string }[]): DraftTone | null {
  const model = getToneModel();
  if (!model) return null;
  const sentences: SentenceTone[] = [];
  let weighted = 0;
  let weight = 0;
  for (const s of spans) {
    if (!hasToneContent(s.text)) continue;
    const text = s.text.trim();
    const t = model.score(text);
    sentences.push({ start: s.start, end: s.end, score: t.score, curt: readsCurt(text, t, model.curtThreshold) });
    const w = Math.sqrt(s.text.trim().length);
    weighted += t.logit * w;
    weight += w;
  }
  if (weight === 0) return null;
  return { draft: 1 / (1 + Math.exp(-weighted / weight)), sentences };
}

export interface CustomerTone {
  /** Politeness of the message as a whole, 0..1. */
  score: number;
  /** Lowest sentence score: one sharp sentence in a long message still counts. */
  lowest: number;
  /** Model says the message reads upset/impolite (score or lowest sentence under the threshold). */
  upset: boolean;
  /** Wording cues the model saw, for rules that combine them with their own. */
  cues: { negative: boolean; shouting: boolean; why: boolean; multipleQuestions: boolean; exclamation: boolean };
}

const SENTENCE_END = /(?<=[.!?])\s+(?=\S)|\n+/;

/**
 * Scores the customer's last message so the "acknowledge frustration" rule can combine the
 * model with its wording cues. Null without a model or for an empty message.
 */
export function scoreCustomerMessage(text: string): CustomerTone | null {
  const model = getToneModel();
  const trimmed = text.trim();
  if (!model || !/[A-Za-z]/.test(trimmed)) return null;
  const whole = model.score(trimmed);
  let lowest = whole.score;
  for (const part of trimmed.split(SENTENCE_END)) {
    if (hasToneContent(part)) lowest = Math.min(lowest, model.score(part.trim()).score);
  }
  const s = whole.strategies;
  return {
    score: whole.score,
    lowest,
    upset: whole.score < model.customerThreshold || lowest < model.customerThreshold / 2,
    cues: {
      negative: (s.negative_lexicon ?? 0) > 0,
      shouting: (s.shouting ?? 0) > 0,
      why: (s.why ?? 0) > 0,
      multipleQuestions: (s.multi_question ?? 0) > 0,
      exclamation: (s.exclamation ?? 0) > 0,
    },
  };
}

/** Scores from here up read "Warm" on the meters (sidebar and practice). */
export const WARM_FROM = 0.7;

/**
 * The meter's score for a draft that has findings: a reply with a warning or a suggestion on it
 * never reads "Warm", whatever its politeness, so the meter and the cards never disagree.
 */
export function toneWithFindings(score: number, findings: readonly { severity: string }[]): number {
  return findings.some((f) => f.severity !== 'info') ? Math.min(score, WARM_FROM - 0.01) : score;
}
