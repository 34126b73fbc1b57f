/**
 * "Us vs them" framing: "you people", "users like you always…", "you guys never…", "the problem is
 * on your side", "we in IT". The customer is a partner. Hard negatives: "you guys" as warmth
 * ("thanks, you guys are great"), "your side" as geography ("on your side of the VPN", "could you
 * check on your side?"), and "users like you" said kindly ("feedback from people like you").
 */
import { definePhraseRule, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

const PREFILTER = /\b(?:you\s+(?:people|users|lot|guys|folks|end[- ]users)|like\s+you|your\s+(?:kind|lot|side|end|department|team|people)|us\s+(?:vs\.?|versus|and|against)\s+them|them\s+(?:vs\.?|versus|and|against)\s+us|we\s+in\s+IT|we\s+(?:IT|techies|tech)|us\s+(?:IT|techies|tech)|(?:business|end|non-technical|non-IT)\s+(?:users|people|types|folks))\b/i;

const NEGATIVE_FRAME = String.raw`(?:always|never|keep|keeps|constantly|don['’]t|can['’]t|won['’]t|cannot|just\s+don['’]t|tend\s+to|who\s+(?:don['’]t|can['’]t|never|always|won['’]t|refuse)|are\s+(?:the|why|always|never|impossible|hopeless|clueless)|make\s+(?:our|my)|insist|expect|think)`;

const PATTERNS: PhrasePattern[] = [
  {
    re: /\byou\s+(?:people|users|lot|end[- ]users)\b/gi,
    messageId: 'youPeople',
    fix: (m) => ({ start: m.start, end: m.end, replacement: m.text.startsWith('Y') ? 'You' : 'you' }),
    // "you users" in "thank you users who joined the pilot" is rare; "you lot" is always othering.
    skip: (m, s) => /\bthank\s+$/i.test(s.text.slice(0, m.start)),
  },
  {
    re: new RegExp(String.raw`\byou\s+(?:guys|folks)(?:\s+(?:in|from|on|over\s+in|down\s+in|up\s+in)\s+(?:the\s+)?[A-Za-z&-]+(?:\s+(?:team|department|dept|office|floor))?)?\s+${NEGATIVE_FRAME}\b`, 'gi'),
    messageId: 'group',
    suggestion: 'Talk about this one issue, not a group: "This has come up before; here is how to avoid it."',
  },
  {
    re: new RegExp(String.raw`\b(?:(?:non-?technical|non-IT|business|regular|ordinary|normal)\s+)?(?:users|people|customers|folks|employees|someone|managers|staff)\s+like\s+you\b(?:\s+${NEGATIVE_FRAME}\b)?`, 'gi'),
    messageId: 'group',
    suggestion: 'Talk to them, not about a group: say "you".',
    // "people like you" after a preposition or a verb of service ("feedback from people like you",
    // "for customers like you", "we assist users like you") is kind; as the subject of a sentence
    // ("users like you should…") or with a label ("non-technical people like you") it is othering.
    skip: (m, s) =>
      !new RegExp(`${NEGATIVE_FRAME}\\b\\s*$`, 'i').test(m.text) &&
      !/^(?:non-?technical|non-IT|regular|ordinary|normal)/i.test(m.text) &&
      /\b(?:from|for|with|by|to|of|among|thanks\s+to|thank|help|helps|assist|assists|serve|serves|support|supports|welcome|meet|love|hear|than)\s+$/i.test(s.text.slice(0, m.start)),
  },
  {
    re: /\byour\s+(?:kind|lot)\b/gi,
    messageId: 'group',
    suggestion: 'Talk to them, not about a group: say "you".',
    skip: (_m, s) => /\byour\s+kind\s+(?:words|message|note|feedback|patience|reply|email)\b/i.test(s.text),
  },
  {
    re: new RegExp(String.raw`\byour\s+(?:department|team|people|office|floor)\s+${NEGATIVE_FRAME}\b`, 'gi'),
    messageId: 'group',
    suggestion: 'Talk about this one issue, not a group.',
  },
  {
    re: /\b(?:(?:the\s+)?(?:problem|issue|fault|error|bug)|it|this|that)(?:['’]s|\s+is|\s+lies|\s+was|\s+must\s+be|\s+has\s+to\s+be)\s+(?:definitely\s+|clearly\s+|obviously\s+|entirely\s+|100%\s+)?(?:on|with|at)\s+your\s+(?:side|end)\b(?!\s+of\b)|\byour\s+(?:side|end)['’]s\s+(?:problem|issue|fault)\b|\byour\s+(?:side|end)\s+(?:needs|has|have)\s+to\s+(?:fix|sort|deal)\b/gi,
    messageId: 'yourSide',
    suggestion: 'Frame it as shared: "The connection drops before it reaches us; let\'s check your router together."',
  },
  {
    re: /\b(?:us|we)\s+(?:vs\.?|versus|against)\s+(?:them|you)\b|\bthem\s+(?:vs\.?|versus|against)\s+us\b|\bwe\s+in\s+IT\b|\b(?:we|us)\s+(?:IT|techies|tech|technical)\s+(?:folks|people|guys|types|staff)\b|\b(?:you\s+)?(?:business|non-technical|non-IT)\s+(?:people|types|folks)\b/gi,
    messageId: 'camps',
    suggestion: 'Drop the camps: we are on the same side of this problem.',
  },
];

export default definePhraseRule({
  meta: {
    id: 'us-vs-them',
    ...inCategory('us-vs-them'),
    severity: 'warning',
    principle: principles.partner,
    messages: {
      youPeople: 'This lumps them into a group set against us. Just say "you".',
      group: 'Talking about "users like you" makes them an opponent. Talk to them.',
      yourSide: '"Your side" puts the problem between camps. Frame it as shared.',
      camps: 'Us-vs-them framing makes the customer an opponent. Drop the camps.',
    },
    description:
      'The customer is a partner, not an opponent. Group labels and camp talk turn a shared problem into a fight.',
    fixable: true,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      'Thanks, you guys in finance have been great testers for the new portal.',
      'Thanks, you guys have been great to work with on the rollout.',
      'The tunnel drops on your side of the VPN, before it reaches our gateway, so let\'s check your router together.',
      'Could you check on your side whether the cable is seated?',
      'Feedback from people like you is how we improved the portal.',
      'Thank you for your kind words about the setup.',
      'Your team will get the new laptops on Monday.',
      'Everything looks healthy on our side; could you try a restart on your end?',
      'We are on your side and will keep at this until it works.',
      'I have copied your manager so your department has the update too.',
      'The people in your office who use the shared printer will get the driver too.',
      'We built the portal for customers like you who work from several sites.',
    ],
    invalid: [
      { text: 'You people need to stop clicking on these links.', fix: 'You need to stop clicking on these links.', flagged: 'You people' },
      { text: 'I keep telling you users the same thing.', fix: 'I keep telling you the same thing.' },
      { text: 'Users like you never read the release notes.', flagged: 'Users like you never' },
      { text: 'You guys always wait until the last minute.', flagged: 'You guys always' },
      { text: 'The problem is on your side, not ours.', flagged: 'The problem is on your side' },
      { text: "It's definitely on your end, our servers are fine." },
      { text: 'We in IT have better things to do than chase passwords.' },
      { text: 'Your department always submits these requests late.' },
      { text: "It's us vs them every time there's an outage." },
      { text: 'Non-technical people like you find this confusing, which is normal.' },
      { text: 'You lot keep breaking the shared drive.', fix: 'You keep breaking the shared drive.' },
      { text: 'Users like you should really leave the defaults alone.', flagged: 'Users like you' },
      { text: 'You guys in sales always break your laptops right before quarter end.', flagged: 'You guys in sales always' },
    ],
  },
});
