/**
 * Rapport's coaching engine: text in, findings out. No DOM, no browser APIs, and no knowledge of
 * the rule catalogue: lib/coaching.ts wires the built-in rules, the models and the caches.
 */

export * from './types';
export { createChecker, type Checker, type CheckerOptions, type Classified, type SentenceClassifier } from './check';
export { agentText } from './agent-text';
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
  onToneModelChange,
  toneWithFindings,
  WARM_FROM,
  setDefaultToneModelSource,
  type ToneModel,
  type ToneScore,
  type DraftTone,
  type SentenceTone,
  type CustomerTone,
} from './tone/index';

export {
  loadCoachModel,
  setCoachModel,
  getCoachModel,
  parseCoachModel,
  coachVerdicts,
  coachProblemProbability,
  onCoachModelChange,
  setDefaultCoachModelSource,
  COACH_LABELS,
  categoryOfLabel,
  type CoachModel,
  type CoachVerdict,
  type CoachLabel,
  type CoachModelFile,
} from './coach/index';
