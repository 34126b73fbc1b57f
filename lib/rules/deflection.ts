/**
 * Handing the customer off without ownership: "not my department", "you'll have to contact HR",
 * "open another ticket", "that's not something we handle". A draft rule, like policy-wall: a
 * hand-off is fine when it is warm — we forward it, loop them in, or open the ticket ourselves —
 * in the same, next or previous sentence.
 */
import { defineNeighbourRule, type NeighbourPattern, type NeighbourScan } from './draft-scan';
import { inCategory } from './categories';
import { principles } from './principles';

const OTHER_OWNERS = String.raw`(?:HR|facilities|network(?:ing)?|security|vendor|finance|payroll|procurement|telecoms?|legal|billing|accounts|purchasing|hardware|software|desktop|application|Microsoft|Google|Apple|Adobe)`;

const PATTERNS: NeighbourPattern[] = [
  { re: /\bnot\s+(?:my|our)\s+(?:department|job|problem|area|responsibility|team|remit|concern|call|issue|wheelhouse|area\s+of\s+expertise)\b|\bnothing\s+to\s+do\s+with\s+(?:me|us|IT|our\s+team)\b|\babove\s+my\s+pay\s+grade\b/gi },
  { re: /\b(?:(?:that['’]s|that\s+is|it['’]s|it\s+is|this\s+is|this\s+isn['’]t|that\s+isn['’]t)\s+not|isn['’]t|aren['’]t|are\s+not)\s+something\s+(?:we|I|IT|our\s+team)\s+(?:handles?|supports?|deals?\s+with|covers?|do|does|looks?\s+after|takes?\s+care\s+of|works?\s+on)\b|\b(?:we|IT)\s+(?:don['’]t|do\s+not)\s+(?:handle|deal\s+with|cover|look\s+after|take\s+care\s+of)\s+(?:that|this|those|these)\b/gi },
  { re: new RegExp(String.raw`\b(?:that['’]s|that\s+is|this\s+is|it['’]s|it\s+is)\s+(?:an?\s+)?${OTHER_OWNERS}\s+(?:issue|problem|thing|question|matter)\b`, 'gi') },
  {
    re: /\b(?:you['’]ll|you\s+will|you|you['’]d)\s+(?:have|need|want|got)\s+to\s+(?:contact|call|email|e-mail|reach\s+out\s+to|ask|talk\s+to|speak\s+(?:to|with)|go\s+(?:to|through)|take\s+(?:it|this|that)\s+up\s+with|open|raise|submit|log|create|file|check\s+with)\b/gi,
  },
  {
    re: /\b(?:please\s+)?(?:open|raise|submit|log|create|file)\s+(?:another|a\s+new|a\s+separate|a\s+different|new|separate|a\s+second)\s+(?:ticket|request|case|incident)\b/gi,
    // "I've opened a separate ticket for you" / "I'll raise a new request" is the warm version.
    // Reported speech ("the advice to open another ticket was wrong", "you were told to open…") is
    // not an instruction; only "you need/have to…" or an imperative is.
    skip: (text, start) => {
      const before = text.slice(0, start);
      if (/\b(?:I|we)(?:['’](?:ve|ll|m)|\s+(?:have|will|am|just|already|can|could))*\s*(?:just\s+|already\s+|gone\s+ahead\s+and\s+)?$/i.test(before)) return true;
      return /\bto\s+$/i.test(before) && !/\b(?:need|needs|have|has|want|got)\s+to\s+$/i.test(before);
    },
  },
  { re: /\byou['’]ll\s+(?:have|need)\s+to\s+do\s+(?:it|this|that)\s+yourself\b|\btake\s+(?:it|this|that)\s+up\s+with\b|\btry\s+(?:calling|contacting|asking|emailing)\s+(?:someone\s+else|another\s+team|the\s+vendor|them)\b|\bI\s+(?:just|only)\s+work\s+here\b/gi },
  // "That's a question for the vendor, not us" (but "a question for HR, so I've forwarded it" is warm).
  { re: new RegExp(String.raw`\b(?:that['’]s|that\s+is|this\s+is|it['’]s)\s+(?:a\s+|really\s+a\s+)?(?:question|one|matter)\s+for\s+(?:someone\s+else|another\s+team|them|(?:the|your)\s+(?:vendor|supplier|manufacturer|carrier|provider|landlord|bank)|(?:the\s+)?${OTHER_OWNERS}(?:\s+team)?)\b`, 'gi') },
];

/** A warm hand-off: we pass it on, loop them in, or stay with it. */
const WARM =
  /\b(?:(?:I|we)(?:['’](?:ve|ll|m)|\s+(?:have|will|am|already|just|can|could)|\s+gone\s+ahead\s+and)*\s*(?:already\s+|just\s+|also\s+|gone\s+ahead\s+and\s+)?(?:forward|pass|transfer|escalat|loop|cc|copied|copy|copying|attach|reassign|rout|assign|introduc|connect|contact|reach|reached|spoke|speak|spoken|let\s+them\s+know|hand(?:ed|ing)?\s+(?:(?:it|this|that|you|them|your\s+\w+)\s+)?(?:over|off|on|to)\b|open|opened|raise|raised|log|logged|creat|file|filed|put\s+you\s+in\s+touch|sen[dt]\s+(?:them|it|your)|ask(?:ed)?\s+(?:them|HR|facilities|the)|call(?:ed)?\s+(?:them|HR|facilities)|book(?:ed)?|set\s+up|arrange|follow)\w*|on\s+your\s+behalf|(?:I|we)['’]d\s+like\s+to\s+(?:follow|look|check|pass|raise|sort|fix|get)|(?:they|someone\s+from\s+\w+)(?:['’]ll|\s+will)\s+(?:be\s+in\s+touch|contact\s+you|reach\s+out|call\s+you|get\s+back\s+to\s+you)|(?:they|their\s+team)\s+(?:already\s+)?(?:ha(?:ve|s)|['’]ve\s+got)\s+(?:all\s+)?(?:the|your)\s+details|(?:we|I)(?:['’](?:re|m)|\s+(?:are|am))\s+(?:already\s+)?(?:fixing|working\s+on|looking\s+into|investigating|handling|on\s+it)|on\s+our\s+(?:side|end)|I['’]ll\s+(?:stay|keep)\s+(?:on|with)|keep\s+(?:this|your)\s+ticket\s+open|with\s+(?:the|your)\s+ticket\s+(?:details|number)\s+(?:included|attached))\b/i;

export function ownsTheHandoff(text: string): boolean {
  return WARM.test(text);
}

/**
 * A link given with the handoff ("please contact our phone support: <link>", "click on this link"):
 * the customer is pointed somewhere definite, which is what a deflection lacks. The checker blanks
 * links out of the agent's text (a gap of spaces) and tells the coach's context about them with a
 * closing `<link>`; a gap at the end of a sentence counts too.
 */
const GIVES_A_LINK = /<link>|\b(?:this|the|following|below|that)\s+link\b|\bclick(?:ing)?\s+(?:on\s+)?(?:the|this|here)\b|\bopen\s+link\b|\b(?:here|below)\s*:|https?:\/\/|\S\s{3,}\S*[\s.!?]*$/i;

export function givesALink(text: string): boolean {
  return GIVES_A_LINK.test(text);
}

const DEFLECTION_SCAN: NeighbourScan = {
  prefilter: /\b(?:not\s+(?:my|our|something)|something\s+(?:we|I|IT|our)|nothing\s+to\s+do|pay\s+grade|don['’]t\s+(?:handle|deal|cover|look|take)|do\s+not|issue|problem|thing|question|matter|have\s+to|need\s+to|want\s+to|got\s+to|another|new|separate|different|second|take\s+(?:it|this|that)\s+up|try\s+(?:calling|contacting|asking|emailing)|work\s+here|one\s+for)\b/i,
  patterns: PATTERNS,
  remedy: (text) => ownsTheHandoff(text) || givesALink(text),
  messageId: 'deflect',
  suggestion: 'Own the hand-off: "I\'ve passed this to HR with your details; they\'ll contact you by Friday."',
};

export default defineNeighbourRule({
  meta: {
    id: 'deflection',
    ...inCategory('deflection'),
    severity: 'suggestion',
    principle: principles.dignity,
    messages: {
      deflect: 'This hands them off without ownership. Pass it on yourself and say so.',
    },
    description:
      'A cold hand-off sends a blocked customer back to the start. If another team owns it, pass it on yourself, tell them who has it, and stay with them until it is solved.',
    fixable: false,
  },
  scan: DEFLECTION_SCAN,
  examples: {
    valid: [
      "That's a question for HR, so I've forwarded your email to them and copied you in.",
      "You'll need to contact your regional support team to arrange the repair. You can reach them here: https://support.example.com/contact",
      "You'll need to contact your bank to dispute the charge, and I've attached our transaction reference to make that quick.",
      "That's really one for the store manager. We'd like to follow this up with them properly, so could you DM us the store and time?",
      "Payroll questions sit with HR, so I've forwarded your ticket to them with all the details.",
      "That's not something we handle in IT, but I've passed it to Facilities and copied you in.",
      "You'll need to contact the vendor for a warranty claim. I've already emailed them on your behalf, so you're copied.",
      "I've opened a separate ticket for the monitor so the laptop fix isn't held up.",
      "This is a billing question, so I've looped in our accounts team; they'll get back to you today.",
      'You will need to restart once the update finishes, which takes about five minutes.',
      "You'll need to sign in again after the password change.",
      "Payroll questions aren't something we handle in IT, so I've handed your ticket over to the payroll team.",
      'Is this a new problem, or the same one as last week?',
      'This is a network issue on our side, and we are fixing it now.',
      'Could you open the Company Portal app and tap Sync?',
      "I'll raise a new request for the second monitor so you don't have to.",
      "No, you don't need to open another ticket; I'll keep this one open.",
      'The advice to open another ticket was wrong, and I have merged the two.',
    ],
    invalid: [
      { text: "Sorry, that's not my department.", flagged: 'not my department' },
      { text: 'Please open another ticket for the printer issue.', flagged: 'Please open another ticket' },
      { text: "That's not my problem, the vendor supplied that laptop.", flagged: 'not my problem' },
      { text: "You'll have to contact HR about that.", flagged: "You'll have to contact" },
      { text: "That's not something we handle.", flagged: "That's not something we handle" },
      { text: "That's an HR issue. Thanks for reaching out." },
      { text: 'You need to call the vendor directly for this.' },
      { text: "That's above my pay grade, I'm afraid." },
      { text: 'We do not deal with that. Let me know if anything else comes up.' },
      { text: 'Try contacting someone else about the door badge.' },
      { text: 'You should take this up with your manager. Have a good day.' },
      { text: "The certificate isn't something I can push, so you'll have to do it yourself." },
      { text: "That's a question for the vendor, not us. Their number is on the invoice.", flagged: "That's a question for the vendor" },
      { text: "Sorry, printer toner isn't something IT looks after.", flagged: "isn't something IT looks after" },
      { text: "Payroll questions aren't something we handle. You'll need to email payroll directly.", flagged: ["aren't something we handle", "You'll need to email"] },
    ],
  },
});
