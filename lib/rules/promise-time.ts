/**
 * A promise with no time ("I'll look into it", "I'll get back to you", "we'll keep you posted"):
 * the customer can't tell when to expect it, and Rapport can't remind the agent. Flagged live, as
 * the agent types, with a nudge to say when. The promise and its time are read by the same code
 * that schedules reminders (lib/followup), so a promise this rule leaves alone is one Rapport can
 * remind about. Not flagged: promises with a time ("by 3 PM", "tomorrow morning", "within two
 * working days"), done as said ("I'll reset it now"), not a next step ("I'll be honest", "we'll
 * need your serial number"), hung on the customer ("if it happens again, I'll…") or on an event they
 * can see coming ("once the courier books it"), and replies that say when elsewhere ("I'm calling you
 * now", "I'll update you by 3 PM"). Whole-reply rule; each sentence is read once and remembered.
 */
import { BoundedCache } from '../engine/cache';
import { defineRule } from '../engine/rule';
import { promiseAt } from '../followup/commitments';
import { statedDueTime } from '../followup/due-time';
import { inCategory } from './categories';
import { principles } from './principles';

/** Next steps that leave the customer waiting to hear back from the agent: these need a time. */
const FOLLOW_UP_STEP =
  /^(?:look\s+(?:into|at)\s+(?:it|this|that|your)|get\s+back\s+to\s+you|come\s+back\s+to\s+you|follow\s+up|check\s+(?:back|in|on\s+(?:it|this|that|your))|check\s+with\b|update\s+you|find\s+out|keep\s+you\s+(?:posted|updated|informed)|investigate|let\s+you\s+know|(?:reach\s+out\s+to|call|ring|phone|e-?mail|message)\s+you|(?:be|get)\s+in\s+touch|circle\s+back|touch\s+base|report\s+back|revert)\b/i;

/**
 * "…once the courier books it", "…as soon as the fix reaches your laptop": the promise is tied to an
 * event the customer can see coming. "As soon as I can" and "once we know more" are not.
 */
const TIED_TO_EVENT = /\b(?:as\s+soon\s+as|once|when|after|the\s+moment)\s+(?!(?:I|we)\s+(?:can|know\s+more|have\s+(?:more|news|an\s+update))\b|possible\b)\w+/i;

const PREFILTER = /\b(?:I|we|you)(?:['’]ll|\s+will|\s+shall|['’]m\s+going|\s+am\s+going|['’]re\s+going|\s+are\s+going|\s+promise|\s+should\s+hear)\b|\bexpect\b/i;

/** Words that may say when; sentences without one (or a promise) are not parsed for a time. */
const TIME_HINT = /\d|\b(?:now|today|tonight|tomorrow|morning|afternoon|evening|noon|midday|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hours?|minutes?|days?|eod|cob|lunch|end\s+of)\b/i;

// Only whether the sentence says a time matters here, not when: any fixed moment reads it the same.
const ANY_MOMENT = new Date(2025, 0, 6, 9, 0);

interface SentenceTraits {
  /** The promise with no time, sentence offsets. */
  vague: { start: number; end: number } | null;
  /** The sentence states a time or says "now". */
  saysWhen: boolean;
}

// What a sentence says depends only on its text: remembered, so a keystroke re-reads one sentence.
const traits = new BoundedCache<string, SentenceTraits>(4000);

function traitsOf(text: string): SentenceTraits {
  let t = traits.get(text);
  if (t) return t;
  t = { vague: null, saysWhen: false };
  if (PREFILTER.test(text) || TIME_HINT.test(text)) {
    t.saysWhen = statedDueTime(text, ANY_MOMENT) !== null;
    const promise = t.saysWhen ? null : promiseAt(text);
    const followUp = promise && (promise.hearFromUs || FOLLOW_UP_STEP.test(text.slice(promise.actionAt)));
    if (promise && followUp && !TIED_TO_EVENT.test(text.slice(promise.start))) t.vague = { start: promise.start, end: promise.end };
  }
  traits.set(text, t);
  return t;
}

export default defineRule({
  scope: 'draft',
  meta: {
    id: 'promise-time',
    ...inCategory('promise-time'),
    severity: 'suggestion',
    principle: principles.followUp,
    messages: {
      addTime: 'Say when: a promise with a time tells them what to expect, and Rapport can remind you.',
    },
    description:
      'Following through starts with a promise the customer can hold you to. "I\'ll update you by 3 PM" sets the expectation; "I\'ll look into it" leaves them waiting and guessing.',
    fixable: false,
  },
  check(draft, ctx) {
    const read = draft.sentences.map((s) => ({ s, traits: traitsOf(s.text) }));
    // A reply that says when anywhere ("…I'm calling you now", "…I'll update you by 3 PM") has a timeline.
    if (read.some((r) => r.traits.saysWhen)) return;
    for (const { s, traits } of read) {
      if (!traits.vague) continue;
      ctx.report({ start: s.start + traits.vague.start, end: s.start + traits.vague.end, messageId: 'addTime', suggestion: 'Add when you will do it: only a time you can keep.' });
    }
  },
  examples: {
    valid: [
      "I'll look into it and update you by 3 PM.",
      "I'll call you tomorrow morning.",
      "You'll hear from me by Friday.",
      "I'll keep an eye on it over the weekend.",
      "We'll follow up within two working days.",
      "I'll reset it now.",
      "I'll be honest, the old printer is past its best.",
      'We will need your serial number to order the part.',
      'If it happens again, I will replace the cable.',
      'The engineer will call you this afternoon.',
      "I've looked into it and the licence is now active.",
      "I'll check back at 2:30 to make sure it's printing.",
      "I'll let you know as soon as the fix reaches your laptop.",
      "I'll confirm the exact day once the courier books it.",
      "I opened a ticket and I'll reach out to the vendor.",
      "I'll look into the logs. I'll update you by 3 PM with what I find.",
      "I'll call you on a video call to check your badge. I'm calling you now on your desk phone.",
    ],
    invalid: [
      { text: "I'll look into it.", flagged: "I'll look into it" },
      { text: "I'll get back to you as soon as I can.", flagged: "I'll get back to you as soon as I can" },
      { text: "We'll keep you posted.", flagged: "We'll keep you posted" },
      { text: "Thanks for the details, I'll check with the network team.", flagged: "I'll check with the network team" },
      { text: "I'm going to check back with the vendor for you." },
      { text: 'I will follow up with procurement.' },
      { text: "I'll let you know what they say." },
      { text: "You'll hear from me soon." },
      { text: "I'll find out what happened to the order." },
      { text: "We'll be in touch once we know more." },
      { text: "I'll update you shortly." },
      { text: "Thanks, the logs help. I'll look into it and get back to you.", flagged: "I'll look into it and get back to you" },
    ],
  },
});
