/**
 * What a coach-model card says, per label: the model finds a sentence no phrase rule matched (a
 * paraphrase), so its card names the kind of problem and how to rewrite that kind of sentence —
 * it can't quote the words. Each card carries its category and the principle, severity and audience
 * of the built-in rule for that category, under its own id (`coach-<label>`): "Ignore this rule"
 * on a model card ignores the model's guess, not the phrase rule; disabling a category silences both.
 */
import type { Classified, SentenceClassifier } from '../engine/check';
import { COACH_LABELS, coachProbabilities, coachVerdicts, getCoachModel, readableByCoach, type CoachLabel } from '../engine/coach/index';
import type { Rule, RuleMeta } from '../engine/rule';
import { CORROBORATION, toneCardFlags, warmingTipsFor } from '../rules/tone';
import { holdsInReply } from './context';

const coachRuleId = (label: CoachLabel): string => `coach-${label}`;

interface Card {
  /** The built-in rule whose category, principle, severity and audience the card carries. */
  ruleId: string;
  message: string;
  suggestion: string;
}

const COACH_CARDS: Readonly<Record<CoachLabel, Card>> = {
  'help-wording': {
    ruleId: 'help-wording',
    message: 'This offers to "help" the customer; people are blocked, not broken — say you will assist them.',
    suggestion: 'Use "assist" or say what you will do: "I\'m glad to assist with your VPN" or "I\'ll get this working for you."',
  },
  blame: {
    ruleId: 'blame',
    message: 'This reads as putting the fault on the customer; they are already stuck, and blame makes them defensive.',
    suggestion: 'Describe what happened without "you did", then what happens next: "The update was interrupted, so the disk needs a repair — I\'ll run it now."',
  },
  'blame-other-team': {
    ruleId: 'blame-other-team',
    message: 'This blames a colleague, team or vendor in front of the customer; to them there is one IT department.',
    suggestion: 'Say "we" and what happens next, without finger-pointing: "We\'re working with the network team on a fix and I\'ll update you by 3 pm."',
  },
  condescension: {
    ruleId: 'condescension',
    message: 'This can read as talking down (sarcasm, "it\'s easy", comparisons with others); it costs the customer their dignity.',
    suggestion: 'Drop the judgement and keep the steps: say what to do and why, without "simply", "obviously" or how others manage.',
  },
  dismissive: {
    ruleId: 'dismissive',
    message: 'This brushes the concern off; the customer needs to hear that you take it seriously.',
    suggestion: 'Name the concern and give the reason it is (or isn\'t) a problem: "I understand the worry — your files are safe because last night\'s backup completed."',
  },
  'policy-wall': {
    ruleId: 'policy-wall',
    message: 'This refuses by citing a rule with nothing offered instead; say what you can do.',
    suggestion: 'Keep the reason, add the route: "Policy doesn\'t allow that, but here is what I can do: …" or who can approve it and how you\'ll ask them.',
  },
  deflection: {
    ruleId: 'deflection',
    message: 'This sends the customer elsewhere without owning the handoff.',
    suggestion: 'Make it a warm handoff: "I\'ve passed this to the payroll team with your details and I\'ll check back with you on Thursday."',
  },
  venting: {
    ruleId: 'venting',
    message: 'This vents your own frustration in front of the customer; keep the focus on their problem.',
    suggestion: 'Leave out how you feel about the system or the workload and say what you are doing about it: "I\'m on it and will update you by noon."',
  },
  'us-vs-them': {
    ruleId: 'us-vs-them',
    message: 'This sets IT against the customer or generalises about users; they are a partner, not an opponent.',
    suggestion: 'Speak to this person about this problem: "Let\'s get your laptop sorted together" rather than "you people" or "users always".',
  },
  curt: {
    ruleId: 'tone',
    message: 'This may read as curt to someone who is already stuck; a reason or a softer wording keeps them with you.',
    suggestion: 'Add the why and a please: "Could you restart it when you get a moment? That clears the cached login."',
  },
};

/**
 * A sentence the tone card flags (the tone model reads it curt) and the coach model sees some
 * problem in, below that problem's own threshold, gets the coach's card for its likeliest problem:
 * "You muted yourself, that's why nobody heard you" is blame, not merely curt; a cold sentence is
 * curt. Two models agreeing that something is wrong, one saying what, is stronger evidence than
 * either alone.
 */
function corroboratedLabel(text: string): CoachLabel | undefined {
  const p = coachProbabilities(text);
  if (!p) return undefined;
  let best: CoachLabel | undefined;
  let bestP = 0;
  COACH_LABELS.forEach((label, i) => {
    if (label !== 'help-wording' && p[i]! > bestP) [best, bestP] = [label, p[i]!];
  });
  if (!best || bestP < CORROBORATION) return undefined;
  // Blaming the customer speaks to them: "Why is the form still empty?" is a blunt question, not
  // blame; it, and a sentence both models read as cold, gets the curt card the tone card would be.
  const label: CoachLabel = best === 'blame' && !SECOND_PERSON.test(text) ? 'curt' : best;
  // Asked last: the tone model's reading costs more than the coach's probabilities, already known.
  return toneCardFlags(text) ? label : undefined;
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|u|ur)\b/i;

/** Each coach card's rule id and message (its messageId is `model`), for the UI's translations. */
export function coachCardMessages(): [ruleId: string, message: string][] {
  return (Object.entries(COACH_CARDS) as [CoachLabel, Card][]).map(([label, card]) => [coachRuleId(label), card.message]);
}

/** A curt card gets the tone card's tips for this sentence when the tone model can give them. */
function suggestionFor(label: CoachLabel, text: string): string {
  return (label === 'curt' && warmingTipsFor(text)) || COACH_CARDS[label].suggestion;
}

/**
 * Curtness belongs to the reply, not to one sentence: "We've got your files back." is brisk next to
 * "Let me know if anything's missing.", and the model, reading the two together, says so. A reply
 * stays curt when most of its sentences are curt or worse ("It's encrypted. I've locked it. Loaner
 * Monday 9 AM.": read whole, its length hides the clipped sentences; "Why did you not read the
 * instructions? Send me the logs now."), or when the model reads it curt as a whole.
 */
function curtAsAWhole(sentences: readonly string[]): boolean {
  const body = sentences.map((s) => s.trim()).filter((s) => s && readableByCoach(s));
  const model = getCoachModel();
  if (body.length < 2 || !model) return true;
  const curt = COACH_LABELS.indexOf('curt');
  const threshold = model.thresholds.curt;
  const cold = body.filter((s) => coachVerdicts(s).some((v) => v.label !== 'help-wording')).length;
  return cold * 2 > body.length || coachProbabilities(body.join(' '))![curt]! >= threshold;
}

/** The classifier the checker fuses with the rules: the active coach model's verdicts as cards. */
export function coachClassifier(rules: readonly Rule[]): SentenceClassifier {
  const metaOf = new Map<CoachLabel, RuleMeta>();
  const labelOf = new Map<string, CoachLabel>();
  for (const [label, card] of Object.entries(COACH_CARDS) as [CoachLabel, Card][]) {
    const rule = rules.find((r) => r.meta.id === card.ruleId);
    if (!rule) throw new Error(`coach card ${label}: no built-in rule ${card.ruleId}`);
    metaOf.set(label, { ...rule.meta, id: coachRuleId(label), messages: { model: card.message }, fixable: false });
    labelOf.set(coachRuleId(label), label);
  }
  return {
    classify(text) {
      const out: Classified[] = [];
      const words = text.trim();
      if (!readableByCoach(words)) return out;
      const start = text.indexOf(words);
      const verdicts = coachVerdicts(text);
      if (!verdicts.some((v) => v.label !== 'help-wording')) {
        const named = corroboratedLabel(text);
        if (named) verdicts.push({ label: named, probability: coachProbabilities(text)![COACH_LABELS.indexOf(named)]! });
      }
      for (const v of verdicts) {
        out.push({
          meta: metaOf.get(v.label)!,
          report: { start, end: start + words.length, messageId: 'model', suggestion: suggestionFor(v.label, words) },
        });
      }
      return out;
    },
    // With the model loaded its curt label stands in for the tone card: on the dev split the tone
    // card added no recall over it, and the politeness model it rests on reads plain support
    // answers as curt. Without the model (not loaded yet, or failed) the tone card runs.
    replaces(ruleId) {
      return ruleId === 'tone' && getCoachModel() !== null;
    },
    holdsInContext(ruleId, sentences, index) {
      const label = labelOf.get(ruleId);
      if (label === undefined) return true;
      return holdsInReply(label, sentences, index) && (label !== 'curt' || curtAsAWhole(sentences));
    },
  };
}
