/**
 * The promises in a customer reply: sentences where the agent commits to a next step ("I'll check
 * back at 2:30", "you'll hear from me by Friday", "we will call you tomorrow morning"), each with
 * its due time (./due-time.ts) or, when it says none, a default the agent can change. Quoted
 * customer text (`>` lines) is not the agent's promise. No DOM and no browser here: the content
 * script, the rule and the tests call it with text and the time it was said.
 */
import { defaultDue, statedDueTime } from './due-time';

/** What Rapport keeps of a promise: its own words, at most this many characters. */
export const PROMISE_MAX_CHARS = 100;

export interface Commitment {
  /** UTF-16 offsets of the sentence in the reply. */
  start: number;
  end: number;
  /** The promise, trimmed to PROMISE_MAX_CHARS. */
  text: string;
  /** What the agent will do, in their words ("check back", "call you"). */
  action: string;
  due: Date;
  /** The reply said when; false when `due` is the default. */
  stated: boolean;
  /** Done as it is said ("I'll reset it now"): nothing to remind about. */
  immediate: boolean;
}

/** First person committing to a next step. The verb after it is group 1. */
const PROMISE =
  /\b(?:I|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to|\s+are\s+going\s+to|\s+promise\s+to)\s+(?:also\s+|then\s+|personally\s+|definitely\s+|be\s+sure\s+to\s+|make\s+sure\s+to\s+)?([a-z]+(?:\s+(?:back|up|out|in|on|into|an\s+eye))?)/i;
/** The customer will hear from the agent: "you'll hear from me", "expect an update from us". */
const YOU_WILL_HEAR =
  /\b(?:you['’]ll|you\s+will|you\s+should|expect\s+to)\s+(?:hear|get|receive)\s+(?:back\s+)?(?:from\s+(?:me|us)|an?\s+(?:update|call|email|reply)\s+from\s+(?:me|us))|\bexpect\s+(?:an?\s+)?(?:update|call|email|reply)\s+from\s+(?:me|us)\b/i;

/** "I'll" followed by these is not a next step ("I'll be honest", "we'll need your serial number"). */
const NOT_A_STEP = /^(?:be\s+(?:honest|frank|happy|glad|sorry|out|away|off|on\s+leave)|need|have\s+to|let\s+(?:it|that|this)|leave\s+(?:it|that|this)\s+(?:there|with\s+you)|admit|say|bet|assume|guess|try\s+not|stop|never|not|wait|hope|want|miss)\b/i;

/** A sentence that hangs the promise on the customer ("If it happens again, I'll…"). */
const CONDITIONAL_ON_CUSTOMER = /^\W*(?:if|should|in\s+case)\s+(?:you|it|that|this|they|the)\b/i;

/** A sentence ends at . ! or ? before a space or the end ("3.30pm" and "v2.1" do not end one), or at a line break. */
const SENTENCE = /(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:[.!?]+|$)/gm;

function summarise(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= PROMISE_MAX_CHARS ? clean : `${clean.slice(0, PROMISE_MAX_CHARS - 1).trimEnd()}…`;
}

/** The agent's action in their own words, up to the time it is due: "call you", "check back". */
function actionOf(sentence: string, from: number, timeIndex: number | undefined): string {
  const end = timeIndex !== undefined && timeIndex > from ? timeIndex : sentence.length;
  const words = sentence
    .slice(from, end)
    .replace(/[,;:—–.!?].*$/s, '')
    .replace(/\s+(?:by|at|on|before|until|within|in|around|first\s+thing|no\s+later\s+than|over|during|later|this|tomorrow)\s*$/i, '')
    .trim();
  return words.split(/\s+/).slice(0, 8).join(' ');
}

/** Is this sentence a promise of a next step, and where does its action start? */
function promiseIn(sentence: string): { actionAt: number; action?: string } | null {
  if (CONDITIONAL_ON_CUSTOMER.test(sentence)) return null;
  const hear = YOU_WILL_HEAR.exec(sentence);
  if (hear) return { actionAt: hear.index, action: 'get back to them' };
  const m = PROMISE.exec(sentence);
  if (!m || NOT_A_STEP.test(sentence.slice(m.index + m[0].length - m[1]!.length))) return null;
  return { actionAt: m.index + m[0].length - m[1]!.length };
}

/**
 * The promise in a sentence, if it makes one: the words from the promise on (to the sentence's end,
 * less its closing punctuation), where its action starts, and whether it is "you'll hear from me".
 * The vague-promise rule reads it.
 */
export function promiseAt(sentence: string): { start: number; end: number; actionAt: number; hearFromUs: boolean } | null {
  const promise = promiseIn(sentence);
  if (!promise) return null;
  const hear = YOU_WILL_HEAR.exec(sentence);
  const start = (hear ?? PROMISE.exec(sentence))!.index;
  const end = sentence.replace(/[\s.!?…]+$/, '').length;
  return { start, end, actionAt: promise.actionAt, hearFromUs: hear !== null };
}

/** The promises of a reply said at `now`, in order. */
export function findCommitments(text: string, now: Date): Commitment[] {
  const out: Commitment[] = [];
  const quoted = /^[ \t]*>.*$/gm;
  const masked = text.replace(quoted, (line) => ' '.repeat(line.length));
  for (const m of masked.matchAll(SENTENCE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (!sentence) continue;
    const promise = promiseIn(sentence);
    if (!promise) continue;
    const stated = statedDueTime(sentence, now);
    const start = m.index + lead;
    out.push({
      start,
      end: start + sentence.length,
      text: summarise(text.slice(start, start + sentence.length)),
      action: promise.action ?? actionOf(sentence, promise.actionAt, stated?.index),
      due: stated?.due ?? defaultDue(now),
      stated: stated !== null,
      immediate: stated?.immediate ?? false,
    });
  }
  return out;
}
