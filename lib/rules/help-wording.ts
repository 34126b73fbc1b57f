/**
 * "help" aimed at the customer → the matching form of "assist". The noun in "help desk" / "Help
 * Center", things that help ("this should help"), the idiom "can't help it" and the customer
 * helping us ("could you help me") are left alone.
 */
import { defineRule } from '../engine/rule';
import { conjugate, inflectLike, isBareVerb, matchCase } from '../engine/inflect';
import { principles } from './principles';

const HELP = /\b(help|helps|helped|helping)\b/gi;
const NOUN_COMPOUND = /^\s+(desk|center|centre|page|pages|article|articles|docs|documentation|portal|site|menu|button|text|file|topic|section|line|ticket|request|guide)\b/i;
const THING_SUBJECT = /\b(it|this|that|which|these|those|what|tips?|steps?|guide|article|link|update|patch|restart(?:ing)?|reboot(?:ing)?)\s+(?:should|will|would|might|may|can|could|does|did|might)?\s*(?:also\s+|really\s+)?$/i;
const IDIOM_AFTER = /^\s+(it|but|noticing|feeling|thinking|myself|ourselves)\b/i;
const CUSTOMER_HELPS_US = /^\s+(me|us)\b/i;
const AGENT_LETS = /\b(let|allow)\s+(me|us)\s+$/i;
const NOUN_NEED = /\b(need|needs|want|wants|require|requires|get|getting|further|more|any|additional|some|extra|offer|offering)\s+$/i;
const PERSON_THEN_VERB = /^(\s+(?:you|him|her|them|everyone|your team|the team))\s+(?:to\s+)?([a-z]+)\b/i;

export default defineRule({
  scope: 'sentence',
  meta: {
    id: 'help-wording',
    category: 'help-wording',
    severity: 'suggestion',
    principle: principles.assist,
    messages: {
      preferAssist: 'Say "{{replacement}}": "help" can imply something is wrong with them.',
      preferAssistance: 'Say "assistance": "help" can imply something is wrong with them.',
    },
    description:
      'People who reach the service desk are blocked, not broken. "Help" casts them as helpless; "assist" keeps them in charge and us in service.',
    fixable: true,
    audience: 'customer',
  },
  check(sentence, ctx) {
    for (const m of sentence.find(HELP)) {
      const before = sentence.text.slice(0, m.start);
      const after = sentence.text.slice(m.end);
      const lower = m.text.toLowerCase();
      if (NOUN_COMPOUND.test(after) || /\bhelp\s*-?\s*$/i.test(before)) continue;
      if (/^\s*-\s*desk/i.test(after)) continue;
      const term = sentence.match(m.text).find((t) => t.start === m.start);
      const tags = term?.tags ?? [];
      const isNoun = tags.includes('Noun') && !tags.includes('Verb');
      if (isNoun) {
        if (lower !== 'help' || tags.includes('ProperNoun')) continue;
        if (!NOUN_NEED.test(before)) continue;
        ctx.report({ start: m.start, end: m.end, messageId: 'preferAssistance', replacements: [matchCase(m.text, 'assistance')] });
        continue;
      }
      if (THING_SUBJECT.test(before)) continue;
      if (/\b(can'?t|cannot|couldn'?t|could not)\s+$/i.test(before) && IDIOM_AFTER.test(after)) continue;
      if (CUSTOMER_HELPS_US.test(after) && !AGENT_LETS.test(before)) continue;
      const assist = inflectLike(m.text, 'help', 'assist');
      // "help you reset" → "assist you in resetting": "assist" doesn't take a bare infinitive.
      const personVerb = PERSON_THEN_VERB.exec(after);
      if (personVerb && personVerb[1] && personVerb[2] && isBareVerb(personVerb[2])) {
        const end = m.end + personVerb[0].length;
        const replacement = `${assist}${personVerb[1]} in ${conjugate(personVerb[2].toLowerCase()).Gerund}`;
        ctx.report({ start: m.start, end, messageId: 'preferAssist', data: { replacement }, replacements: [replacement] });
        continue;
      }
      ctx.report({ start: m.start, end: m.end, messageId: 'preferAssist', data: { replacement: assist }, replacements: [assist] });
    }
  },
  examples: {
    valid: [
      'Our Help Center has a step-by-step guide.',
      'Contact the help desk at ext. 4000 if the portal is down.',
      'Let me know if that helps.',
      'This should help narrow it down.',
      'Thanks for your help with the logs!',
      "I can't help but notice the error started on Monday.",
      'Could you help me with the serial number on the back of the laptop?',
      'Restarting helps clear the cached credentials.',
      'The help page for VPN is linked below.',
      'I have assisted three people with this today and it worked every time.',
      { text: 'Customer says our help article is confusing.', kind: 'internal-note' },
    ],
    invalid: [
      { text: 'Happy to help!', fix: 'Happy to assist!', flagged: 'help' },
      { text: 'I helped him yesterday.', fix: 'I assisted him yesterday.' },
      { text: 'We are helping the whole floor with the outage.', fix: 'We are assisting the whole floor with the outage.' },
      { text: 'How can I help you today?', fix: 'How can I assist you today?' },
      { text: 'Let me help you with the printer.', fix: 'Let me assist you with the printer.' },
      { text: 'I can help you reset your password.', fix: 'I can assist you in resetting your password.' },
      { text: 'HELP is on the way: I will help with the migration.', flagged: 'help' },
      { text: 'If you need any further help, just reply here.', fix: 'If you need any further assistance, just reply here.' },
      { text: 'Is there anything else I can help with?', fix: 'Is there anything else I can assist with?' },
      { text: 'Our team helps users like you every day.', fix: 'Our team assists users like you every day.' },
      { text: 'Glad I could help.', fix: 'Glad I could assist.' },
    ],
  },
});
