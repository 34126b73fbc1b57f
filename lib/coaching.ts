/**
 * The one module that wires Rapport's coaching together: the engine (lib/engine, which knows no
 * rules), the built-in rule catalogue, the coach model fused with the rules, the tone model and
 * the per-sentence caches. Everything that checks a draft imports check()/analyze() from here.
 */
import { builtinRuleList, builtinRules } from './rules';
import { coachClassifier } from './coach/cards';
import { setCustomerToneScorer } from './rules/frustration';
import {
  agentText,
  createChecker,
  getToneModel,
  onCoachModelChange,
  onToneModelChange,
  scoreCustomerMessage,
  setDefaultCoachModelSource,
  setDefaultToneModelSource,
  toneOfSentences,
  toneWithFindings,
  type CheckOptions,
  type Checker,
  type DraftTone,
  type Finding,
  type RuleSet,
} from './engine';

export * from './engine';

/**
 * In Node (CLI, tests, scripts) the shipped models are read from public/models/ on first use.
 * Browser bundles never include them (the content script's budget has no room): extension
 * contexts fetch the files from the package and call loadToneModel / loadCoachModel.
 */
function readShippedModelInNode(...parts: string[]): () => unknown {
  return () => {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const fs = proc?.getBuiltinModule?.('node:fs') as { readFileSync(p: URL, enc: 'utf8'): string } | undefined;
    if (!fs) return undefined;
    // Built from parts so bundlers don't turn it into an asset import.
    const path = ['..', 'public', 'models', ...parts].join('/');
    return JSON.parse(fs.readFileSync(new URL(path, import.meta.url), 'utf8'));
  };
}
setDefaultToneModelSource(readShippedModelInNode('tone', 'tone-model.json'));
setDefaultCoachModelSource(readShippedModelInNode('coach', 'coach-model.json'));

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

const classifier = coachClassifier(builtinRuleList);

/** The built-in rules alone, without the coach model (rule examples, the rules-only baseline). */
export function createRulesOnlyChecker(packs: readonly RuleSet[] = []): Checker {
  return createChecker([builtinRules, ...packs]);
}

/** A checker with the built-in rules (then `packs`) fused with the coach model, as check() uses. */
export function createCoachingChecker(packs: readonly RuleSet[] = []): Checker {
  return createChecker([builtinRules, ...packs], { classifier });
}

let defaultChecker = createCoachingChecker();
let packCheckers = new WeakMap<readonly RuleSet[] | RuleSet, Checker>();
// Cached sentence findings include the models' verdicts, so a new model needs fresh checkers.
function resetCheckers(): void {
  defaultChecker = createCoachingChecker();
  packCheckers = new WeakMap();
}
onToneModelChange(resetCheckers);
onCoachModelChange(resetCheckers);

function checkerFor(pack: CheckOptions['pack']): Checker {
  if (!pack) return defaultChecker;
  let checker = packCheckers.get(pack);
  if (!checker) {
    checker = createCoachingChecker(Array.isArray(pack) ? pack : [pack]);
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
  const tone = toneOfSentences(agentText(text).sentences);
  // The meter never reads "Warm" over a draft the cards find problems in.
  return { findings, tone: tone && { ...tone, draft: toneWithFindings(tone.draft, findings) } };
}
