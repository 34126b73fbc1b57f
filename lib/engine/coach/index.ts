/**
 * The engine's coach model: one active model (optional — without it the checker runs the rules
 * alone), and each sentence's verdicts remembered per text so a keystroke re-scores only the
 * sentence that changed. Pure TypeScript; see model.ts for the network and its file format.
 */
import { BoundedCache } from '../cache';
import { parseCoachModel, type CoachModel, type CoachVerdict } from './model';

export type { CoachModel, CoachVerdict, CoachModelFile } from './model';
export { parseCoachModel, validateCoachModelFile } from './model';
export { COACH_LABELS, categoryOfLabel, type CoachLabel } from './labels';

let active: CoachModel | null = null;
let pendingDefault: (() => unknown) | null = null;
const probabilityCache = new BoundedCache<string, Float32Array>(5000);
const listeners = new Set<() => void>();

export function onCoachModelChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  probabilityCache.clear();
  for (const l of listeners) l();
}

/** Parse a model file (the JSON object) and make it the engine's coach model. Throws on bad input. */
export function loadCoachModel(json: unknown): CoachModel {
  active = parseCoachModel(json);
  pendingDefault = null;
  changed();
  return active;
}

export function setCoachModel(model: CoachModel | null): void {
  if (model === active && !pendingDefault) return;
  active = model;
  pendingDefault = null;
  changed();
}

/** A default model read and parsed on first use (the source may return undefined: no model). */
export function setDefaultCoachModelSource(source: () => unknown): void {
  if (!active) pendingDefault = source;
}

export function getCoachModel(): CoachModel | null {
  if (!active && pendingDefault) {
    const source = pendingDefault;
    pendingDefault = null;
    const json = source();
    if (json !== undefined) active = parseCoachModel(json);
  }
  return active;
}

/**
 * Whether a sentence is the kind the model was trained on: the agent's own words, whole. Not a
 * sentence with a masked gap (a URL, code, a quote blanked out), one that introduces what follows
 * ("Run this:"), a one-word fragment ("Ext.", "Done"), or a signature line of capitalised words with
 * no sentence punctuation ("Priya Nair", "IT Service Desk").
 */
export function readableByCoach(text: string): boolean {
  const words = text.trim();
  if (!words || /\S\s{3,}\S/.test(words) || words.endsWith(':')) return false;
  const tokens = words.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (tokens.length < 2) return false;
  const signatureLine = !/[.!?]["'”’)]*$/.test(words) && tokens.length <= 6 && tokens.every((t) => /^\p{Lu}/u.test(t));
  return !signatureLine;
}

/**
 * How strongly the active model reads any tone problem (every label but help-wording, which is a
 * wording choice, not tone) in one sentence: its highest probability; undefined without a model.
 */
export function coachProblemProbability(text: string): number | undefined {
  const model = getCoachModel();
  if (!model) return undefined;
  const p = model.probabilities(text);
  let best = 0;
  model.labels.forEach((label, i) => {
    if (label !== 'help-wording') best = Math.max(best, p[i]!);
  });
  return best;
}

/** The active model's probability per label (COACH_LABELS order) for one sentence, cached per text; undefined without a model. */
export function coachProbabilities(text: string): Float32Array | undefined {
  const model = getCoachModel();
  if (!model) return undefined;
  let p = probabilityCache.get(text);
  if (!p) probabilityCache.set(text, (p = model.probabilities(text)));
  return p;
}

/** The labels the active model gives one sentence, strongest first; [] without a model. */
export function coachVerdicts(text: string): CoachVerdict[] {
  const model = getCoachModel();
  if (!model || !text.trim()) return [];
  const p = coachProbabilities(text)!;
  const found: CoachVerdict[] = [];
  model.labels.forEach((label, i) => {
    if (p[i]! >= model.thresholds[label]) found.push({ label, probability: p[i]! });
  });
  return found.sort((a, b) => b.probability - a.probability);
}
