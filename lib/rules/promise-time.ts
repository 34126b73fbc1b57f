/**
 * A promise with no time ("I'll look into it", "I'll get back to you", "we'll keep you posted"):
 * the customer can't tell when to expect it, and Rapport can't remind the agent. Flagged live, as
 * the agent types, with a nudge to say when. The promise and its time are read by the same code
 * that schedules reminders (lib/followup), so a promise this rule leaves alone is one Rapport can
 * remind about. Not flagged: promises with a time ("by 3 PM", "tomorrow morning", "within two
 * working days"), done as said ("I'll reset it now"), not a next step ("I'll be honest", "we'll
 * need your serial number"), or hung on the customer ("if it happens again, I'll…").
 */
import { defineRule } from '../engine/rule';
import { promiseAt } from '../followup/commitments';
import { statedDueTime } from '../followup/due-time';
import { inCategory } from './categories';
import { principles } from './principles';

/** Next steps that leave the customer waiting for the agent: these need a time. */
const FOLLOW_UP_STEP =
  /^(?:look\s+(?:into|at)|get\s+back|come\s+back|follow\s+up|check|update|find\s+out|chase|keep\s+(?:you|an\s+eye)|investigate|let\s+you\s+know|reach\s+out|call|ring|phone|email|e-mail|message|be\s+in\s+touch|get\s+in\s+touch|circle\s+back|see\s+what|dig|review|test|try|sort|fix|escalate|raise|ask|confirm|send|respond|reply|touch\s+base|report\s+back|revert)\b/i;

const PREFILTER = /\b(?:I|we|you)(?:['’]ll|\s+will|\s+shall|['’]m\s+going|\s+am\s+going|['’]re\s+going|\s+are\s+going|\s+promise|\s+should\s+hear)\b|\bexpect\b/i;

// Only whether the sentence says a time matters here, not when: any fixed moment reads it the same.
const ANY_MOMENT = new Date(2025, 0, 6, 9, 0);

export default defineRule({
  scope: 'sentence',
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
  check(sentence, ctx) {
    if (!PREFILTER.test(sentence.text)) return;
    const promise = promiseAt(sentence.text);
    if (!promise || !(promise.hearFromUs || FOLLOW_UP_STEP.test(sentence.text.slice(promise.actionAt)))) return;
    if (statedDueTime(sentence.text, ANY_MOMENT)) return;
    ctx.report({
      start: promise.start,
      end: promise.end,
      messageId: 'addTime',
      suggestion: 'Add when: "I\'ll look into it and update you by 3 PM today."',
    });
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
    ],
    invalid: [
      { text: "I'll look into it.", flagged: "I'll look into it" },
      { text: "I'll get back to you as soon as I can.", flagged: "I'll get back to you as soon as I can" },
      { text: "We'll keep you posted.", flagged: "We'll keep you posted" },
      { text: "Thanks for the details, I'll check with the network team.", flagged: "I'll check with the network team" },
      { text: "I'm going to chase the vendor for an answer." },
      { text: 'I will follow up with procurement.' },
      { text: "I'll let you know what they say." },
      { text: "You'll hear from me soon." },
      { text: "I'll find out what happened to the order." },
      { text: "We'll be in touch once we know more." },
      { text: "I'll update you shortly." },
    ],
  },
});
