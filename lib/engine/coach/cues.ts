/**
 * Clause-structure cues for the coach model: cheap regex tests over one normalised sentence
 * (lowercase, straight apostrophes) that say what a sentence *does* rather than which words it
 * uses — "you" + a past action, a modal perfect, an imperative start, a comparison with other
 * people, a policy noun with no offer after it. Words vary between writers; these shapes travel.
 * Training and runtime share this list, so its order is part of the coach model's format.
 */

export interface Cue {
  readonly id: string;
  value(t: string): number;
}

const has = (re: RegExp) => (t: string): number => (re.test(t) ? 1 : 0);
const start = (body: string) => new RegExp(`^\\W*(?:${body})\\b`);

const PAST_VERB = "(?:[a-z]+ed|did|didn't|didnt|forgot|forgotten|broke|broken|made|took|gave|put|set|sent|ran|got|went|chose|left|let|hit|wrote|deleted|clicked|opened|ignored|skipped|missed|unplugged|installed|typed|entered|changed|moved|shut|saved|used|never|just|already)";
const YOU = "(?:you|u|ya|y'all|yall)";
const MODAL_PERFECT = /\b(?:should|shouldn't|could|would|must|might|ought to)(?:n't| not)? (?:have|of|'ve)\b|\b(?:should'?ve|could'?ve|would'?ve|must'?ve|shoulda|coulda)\b/;
const IMPERATIVE_VERBS =
  'reboot|restart|read|send|check|try|use|clear|call|email|contact|ask|go|stop|do|see|follow|reset|update|install|uninstall|open|close|log|sign|submit|resubmit|fill|attach|plug|unplug|turn|wait|click|press|type|enter|run|delete|remove|raise|file|look|refer|google|note|make|fix|get|take|bring|come|tell|let|put|leave|keep|pick|collect|forward|escalate|re-?submit|re-?open';
// Built once: short_imperative used to compile it again for every sentence.
const IMPERATIVE_START = start(IMPERATIVE_VERBS);
const POLICY = /\b(?:polic(?:y|ies)|sla|slas|rules?|procedures?|process(?:es)?|protocol|compliance|complian[ct]|gdpr|hipaa|sox|regulations?|regulatory|security|infosec|authori[sz](?:ed|ation)|permitted|permission|allowed|approv(?:ed|al)|scope|terms|guidelines|standards?|mandate|governance|licen[cs](?:e|ing)|change freeze|freeze|exceptions?|audit|legal)\b/;
const OFFER = /\b(?:but|however|instead|alternative(?:ly)?|what i can|i can|we can|i could|we could|i'll|i will|we'll|we will|i've|i have (?:asked|sent|raised|forwarded|logged|booked|requested)|let me|how about|option|workaround|happy to|glad to|here's|here is|link|portal|form|request it|ask your manager to|your manager can|once (?:it's|it is) approved)\b/;
const REFUSAL = /\b(?:can't|cannot|can not|won't|will not|unable|not able|not possible|not allowed|not permitted|not authori[sz]ed|no exceptions?|denied|declined|rejected|not (?:in|within|covered|supported|eligible)|out(?:side)? (?:of )?(?:scope|sla|policy|warranty)|against|forbidden|prohibited|no can do|nope|not happening|not going to happen)\b/;
const TEAM = /\b(?:team|department|dept|vendor|supplier|contractors?|consultants?|provider|procurement|finance|payroll|facilities|hr|networking|network guys|infra(?:structure)?|devs?|developers|engineering|management|helpdesk|desk|night shift|day shift|tier ?[123]|level ?[123]|l[123]|microsoft|google|apple|dell|hp|lenovo|cisco|adobe|salesforce|zoom|oracle|sap|isp|carrier|courier|warehouse|colleague|coworker|co-worker|manager|boss|intern|whoever)\b/;
const OTHER_PEOPLE = /\b(?:most people|most users|everyone else|everybody else|anyone|anybody|any(?:one|body) else|other people|others|nobody else|no one else|a child|kids?|my (?:grandma|gran|nan|mum|mom)|the interns?|even (?:the|a|my|an)|normal people|regular people|the rest of (?:us|the (?:office|floor|company)))\b/;
const MINIMISE = /\b(?:just|simply|only|merely|literally|basically|obviously|clearly|of course|easy|easiest|simple|simplest|trivial|basic|one (?:button|click|step)|two seconds|a second|a minute|five seconds|10 seconds|seconds)\b/;
const SARCASM = /\b(?:wow|great job|nice job|good job|well done|bravo|congrat(?:s|ulations)|genius|brilliant|amazing|impressive|shocking|shocker|what a surprise|surprise surprise|who knew|gee|golly|sure thing|oh sure|yeah right|good luck|how (?:nice|lovely))\b/;
const VENT = /\b(?:ugh|argh|sigh|ffs|omg|wtf|damn|dammit|bloody|hell|crap|sucks?|hate|sick of|tired of|fed up|done with|had it|kill me|nightmare|joke|disaster|dumpster|mess|rant|exhausted|exhausting|drained|stressed|swamped|slammed|drowning|losing my mind|my (?:day|week|life)|i can't even|end of my (?:rope|tether))\b|\*{2,}|#\$|@#|!{2,}/;
const DISMISS = /\b(?:calm down|relax|chill|no big deal|not a big deal|whatever|you'll (?:live|survive|be fine)|get over|move on|it is what it is|that's (?:just )?(?:life|how it is)|deal with it|not my problem|not my fault|don't worry about it|stop worrying|overreact\w*|drama|fuss|minor|trivial|so what|who cares|nothing to worry|if you say so|fine\.?$|noted\.?$)\b/;
const DEFLECT = /\b(?:not (?:our|my|an it|an? it|the) (?:department|team|area|job|problem|issue|responsibility|remit|thing)|someone else|somebody else|another (?:team|department)|different (?:team|department|queue)|wrong (?:team|department|queue|place|desk)|contact (?:them|the|your)|ask (?:your|the|them)|take (?:it|that|this) up with|google it|look it up|check the (?:wiki|kb|faq|docs)|raise (?:a|another) (?:new )?ticket|new ticket|whoever|not something (?:we|i|it))\b/;
const US_THEM = /\b(?:you people|you guys|you lot|your lot|y'all|people like you|users|end users|end-users|you users|typical|always|never|every (?:time|single time)|your (?:department|team|lot|sort|kind)|you (?:all|lot) in|the business|sales people|marketing people|those people|these people)\b/;
const HELP = /\b(?:help|helps|helped|helping)\b/;
const HELP_NOUN = /\bhelp(?:\s|-)?(?:desk|center|centre|page|article|menu|docs|section|button|line|portal|site|guide)\b/;
const COMMIT = /\b(?:i'll|i will|we'll|we will|i'm going to|let me|i've|i have|i'd be|i can|i'm|i am)\b/;
const EMPATHY = /\b(?:sorry|apolog\w+|i understand|understandable|frustrat\w+|annoying for you|that sounds|i can imagine|rotten|awful timing|bad timing|must be|i'd be)\b/;
const QUESTION_WHY = /\bwhy (?:did|didn't|would|wouldn't|do|don't|are|aren't|is|isn't|have|haven't|on earth|the hell)\b/;
const CONSEQUENCE = /\b(?:so|that's why|which is why|and now|and then|hence|therefore|as a result|no wonder|of course it|that's what happens|what did you expect|this is what happens|because)\b/;
const CONDITIONAL_BLAME = /\bif (?:you|u) (?:had|hadn't|would have|'d|had've|did|didn't|just|only|actually|bothered|read|followed|listened)\b/;

export const CUES: readonly Cue[] = [
  { id: 'you_past_action', value: has(new RegExp(`\\b${YOU} (?:\\w+ly )?${PAST_VERB}\\b`)) },
  { id: 'you_start', value: has(start(`${YOU}|your|ur`)) },
  { id: 'modal_perfect', value: has(MODAL_PERFECT) },
  { id: 'you_modal_perfect', value: has(new RegExp(`\\b${YOU} (?:really |clearly |obviously )?(?:should|shouldn't|could|must|might|ought to)(?:n't| not)? (?:have|of|'ve)\\b|\\b${YOU} (?:should'?ve|shoulda|could'?ve|must'?ve)\\b`)) },
  { id: 'received_ok', value: has(/\b(?:should|will) (?:have )?(?:received|got|gotten|seen) (?:an?|the|our|my)\b/) },
  { id: 'conditional_blame', value: has(CONDITIONAL_BLAME) },
  { id: 'consequence', value: has(CONSEQUENCE) },
  { id: 'why_question', value: has(QUESTION_WHY) },
  { id: 'imperative_start', value: has(IMPERATIVE_START) },
  { id: 'please', value: has(/\b(?:please|pls|plz|kindly|could you|would you|when you (?:get a chance|have a moment|can))\b/) },
  { id: 'negation', value: has(/\b(?:not|no|never|n't|cannot|nothing|nobody|none)\b|n't\b/) },
  { id: 'refusal', value: has(REFUSAL) },
  { id: 'policy_noun', value: has(POLICY) },
  { id: 'offer', value: has(OFFER) },
  { id: 'policy_no_offer', value: (t) => (POLICY.test(t) && !OFFER.test(t) ? 1 : 0) },
  { id: 'refusal_no_offer', value: (t) => (REFUSAL.test(t) && !OFFER.test(t) ? 1 : 0) },
  { id: 'team_noun', value: has(TEAM) },
  { id: 'other_people', value: has(OTHER_PEOPLE) },
  { id: 'minimiser', value: has(MINIMISE) },
  { id: 'sarcasm_marker', value: has(SARCASM) },
  { id: 'vent_marker', value: has(VENT) },
  { id: 'dismiss_marker', value: has(DISMISS) },
  { id: 'deflect_marker', value: has(DEFLECT) },
  { id: 'us_them_marker', value: has(US_THEM) },
  { id: 'help_word', value: has(HELP) },
  { id: 'help_noun', value: has(HELP_NOUN) },
  { id: 'commitment', value: has(COMMIT) },
  { id: 'empathy', value: has(EMPATHY) },
  { id: 'first_person_feeling', value: has(/\b(?:i'm|i am|i've been|i feel|i'm so|i'm getting|i get)\b/) },
  { id: 'exclamation', value: has(/!/) },
  { id: 'question', value: has(/\?/) },
  { id: 'ellipsis', value: has(/\.{3}|…/) },
  { id: 'gratitude', value: has(/\b(?:thanks|thank you|thx|ty|appreciate|cheers|grateful)\b/) },
  { id: 'greeting', value: has(start('hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning')) },
  { id: 'time_commitment', value: has(/\b(?:today|tomorrow|tonight|by (?:monday|tuesday|wednesday|thursday|friday|end of|eod|noon)|at \d|\d ?(?:am|pm)|in (?:an|\d+|a few) (?:hour|minute|day)s?|this (?:afternoon|morning|evening|week))\b/) },
  { id: 'words_1_3', value: (t) => (wordCount(t) <= 3 ? 1 : 0) },
  { id: 'words_4_7', value: (t) => { const n = wordCount(t); return n >= 4 && n <= 7 ? 1 : 0; } },
  { id: 'words_8_15', value: (t) => { const n = wordCount(t); return n >= 8 && n <= 15 ? 1 : 0; } },
  { id: 'words_16_plus', value: (t) => (wordCount(t) >= 16 ? 1 : 0) },
  { id: 'short_imperative', value: (t) => (wordCount(t) <= 8 && IMPERATIVE_START.test(t) && !/\b(?:please|pls|thanks|thank)\b/.test(t) ? 1 : 0) },
];

export const CUE_IDS: readonly string[] = CUES.map((c) => c.id);

// Five cues read the word count of the same text in a row: count it once per text.
let countedText = '';
let countedWords = 0;

function wordCount(t: string): number {
  if (t !== countedText) {
    countedText = t;
    countedWords = t.match(/[a-z0-9]+(?:'[a-z]+)?/g)?.length ?? 0;
  }
  return countedWords;
}

/** The cue vector of one normalised text (see normaliseText in ../tone/features). */
export function cueVector(t: string): Float32Array {
  const out = new Float32Array(CUES.length);
  for (let i = 0; i < CUES.length; i++) out[i] = CUES[i]!.value(t);
  return out;
}
