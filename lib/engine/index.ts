/** Rapport's coaching engine: text in, findings out. No DOM, no browser APIs. */
import { builtinRules } from '../rules';
import { createChecker, type Checker } from './check';
import type { CheckOptions, Finding, RuleSet } from './types';
import { agentText } from './agent-text';
import { getToneModel, onToneModelChange, scoreCustomerMessage, setDefaultToneModelSource, toneOfSentences, type DraftTone } from './tone/index';
import { setCustomerToneScorer } from '../rules/frustration';

export * from './types';
export { createChecker, type Checker } from './check';
export { defineRule } from './rule';
export {
  loadToneModel,
  setToneModel,
  getToneModel,
  parseToneModel,
  scoreTone,
  scoreToneUncached,
  scoreCustomerMessage,
  toneOfSentences,
  type ToneModel,
  type ToneScore,
  type DraftTone,
  type SentenceTone,
  type CustomerTone,
} from './tone/index';

/**
 * In Node (CLI, tests, scripts) the shipped tone model is read from public/models/tone/ on first
 * use. Browser bundles never include it (the content script's budget has no room for ~18 KB gzip):
 * extension contexts fetch the file from the package and call loadToneModel(json).
 */
function readShippedToneModelInNode(): unknown {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as { readFileSync(p: URL, enc: 'utf8'): string } | undefined;
  if (!fs) return undefined;
  // Built from parts so bundlers don't turn it into an asset import.
  const path = ['..', '..', 'public', 'models', 'tone', 'tone-model.json'].join('/');
  return JSON.parse(fs.readFileSync(new URL(path, import.meta.url), 'utf8'));
}
setDefaultToneModelSource(readShippedToneModelInNode);

/** Messages shorter than this carry too little for the model to judge alone ("Where is my laptop?"). */
const MODEL_ALONE_MIN_WORDS = 6;

/**
 * The tone model's reading of the customer's message as a frustration score for the
 * acknowledgement rule (0 calm … 1 furious; undefined = no opinion), combined there with the
 * wording cues. With a hostile cue of its own (a "why", negative words, shouting, a volley of
 * questions) one sharp sentence is enough; without one, the message as a whole must read upset and
 * be long enough to judge: terse, calm asks ("Done?", "Where is my laptop?", "Who do I ask about
 * this?") score low on politeness without anyone being angry.
 */
export function customerFrustrationFromTone(message: string): number | undefined {
  const model = getToneModel();
  const tone = scoreCustomerMessage(message);
  if (!model || !tone?.upset) return undefined;
  const { negative, shouting, why, multipleQuestions } = tone.cues;
  if (negative || shouting || why || multipleQuestions) return 1 - tone.lowest;
  const words = message.match(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)?.length ?? 0;
  return words >= MODEL_ALONE_MIN_WORDS && tone.score < model.customerThreshold ? 1 - tone.score : undefined;
}
setCustomerToneScorer(customerFrustrationFromTone);

let defaultChecker = createChecker([builtinRules]);
let packCheckers = new WeakMap<readonly RuleSet[] | RuleSet, Checker>();
// Cached sentence findings include the tone rule's, so a new tone model needs fresh checkers.
onToneModelChange(() => {
  defaultChecker = createChecker([builtinRules]);
  packCheckers = new WeakMap();
});

function checkerFor(pack: CheckOptions['pack']): Checker {
  if (!pack) return defaultChecker;
  let checker = packCheckers.get(pack);
  if (!checker) {
    checker = createChecker([builtinRules, ...(Array.isArray(pack) ? pack : [pack])]);
    packCheckers.set(pack, checker);
  }
  return checker;
}

/** Check a draft. Offsets are UTF-16 indices into `text`. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  return checkerFor(options.pack).check(text, options);
}

export interface Analysis {
  findings: Finding[];
  /** Tone meter data: whole-draft and per-sentence scores (0..1, higher = warmer); null without a model. */
  tone: DraftTone | null;
}

/** check() plus the tone of the agent's own sentences (quotes, signatures, code masked as for rules). */
export function analyze(text: string, options: CheckOptions = {}): Analysis {
  const findings = check(text, options);
  return { findings, tone: toneOfSentences(agentText(text).sentences) };
}
