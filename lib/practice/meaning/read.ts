/**
 * How the coach reads a practice reply, sentence by sentence, before any rubric item is judged:
 * the same readings it uses live — the acknowledgement, ownership, policy-wall and deflection
 * rules' sense of a sentence, the findings of check() (phrase rules and the coach model's cards),
 * the tone model's score of each sentence — plus which of the scenario's facts each sentence
 * states, and which promises in it are vague.
 */
import nlp from 'compromise/two';
import { toneOfSentences } from '../../coaching';
import { agentText } from '../../engine/agent-text';
import type { Finding } from '../../engine/types';
import { acknowledges } from '../../rules/acknowledgement';
import { ownsTheHandoff } from '../../rules/deflection';
import { ownsAStep, saysItIsDone } from '../../rules/ownership';
import { offersAWayForward } from '../../rules/policy-wall';
import { ownWordsOf } from '../checks';
import { cueSets, type CueSetName } from '../cues';
import { firstMatch } from '../patterns';
import type { Fact, Scenario } from '../schema';

export interface SentenceReading {
  text: string;
  start: number;
  end: number;
  /** The tone model's score of this sentence (0 curt … 1 warm), null without the model. */
  tone: number | null;
  /** Categories of the findings (not info) on this sentence: a flagged sentence carries no intent. */
  flagged: string[];
  acknowledges: boolean;
  /** Names the customer's stakes (their deadline, what they lose). */
  stakes: boolean;
  /** The agent takes a step or says it is done ("I've moved…", "I'll check…"). */
  owns: boolean;
  /** A promise with nothing in it: "I'll look into it", "as soon as possible". */
  vague: boolean;
  /** A time someone could hold the agent to. */
  time: boolean;
  /** Offers what can be done instead. */
  wayForward: boolean;
  /** Owns a handoff to someone else ("I've passed it to payroll with your details"). */
  handsOff: boolean;
  /** The agent says what they do or will do ("I'll…", "I've moved…"). */
  agentSpeaks: boolean;
  /** Mentions coming back to the customer. */
  followsUp: boolean;
  /** Says what will happen ("he'll be there", "it will be ready"). */
  future: boolean;
  explains: boolean;
  /** Ids of the scenario facts the sentence states, and of the wrong claims it makes. */
  facts: string[];
  /** Facts only named in a bare list of words ("PRN-2F-EAST. Badge. Fuser."): named, not stated. */
  listed: string[];
  /** Alternatives the sentence says can't be done ("I can't move your job to PRN-2F-EAST"). */
  denied: string[];
  wrong: string[];
  /** Distinct cue phrases of the usual rubric habits it contains (for the stuffing check). */
  cues: string[];
}

export interface ReplyReading {
  sentences: SentenceReading[];
  /** Fact id → whether some sentence states it. */
  facts: ReadonlySet<string>;
  /** Facts some sentence only names in a bare list of words, and none states. */
  listed: ReadonlySet<string>;
  /** Alternatives some sentence denies and none offers. */
  denied: ReadonlySet<string>;
  wrong: ReadonlySet<string>;
  findings: readonly Finding[];
}

/** Words that promise without saying what or when. */
const VAGUE = [
  String.raw`\b(?:as soon as (?:possible|we can|I can)|asap|a\.s\.a\.p\.?|shortly|at some point|in due course|when (?:I|we) (?:can|get (?:a chance|round to it|to it))|sometime|some time soon|(?:very |real )?soon)\b`,
  String.raw`\b(?:I|we)(?:'ll| will) (?:look into|see what (?:I|we) can do|get back to you|be in touch|do (?:my|our) best|try)\b`,
  String.raw`\b(?:we are|we're|I'm|I am) (?:looking into|working on) it\b`,
];

/** The agent's own action in the first person: "I've moved…", "I'm booking…", "we've reset…". */
const AGENT_ACTS = [
  String.raw`\b(?:I|we)(?:'ve| have) (?:already |just |now |also )?[a-z]+(?:ed|en|t)\b`,
  String.raw`\b(?:I|we)(?:'m| am|'re| are) (?:now |already |also |just )?[a-z]{2,}ing\b`,
  String.raw`\b(?:I|we)(?:'m| am|'re| are) on it\b`,
  String.raw`\b(?:I|we)(?:'ll| will) (?:personally |now |also |then |still )?(?:[a-su-z][a-z]*|t(?:[a-qs-z][a-z]*)?|tr(?:[a-xz][a-z]*)?|try[a-z]+)\b`,
];

/**
 * Coming back to the customer, and "I'm on it", which the policy-wall and deflection rules read as
 * a way forward (each promises an action): here they are a follow-up and ownership, not an
 * alternative, so a reply of stock promises earns nothing for offering one.
 */
const FOLLOW_UP_WORDS = /\b(?:(?:I|we)(?:'m| am|'re| are) on it|(?:(?:I|we)(?:'ll| will) (?:also |then |personally )?)?(?:follow(?:ing)?[ -]?up|check(?:ing)? (?:back|in)(?: with you)?|check with you|get(?:ting)? back to you|keep(?:ing)? you (?:posted|updated|in the loop)|touch base|circle back|update you))\b/gi;

const FIRST_PERSON = /\b(?:I|we)\b/i;

/** The agent doing it this minute: "I'm calling you now", "I'm installing it now". */
const DOING_NOW = [String.raw`\b(?:I|we)(?:'m| am|'re| are) [a-z]{2,}ing\b[^.!?]{0,40}\bnow\b`];

/** Help the agent sent on its way: "Priyesh is on his way", "a technician will be with you". */
const DISPATCHED = [String.raw`\b(?:is|are|'s) on (?:his|her|their|the) way\b`, String.raw`\bwill be (?:there|with you|at your desk)\b`];

/** A negation just before a claim turns it round: "I can't switch off the codes" claims nothing. */
const NEGATED = /\b(?:can'?t|cannot|can not|won'?t|will not|not|never|no|no longer|unable to|isn'?t|aren'?t)\b[^.,;!?]{0,25}$/i;

/** …or a modal negation just after it: "SharePoint version history can't go back that far". */
const DENIED_AFTER = /^\s*(?:[\w'-]+ ){0,2}?(?:can'?t|cannot|can not|won'?t|will not|is no longer|are no longer|no longer)\b/i;

/** Whether the sentence makes the claim `pattern` describes, not its denial. */
function claims(pattern: string, text: string): boolean {
  const found = firstMatch(pattern, text);
  if (found === undefined) return false;
  const at = text.toLowerCase().indexOf(found.toLowerCase());
  if (NEGATED.test(text.slice(Math.max(0, at - 40), at))) return false;
  return !DENIED_AFTER.test(text.slice(at + found.length, at + found.length + 40));
}

/** Words for how it feels: with the customer's stakes in the same sentence, that is an acknowledgement. */
const FEELINGS = [
  String.raw`\b(?:awful|horrible|terrible|rough|tough|stressful|maddening|infuriating|frustrating|exhausting|embarrassing|mortifying|frightening|worrying|upsetting|unacceptable|a nightmare|a pain|a worry|a drain|no fun|not okay|far too long|too long|a lot to take in|oh no|rotten|dreadful|miserable|up the wall)\b`,
];

/** Cue sets whose phrases a rubric-stuffed reply strings together. */
const HABITS: readonly CueSetName[] = ['acknowledgement', 'ownership', 'followUp', 'time', 'alternative', 'invitation'];

/** Categories that undo an intent in the same sentence ("I understand, but calm down"). */
const UNDOES = new Set(['dismissive', 'condescension', 'blame', 'us-vs-them', 'venting', 'policy-wall', 'deflection']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/** In a reply that is a list of keywords, a sentence this short is one more keyword. */
const KEYWORD_LIST_SENTENCE_WORDS = 4;

/** A verbless sentence this short ("Code by the door.") names things without saying anything. */
const BARE_PHRASE_WORDS = 5;

/**
 * Whether a sentence is a bare list of words rather than something said: one word, or no verb and
 * either at most BARE_PHRASE_WORDS words or pieces (between commas, "and"…) of three words or fewer
 * on average. "PRN-2F-EAST. Badge. Fuser." names the ticket's facts without telling the customer
 * anything, so it states none of them; "Fuser fault on the 3rd floor printer, technician at 7." is
 * terse but says it.
 */
function isBareList(own: string): boolean {
  const words = wordCount(own);
  if (words <= 1) return true;
  if ((nlp(own) as unknown as { has(match: string): boolean }).has('#Verb')) return false;
  if (words <= BARE_PHRASE_WORDS) return true;
  const pieces = own.split(/[,;:/+&|]|\s(?:and|or|then)\s|\s[-–—]\s/i).map(wordCount).filter((n) => n > 0);
  return pieces.reduce((a, b) => a + b, 0) / pieces.length <= 3;
}

const any = (patterns: readonly string[], text: string) => patterns.some((p) => firstMatch(p, text) !== undefined);
const matches = (patterns: readonly string[], text: string) => patterns.map((p) => firstMatch(p, text)).filter((m): m is string => !!m?.trim());

export function readReply(text: string, scenario: Pick<Scenario, 'facts' | 'wrong' | 'stakes'>, findings: readonly Finding[]): ReplyReading {
  const spans = agentText(text).sentences.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  const tone = toneOfSentences(spans);
  const sentences = spans.map((span): SentenceReading => {
    const own = ownWordsOf(span.text);
    const flagged = [...new Set(findings.filter((f) => f.severity !== 'info' && f.scope === 'span' && f.start < span.end && span.start < f.end).map((f) => f.category))];
    const vague = any(VAGUE, own);
    const acts = any(AGENT_ACTS, own);
    const stakes = any(scenario.stakes, own);
    const beyondFollowUp = own.replace(FOLLOW_UP_WORDS, '');
    // What the agent offers or does is only stated when none of its words is denied: "I can't move
    // your job to PRN-2F-EAST", "PRN-2F-EAST on the second floor can't…" offer nothing. A reason is
    // often a denial ("the codes can't be switched off"), so it counts either way.
    const offers = (f: Fact) => f.role === 'alternative' || f.role === 'step';
    const offered = (f: Fact) => {
      const hits = f.patterns.filter((p) => firstMatch(p, own) !== undefined);
      return hits.length > 0 && hits.every((p) => claims(p, own));
    };
    const named = scenario.facts.filter((f) => (offers(f) ? offered(f) : any(f.patterns, own))).map((f) => f.id);
    const denied = scenario.facts.filter((f) => f.role === 'alternative' && !named.includes(f.id) && any(f.patterns, own)).map((f) => f.id);
    // Only a sentence that names a fact can be a bare list of it: the parse is skipped for the rest.
    const bare = named.length > 0 && isBareList(own);
    // The ownership rule's reading, when the agent is the one acting ("I'll…", "we've…"), or plain "it's done".
    const owns = (acts || saysItIsDone(own) || any(DISPATCHED, own) || (ownsAStep(own) && FIRST_PERSON.test(own))) && !flagged.some((c) => UNDOES.has(c));
    return {
      text: own,
      start: span.start,
      end: span.end,
      tone: tone?.sentences.find((t) => t.start === span.start)?.score ?? null,
      flagged,
      acknowledges: (acknowledges(own) || any(cueSets.acknowledgement, own) || (stakes && any(FEELINGS, own))) && !flagged.some((c) => UNDOES.has(c)),
      stakes,
      owns,
      vague,
      time: any(cueSets.time, own) || any(DOING_NOW, own),
      wayForward: (offersAWayForward(beyondFollowUp) || any(cueSets.alternative, own)) && !flagged.includes('policy-wall') && !flagged.includes('deflection'),
      handsOff: ownsTheHandoff(beyondFollowUp) && !flagged.includes('deflection'),
      agentSpeaks: acts,
      followsUp: any(cueSets.followUp, own),
      future: /\b(?:will|'ll|going to|be ready|arrives?|expect)\b/i.test(own),
      explains: any(cueSets.explanation, own),
      facts: bare ? [] : named,
      listed: bare ? named : [],
      denied,
      wrong: scenario.wrong.filter((w) => w.patterns.some((p) => claims(p, own))).map((w) => w.id),
      cues: [...new Set(HABITS.flatMap((set) => matches(cueSets[set], own).map((m) => m.toLowerCase())))],
    };
  });
  // A reply that lists facts as bare words in two or more places is a list of keywords: its other
  // short sentences ("Code by the door.", which the parser may read as an order) are part of it.
  if (sentences.filter((s) => s.listed.length > 0).length >= 2) {
    for (const s of sentences) {
      if (s.facts.length === 0 || wordCount(s.text) > KEYWORD_LIST_SENTENCE_WORDS) continue;
      s.listed = s.facts;
      s.facts = [];
    }
  }
  const facts = new Set(sentences.flatMap((s) => s.facts));
  return {
    sentences,
    facts,
    listed: new Set(sentences.flatMap((s) => s.listed).filter((id) => !facts.has(id))),
    denied: new Set(sentences.flatMap((s) => s.denied).filter((id) => !facts.has(id))),
    wrong: new Set(sentences.flatMap((s) => s.wrong)),
    findings,
  };
}
