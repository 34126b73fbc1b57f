/**
 * "help" aimed at the customer → the matching form of "assist". The noun in "help desk" / "Help
 * Center", things that help ("this should help"), the idiom "can't help it" and the customer
 * helping us ("could you help me") are left alone.
 */
import { defineRule } from '../engine/rule';
import { conjugate, inflectLike, isBareVerb, matchCase } from '../engine/inflect';
import { inCategory } from './categories';
import { principles } from './principles';
import { clauseBefore, wordsOf } from './text';

const HELP = /\b(help|helps|helped|helping)\b/gi;
const NOUN_COMPOUND = /^\s*-?\s*(desk|center|centre|page|pages|article|articles|docs|documentation|portal|site|menu|button|text|file|topic|section|line|ticket|request|guide|hand|icon|link|screen|tab)\b/i;
const IDIOM_AFTER = /^\s+(it|but|noticing|feeling|thinking|myself|ourselves|laughing|wondering)\b/i;
const CUSTOMER_HELPS_US = /^\s+(me|us)\b/i;
const AGENT_LETS = /\b(let|allow)\s+(me|us)\s+$/i;
const NOUN_NEED = /\b(need|needs|want|wants|require|requires|get|getting|further|more|any|additional|some|extra|offer|offering|immediate|urgent)\s+$/i;
const PERSON_THEN = /^(\s+(?:you|him|her|them|everyone|your team|the team))(\s+(?:to\s+)?)([a-z]+)\b/i;
const OUT = /^(\s+(?:you|him|her|them)\s+)?\s*out\b/i;

/** Words between the subject and "help" that don't change who is doing the helping. */
const FILLER = new Set(
  ('can could will would may might should shall must do does did be am is are was were been being have has had ' +
    'not also always really definitely certainly gladly happily happy glad able pleased delighted here more than to ' +
    'love like want wanted try trying going just still only further absolutely surely sure quickly personally ' +
    'continue keen ready available hoping hope hoped eager around there so very all truly be').split(' '),
);
/** Who the helper is when it's us: a pronoun or one of our own team nouns. */
const AGENT = new Set('i we me us team desk agent agents technician technicians engineer engineers tech techs staff colleague colleagues someone somebody support department specialist specialists analyst analysts'.split(' '));
/** Words that start an agent's offer even without a subject: "Happy to help", "Always glad to help". */
const OFFER = new Set('to happy glad here pleased delighted always'.split(' '));
const GREETING = new Set('hi hello hey dear morning afternoon evening thanks'.split(' '));

/**
 * Who is helping: walk back over auxiliaries and adverbs to the nearest word. "I can help" → agent;
 * "this should help" → a thing (fine); "you helped a lot" → the customer (fine); "Happy to help" → agent.
 */
function helperIsAgent(clause: string): boolean {
  const words = wordsOf(clause);
  let skipped = false;
  let sawOffer = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (AGENT.has(w)) return true;
    if (FILLER.has(w)) {
      skipped = true;
      if (OFFER.has(w)) sawOffer = true;
      continue;
    }
    // "Hi Priya happy to help": an unpunctuated greeting before the offer.
    return sawOffer && i <= 2 && GREETING.has(words[0] ?? '');
  }
  return skipped ? sawOffer : false;
}

export default defineRule({
  scope: 'sentence',
  meta: {
    id: 'help-wording',
    ...inCategory('help-wording'),
    severity: 'suggestion',
    principle: principles.assist,
    messages: {
      preferAssist: 'Say "{{replacement}}": "help" can imply something is wrong with them.',
      preferAssistance: 'Say "assistance": "help" can imply something is wrong with them.',
    },
    description:
      'People who reach the service desk are blocked, not broken. "Help" casts them as helpless; "assist" keeps them in charge and us in service.',
    fixable: true,
  },
  check(sentence, ctx) {
    const hits = sentence.find(HELP);
    if (hits.length === 0) return;
    for (const m of hits) {
      const before = sentence.text.slice(0, m.start);
      const after = sentence.text.slice(m.end);
      const lower = m.text.toLowerCase();
      if (NOUN_COMPOUND.test(after) || /\bhelp\s*-?\s*$/i.test(before)) continue;
      if (lower === 'helping' && /^\s+hand\b/i.test(after)) continue;
      if (lower === 'help') {
        // Only the bare form can be a noun ("further help", "thanks for your help"); ask compromise.
        const term = sentence.match(m.text).find((t) => t.start === m.start);
        const tags = term?.tags ?? [];
        if (tags.includes('Noun') && !tags.includes('Verb')) {
          if (tags.includes('ProperNoun') || !NOUN_NEED.test(before)) continue;
          ctx.report({ start: m.start, end: m.end, messageId: 'preferAssistance', replacements: [matchCase(m.text, 'assistance')] });
          continue;
        }
      }
      if (/\b(can'?t|cannot|couldn'?t|could not)\s+$/i.test(before) && (IDIOM_AFTER.test(after) || /^\s*[.!]?\s*$/.test(after))) continue;
      if (CUSTOMER_HELPS_US.test(after) && !AGENT_LETS.test(before)) continue;
      // A sentence that opens with "Helped …"/"Helping …" is note style with an implied "I".
      const impliedI = /^\s*$/.test(before) && (lower === 'helped' || lower === 'helping');
      if (!impliedI && !AGENT_LETS.test(before) && !helperIsAgent(clauseBefore(sentence.text, m.start))) continue;
      const assist = inflectLike(m.text, 'help', 'assist');
      // "help you out" → "assist you": "assist" takes no particle.
      const out = OUT.exec(after);
      if (out) {
        const person = out[1] ? ` ${out[1].trim()}` : '';
        const replacement = `${assist}${person}`;
        ctx.report({ start: m.start, end: m.end + out[0].length, messageId: 'preferAssist', data: { replacement }, replacements: [replacement] });
        continue;
      }
      // "help you reset" → "assist you in resetting": "assist" doesn't take a bare infinitive.
      const personVerb = PERSON_THEN.exec(after);
      if (personVerb && personVerb[1] && personVerb[3]) {
        const verbStart = m.end + personVerb[1].length + (personVerb[2]?.length ?? 0);
        const verbTerm = sentence.match(personVerb[3]).find((t) => t.start === verbStart);
        if (verbTerm && isBareVerb(personVerb[3], verbTerm.tags)) {
          const end = m.end + personVerb[0].length;
          const replacement = `${assist}${personVerb[1]} in ${conjugate(personVerb[3].toLowerCase()).Gerund}`;
          ctx.report({ start: m.start, end, messageId: 'preferAssist', data: { replacement }, replacements: [replacement] });
          continue;
        }
      }
      // "help troubleshoot" → "assist in troubleshooting".
      const bareVerb = /^(\s+(?:to\s+)?)([a-z]+)\b/i.exec(after);
      if (bareVerb && bareVerb[1] && bareVerb[2]) {
        const verbTerm = sentence.match(bareVerb[2]).find((t) => t.start === m.end + (bareVerb[1]?.length ?? 0));
        if (verbTerm && isBareVerb(bareVerb[2], verbTerm.tags) && !/^(be|get)$/i.test(bareVerb[2])) {
          const replacement = `${assist} in ${conjugate(bareVerb[2].toLowerCase()).Gerund}`;
          ctx.report({ start: m.start, end: m.end + bareVerb[0].length, messageId: 'preferAssist', data: { replacement }, replacements: [replacement] });
          continue;
        }
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
      'Clearing the browser cache usually helps with this error.',
      'You helped us a lot by sending those screenshots.',
      'Help me understand what you see when the login page loads.',
      'The steps in the article below should help you get connected.',
      'Sorry, I laughed, I couldn\'t help it.',
      'Click the Help icon in the top right of Outlook.',
      'I hope this helps!',
      'Good news 🎉 this should help with the VPN drops.',
      'Thanks Priya 🙏 you helped a lot with those logs.',
      { text: 'Customer says our help article is confusing.', kind: 'internal-note' },
    ],
    invalid: [
      { text: 'Happy to help!', fix: 'Happy to assist!', flagged: 'help' },
      { text: 'I helped him yesterday.', fix: 'I assisted him yesterday.' },
      { text: 'Helped Priya with the same thing this morning.', kind: 'reply', fix: 'Assisted Priya with the same thing this morning.' },
      { text: 'We are helping the whole floor with the outage.', fix: 'We are assisting the whole floor with the outage.' },
      { text: 'How can I help you today?', fix: 'How can I assist you today?' },
      { text: 'Let me help you with the printer.', fix: 'Let me assist you with the printer.' },
      { text: 'I can help you reset your password.', fix: 'I can assist you in resetting your password.' },
      { text: "I'd be glad to help you set up the new phone.", fix: "I'd be glad to assist you in setting up the new phone." },
      { text: 'HELP is on the way: I will help with the migration.', flagged: 'help' },
      { text: 'If you need any further help, just reply here.', fix: 'If you need any further assistance, just reply here.' },
      { text: 'Is there anything else I can help with?', fix: 'Is there anything else I can assist with?' },
      { text: 'Our team helps users with this every day.', fix: 'Our team assists users with this every day.' },
      { text: 'Glad I could help.', fix: 'Glad I could assist.' },
      { text: "We're always happy to help out.", fix: "We're always happy to assist." },
      { text: 'I can help configure the docking station on Monday.', fix: 'I can assist in configuring the docking station on Monday.' },
      { text: 'Hi Priya 👋 happy to help with the VPN.', flagged: 'help', fix: 'Hi Priya 👋 happy to assist with the VPN.' },
      { text: 'Hey team 🙌 glad I could help.', fix: 'Hey team 🙌 glad I could assist.' },
      { text: 'Hi Priya :) happy to help with the VPN.', fix: 'Hi Priya :) happy to assist with the VPN.' },
      { text: 'Hi Priya — happy to help with the VPN.', fix: 'Hi Priya — happy to assist with the VPN.' },
      { text: 'Hi there happy to help with the VPN.', fix: 'Hi there happy to assist with the VPN.' },
    ],
  },
});
