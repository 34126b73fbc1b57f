/**
 * Politeness strategies (after Danescu-Niculescu-Mizil et al., ACL 2013, Table 3) plus a few
 * support-specific cues. Each is a cheap regex test over one normalised text (lowercase, straight
 * apostrophes). The model learns their weights; the `tone` rule reads them to say *how* to warm a
 * sentence. Training and runtime share this list, so its order is part of the model format.
 */

export interface Strategy {
  /** Stable id; also the feature name stored with the model. */
  readonly id: string;
  /** 1 when present, or a small count (capped) for the lexicon cues. */
  value(t: string): number;
}

const has = (re: RegExp) => (t: string) => (re.test(t) ? 1 : 0);
const count = (re: RegExp, cap: number) => (t: string) => {
  const m = t.match(re);
  return m ? Math.min(m.length, cap) / cap : 0;
};
/** A test on the first word(s) of any sentence inside the text. */
const sentenceStart = (body: string) => new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)\\W*(?:${body})\\b`);

const POSITIVE =
  /\b(?:great|good|nice|glad|happy|helpful|excellent|wonderful|awesome|perfect|love|lovely|kind|kindly|fantastic|brilliant|cool|interesting|useful|welcome|pleasure|enjoy(?:ed)?|well done|impressive|fine|best|hope|hoping)\b/g;
const NEGATIVE =
  /\b(?:wrong|bad|stupid|terrible|awful|useless|ridiculous|nonsense|annoying|annoyed|fail(?:ed|s|ure)?|mess|worse|worst|crap|idiot(?:ic)?|dumb|lazy|rude|pointless|silly|horrible|waste|vandal(?:ism)?|spam|garbage|pathetic|absurd|insane|nobody|never|unacceptable|incompetent|lie|lies|lying|hate|bother(?:ed)?|complain(?:ing|t)?|blame|fault|ignore[ds]?|ignoring)\b/g;

const STRATEGIES: readonly Strategy[] = [
  { id: 'gratitude', value: has(/\b(?:thanks|thank\s+you|thx|appreciate[ds]?|appreciated|grateful|cheers)\b/) },
  {
    id: 'deference',
    value: has(
      /\b(?:great|good|nice|interesting|excellent|cool|wonderful|fair|valid|helpful)\s+(?:idea|point|question|work|job|answer|suggestion|catch|find|effort|edit|edits)\b|\byou(?:'re| are) (?:right|correct)\b|\bwell done\b/,
    ),
  },
  { id: 'greeting', value: has(sentenceStart('hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy')) },
  { id: 'positive_lexicon', value: count(POSITIVE, 3) },
  { id: 'negative_lexicon', value: count(NEGATIVE, 3) },
  { id: 'apology', value: has(/\b(?:sorry|apologi[sz]e[ds]?|apologies|excuse\s+me|pardon|forgive|my bad|my mistake|regret)\b/) },
  { id: 'please', value: has(/\b(?:please|pls|plz|kindly)\b/) },
  { id: 'please_start', value: has(sentenceStart('please|pls|plz|kindly')) },
  { id: 'indirect_btw', value: has(/\b(?:by\s+the\s+way|btw|incidentally|out of curiosity)\b/) },
  { id: 'direct_question', value: has(sentenceStart('what|why|how|where|when|who|which|whose')) },
  { id: 'direct_start', value: has(sentenceStart('so|then|and|but|or|now')) },
  { id: 'counterfactual_modal', value: has(/\b(?:could|would)\s+(?:you|u|we|it be|anyone|someone|somebody)\b|\bwould (?:you )?mind\b/) },
  { id: 'indicative_modal', value: has(/\b(?:can|will|won't|can't)\s+(?:you|u)\b/) },
  { id: 'first_person_start', value: has(sentenceStart("i|my|mine|i'm|i've|i'd|i'll")) },
  { id: 'first_person_plural', value: has(/\b(?:we|our|ours|us|let's|we're|we've|we'll|we'd)\b/) },
  { id: 'first_person', value: has(/\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b/) },
  { id: 'second_person', value: has(/\b(?:you|your|yours|yourself|u|ur|you're|you've|you'd|you'll)\b/) },
  { id: 'second_person_start', value: has(sentenceStart("you|your|u|ur|you're|you've|you'd|you'll")) },
  {
    id: 'hedge',
    value: has(
      /\b(?:i\s+think|i\s+believe|i\s+guess|i\s+suppose|i\s+feel|i\s+wonder|i\s+assume|maybe|perhaps|possibly|probably|likely|might|seems?|seemed|appears?|suggest(?:s|ed|ion)?|somewhat|kind of|sort of|a bit|a little|not sure|unsure|wondering|hopefully)\b/,
    ),
  },
  {
    id: 'factuality',
    value: has(/\b(?:actually|in\s+fact|the\s+fact\s+is|the\s+point\s+is|the\s+truth\s+is|obviously|clearly|of course|really|definitely|surely|certainly)\b/),
  },
  { id: 'why', value: has(/\bwhy\b/) },
  { id: 'question', value: has(/\?/) },
  { id: 'multi_question', value: has(/\?[^?]*\?/) },
  { id: 'exclamation', value: has(/!/) },
  { id: 'shouting', value: has(/\b[A-Z]{4,}\b/) },
  { id: 'you_must', value: has(/\byou\s+(?:must|need to|have to|should|shouldn't|didn't|don't|did not|do not|never|always|were supposed to)\b/) },
  {
    id: 'imperative_start',
    value: has(sentenceStart("stop|don't|do not|read|look|check|see|use|try|go|fix|remove|delete|add|put|leave|make|give|tell|answer|explain|provide|show|send|just")),
  },
  { id: 'commitment', value: has(/\b(?:i'll|i will|we'll|we will|let me|let us|i'm going to|we're going to|i can|we can|i'd be happy|happy to)\b/) },
  {
    id: 'acknowledge',
    value: has(/\b(?:i understand|i see|i know (?:how|this|that)|i hear you|that sounds|understandable|frustrat\w*|inconvenien\w*|i realise|i realize|makes sense)\b/),
  },
  { id: 'negation', value: count(/\b(?:not|no|never|nothing|cannot)\b|n't\b/g, 3) },
  { id: 'help_offer', value: has(/\b(?:let (?:me|us) know|feel free|don't hesitate|if you (?:need|have|want|like)|happy to)\b/) },
];

/** Lowercase, straight apostrophes: every strategy test expects this form. */
function normaliseForStrategies(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
}

/** The `shouting` cue needs the original case, so strategies get both forms. */
export function strategyVector(text: string): Float32Array {
  const lower = normaliseForStrategies(text);
  const out = new Float32Array(STRATEGIES.length);
  STRATEGIES.forEach((s, i) => {
    out[i] = s.id === 'shouting' ? s.value(text) : s.value(lower);
  });
  return out;
}

export const STRATEGY_IDS: readonly string[] = STRATEGIES.map((s) => s.id);

/** A strategy vector keyed by strategy id (what explanations and the curt decision read). */
export function strategyRecord(vector: Float32Array): Record<string, number> {
  const out: Record<string, number> = {};
  STRATEGY_IDS.forEach((id, i) => (out[id] = vector[i]!));
  return out;
}
