/**
 * Minimising the problem or the person: "calm down", "relax", "not a big deal", "that's just how it
 * is", "it is what it is", "you're overreacting". None has a safe one-click fix — the sentence needs
 * rethinking — so each comes with a suggestion. Hard negatives: reassurance about effort ("it's not
 * a big deal to fix, I'll do it now", "no big deal if you can't make 3 PM"), things calming down
 * ("once the queue calms down"), and "relax" as a verb about settings ("we relaxed the filter").
 */
import type { RegexSpan, Sentence } from '../engine/rule';
import { definePhraseRule, isNegated, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

const SUGGEST_ACK = 'Acknowledge instead: "I understand this is stopping your work; here\'s what I\'m doing."';

/** "calm down" aimed at a person: imperative, or "you need to / please / just". */
function calmDownAtThings(m: RegexSpan, s: Sentence): boolean {
  const before = s.text.slice(0, m.start);
  if (/^\s*(?:please\s+|just\s+|ok(?:ay)?,?\s+|now,?\s+|look,?\s+|hey,?\s+|sir,?\s+|ma['’]am,?\s+)*$/i.test(before)) return false;
  if (/\b(?:you|you['’]ll|you\s+(?:need|have|should|must|might\s+want)\s+to|try\s+to|please|just|everyone|everybody|folks|guys)\s+$/i.test(before)) return false;
  return true;
}

const PREFILTER =
  /\b(?:whatever|calm|relax|chill|big deal|how it is|the way it is|it is what it is|overreact|dramatic|sensitive|end of the world|worse|first[- ]world|deal with it|live with it|get over|survive|panic|worked up|not that bad|only a|just a|mountain|molehill|making a fuss|fuss|upset over|cry|complain)/i;

const PATTERNS: PhrasePattern[] = [
  {
    re: /\bcalm\s+down\b/gi,
    messageId: 'calmDown',
    suggestion: SUGGEST_ACK,
    skip: calmDownAtThings,
  },
  {
    re: /(?:^\s*|\b(?:just|please|you\s+(?:need|have|should)\s+to|try\s+to)\s+)relax\b(?!\s+(?:the|our|a|this|that|your|those|these|some)\b|\s+and\s+(?:enjoy|have)\b)|\bchill\s+out\b|^\s*chill\b/gi,
    messageId: 'calmDown',
    suggestion: SUGGEST_ACK,
  },
  {
    re: /\b(?:it['’]s|it\s+is|that['’]s|that\s+is|this\s+is|this\s+isn['’]t|it\s+isn['’]t|not|really\s+not|honestly\s+not|no)\s+(?:not\s+|really\s+|honestly\s+)*(?:such\s+)?(?:a\s+)?(?:big|huge)\s+deal\b|\bwhat['’]s\s+the\s+big\s+deal\b/gi,
    messageId: 'minimising',
    suggestion: SUGGEST_ACK,
    // "It's not a big deal to fix" / "no big deal if you can't make it" reassure about effort, not the person.
    skip: (m, s) => /^\s*(?:to\s+\w+|if\b|at\s+all\s+to|for\s+(?:us|me)\b)/i.test(s.text.slice(m.end)) || /\bI\s+know\b|\bI\s+understand\b/i.test(s.text.slice(0, m.start)),
  },
  {
    re: /\b(?:that['’]s|that\s+is|it['’]s|it\s+is)\s+(?:just\s+|simply\s+)?(?:how|the\s+way)\s+(?:it\s+is|things\s+are|it\s+works|it\s+goes|it['’]s\s+always\s+been)\b(?!\s+(?:designed|set\s+up|configured|meant)\b)|\bit\s+is\s+what\s+it\s+is\b/gi,
    messageId: 'thatsHowItIs',
    suggestion: 'Explain why it works this way and what you can do about it.',
    // "that's how it works: the token refreshes every hour" is an explanation, not a shrug.
    skip: (m, s) => /how\s+it\s+works/i.test(m.text) && /^\s*[:—-]|^\s*,?\s*(?:because|since|so)\b/i.test(s.text.slice(m.end)),
  },
  {
    re: /\b(?:you['’]re|you\s+are|you['’]re\s+being|you\s+are\s+being|stop)\s+(?:really\s+|a\s+bit\s+|a\s+little\s+|way\s+|totally\s+)?(?:overreacting|over-reacting|being\s+dramatic|dramatic|too\s+sensitive|so\s+sensitive|making\s+a\s+(?:big\s+)?(?:deal|fuss|mountain\s+out\s+of\s+a\s+molehill)(?:\s+out\s+of\s+(?:this|it|nothing))?|complaining|panicking|whining)\b/gi,
    messageId: 'overreacting',
    suggestion: 'Their reaction is real to them. Acknowledge it: "I can see why this is stressful."',
  },
  {
    re: /\b(?:no\s+need\s+to\s+(?:panic|get\s+(?:so\s+)?(?:upset|worked\s+up|angry)|shout|yell|be\s+(?:so\s+)?(?:upset|dramatic|rude))|deal\s+with\s+it|live\s+with\s+it|get\s+over\s+it|you['’]ll\s+survive|(?:(?:it['’]s|it\s+is|this\s+is|that['’]s|that\s+is)\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not)\s+the\s+end\s+of\s+the\s+world|could\s+(?:be|have\s+been)\s+(?:a\s+lot\s+|much\s+)?worse|first[- ]world\s+problem|(?:it['’]s|it\s+is)\s+not\s+that\s+bad|mountain\s+out\s+of\s+a\s+molehill)\b/gi,
    messageId: 'minimising',
    suggestion: SUGGEST_ACK,
    skip: (m, s) => /could\s+(?:be|have)/i.test(m.text) && isNegated(s, m),
  },
  {
    re: /(?:^|[.!?]\s+)whatever(?=\s*[,.!—-])|\bit\s+works\s+most\s+(?:days|of\s+the\s+time),?\s+(?:so\s+)?whatever\b/gi,
    messageId: 'minimising',
    suggestion: SUGGEST_ACK,
  },
  {
    re: /\b(?:it['’]s|it\s+is|that['’]s|this\s+is)\s+(?:only|just)\s+(?:a|an|one)\s+(?:password|printer|email|small|minor|little|tiny|quick|simple)\b(?:\s+(?:issue|problem|thing|glitch|bug|setting))?/gi,
    messageId: 'minimising',
    suggestion: SUGGEST_ACK,
    // "it's only a quick restart" reassures about the fix, not about their problem.
    skip: (m, s) => /\b(?:quick|simple)\b/i.test(m.text) && !/\b(?:issue|problem|thing)\b/i.test(m.text) || /\bfix|restart|reboot|change|step|form\b/i.test(s.text.slice(m.end, m.end + 20)),
  },
];

export default definePhraseRule({
  meta: {
    id: 'dismissive',
    ...inCategory('dismissive'),
    severity: 'warning',
    principle: principles.patience,
    messages: {
      calmDown: 'Telling someone to calm down rarely calms them. Acknowledge how they feel.',
      minimising: 'This minimises a problem that is blocking them. Acknowledge its impact.',
      thatsHowItIs: 'A shrug leaves them stuck. Explain why, and what you can do.',
      overreacting: 'This dismisses how they feel. Acknowledge it instead.',
    },
    description:
      'The customer is not mad at you; they are blocked. Minimising the problem or their reaction tells them they don\'t matter.',
    fixable: false,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      "It's not a big deal to fix — I'll have it sorted in ten minutes.",
      "No big deal if you can't make the 3 PM slot; pick any time that suits you.",
      'Once the queue calms down after the migration, replies will be faster.',
      'We relaxed the attachment filter so PDFs up to 25 MB now go through.',
      "I know this is a big deal with the audit on Friday.",
      "That's how it works: the token refreshes every hour, so I've shortened the wait for you.",
      "It's only a quick restart, and it should take under two minutes.",
      'Please relax the Wi-Fi policy on the guest network, as approved by Dana.',
      'Take a moment to relax before the training session; the room is booked until 5.',
      'Relax and enjoy the long weekend; the migration is done.',
      'Things could not be worse for you this week, and I am sorry.',
      'It is a known issue and we are working on it right now.',
    ],
    invalid: [
      { text: 'Please calm down, I am looking at it.', flagged: 'calm down' },
      { text: "It's not a big deal, the files are still on the server.", flagged: "It's not a big deal" },
      { text: "That's just how it is with the new system.", flagged: "That's just how it is" },
      { text: "You're overreacting, it happens to everyone.", flagged: "You're overreacting" },
      { text: 'It is what it is, unfortunately.', flagged: 'It is what it is' },
      { text: 'Relax, the backup ran last night.' },
      { text: 'You need to calm down before we can continue.' },
      { text: "It's not the end of the world if the report is a day late." },
      { text: 'No need to panic, the laptop will boot eventually.' },
      { text: "It's just a password reset issue, nothing to worry about." },
      { text: 'Honestly, it could be a lot worse.' },
      { text: "You're making a big deal out of nothing." },
      { text: "A slow laptop isn't the end of the world.", flagged: "isn't the end of the world" },
    ],
  },
});
