/**
 * "Against policy" / "not allowed" / "we don't do that" / "I can't do that" with no way forward.
 * A draft rule: it reads each sentence with its neighbours, because the alternative usually comes
 * right after the "no" ("…against policy. What I can do is…"). Also accepted when the alternative
 * comes just before it — the customer reads both either way. Reports the "no" itself.
 */
import { defineRule } from '../engine/rule';
import { scanWithNeighbours, type NeighbourPattern } from './draft-scan';
import { principles } from './principles';

const CANT = String.raw`(?:can['’]?t|cannot|can\s+not|am\s+not\s+able\s+to|['’]m\s+not\s+able\s+to|am\s+unable\s+to|['’]m\s+unable\s+to|am\s+not\s+allowed\s+to|['’]m\s+not\s+allowed\s+to|won['’]t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|am\s+not\s+permitted\s+to|['’]m\s+not\s+permitted\s+to)`;
const WALL_VERBS = String.raw`(?:do\s+(?:that|this|it)|bypass|override|make\s+(?:an?\s+)?exceptions?|grant|give\s+(?:you|out)|share|disable|allow|approve|waive|skip|turn\s+off|unblock|whitelist|allowlist|install\s+(?:that|this|it)|change\s+(?:that|this|it)|help\s+(?:you\s+)?with\s+(?:that|this)|assist\s+(?:you\s+)?with\s+(?:that|this)|set\s+(?:that|this)\s+up|reset\s+(?:that|it)\s+for\s+you)`;

const PATTERNS: NeighbourPattern[] = [
  { re: /\b(?:against|violates?|in\s+breach\s+of|breaches|breaks|not\s+in\s+line\s+with|outside(?:\s+of)?)\s+(?:our\s+|the\s+|company\s+|corporate\s+|IT\s+|security\s+|data\s+)*(?:policy|policies|rules|guidelines)\b/gi },
  { re: /\b(?:you['’]re|you\s+are|you\s+aren['’]t|that['’]s|that\s+is|this\s+is|it['’]s|it\s+is|that\s+isn['’]t|it\s+isn['’]t|this\s+isn['’]t|that\s+wouldn['’]t\s+be|it\s+wouldn['’]t\s+be)\s+(?:not\s+)?(?:allowed|permitted)\b/gi },
  { re: /\b(?:we|IT)\s+(?:don['’]t|do\s+not|can['’]?t|cannot|won['’]t|will\s+not)\s+(?:do\s+(?:that|this|it)|allow|support|permit|offer|provide|make\s+exceptions|give\s+out|install\s+(?:that|this|personal|unapproved)|do\s+(?:\w+\s+){0,2}?(?:installs?|fixes|exceptions|changes|refunds|visits|callbacks|upgrades|replacements|loans))\b/gi },
  { re: new RegExp(String.raw`\b(?:I|we)\s*${CANT}\s+${WALL_VERBS}`, 'gi') },
  { re: /\b(?:that['’]s|it['’]s|this\s+is)\s+(?:just\s+)?(?:the\s+|our\s+|company\s+)?(?:policy|the\s+rules?)\s*[.!]|\brules\s+are\s+rules\b|\bno\s+exceptions\b|\bthere['’]s\s+nothing\s+(?:more\s+)?(?:I|we)\s+can\s+do\b|\b(?:policy|the\s+rules?)\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t)\s+(?:allow|permit)\b/gi },
  { re: /\b(?:that['’]s|that\s+is|it['’]s|it\s+is|this\s+is|that\s+isn['’]t|it\s+isn['’]t)\s+(?:not\s+)?(?:possible|an\s+option|something\s+(?:we|I)\s+(?:can|do|offer|allow))\b(?!\s+to\s+(?:fix|solve|restore|recover|get)\b)/gi,
    // "isn't possible" must be negated: "it's possible to…" is good news.
    skip: (_text, _start, match) => !/\bnot\b|n['’]t\b/i.test(match) },
];

/** What counts as a way forward: an offer, an alternative, a workaround, a route to approval. */
const ALTERNATIVE =
  /\b(?:instead|alternatively|alternative|workaround|in\s+the\s+meantime|meanwhile|what\s+(?:I|we)\s+can\s+do|how\s+about|would\s+(?:it|that|this)\s+work|the\s+good\s+news|an?\s+option|other\s+options?|happy\s+to|glad\s+to|feel\s+free|if\s+you['’]d\s+like|would\s+you\s+like|shall\s+I|do\s+you\s+want\s+me\s+to|exception\s+(?:request|form|process)|request\s+an?\s+exception|with\s+(?:your\s+)?manager['’]?s?\s+approval|(?:manager|approver|owner)\s+can\s+(?:approve|request|sign)|(?:I|we)(?:\s+(?:can|could|will|would|have|am\s+going\s+to)|['’](?:ll|d|ve|m\s+going\s+to))\s+(?!not\b|never\b|understand|see\b|imagine|appreciate|know\b|tell\b|hear\b|assure|only\s+say)(?:\w+\s+){0,2}?(?:set|arrange|request|raise|submit|escalate|get|give|send|offer|provide|create|order|book|install|enable|add|move|share|make|look|try|check|ask|put|recommend|suggest|show|walk|reset|grant|open|configure|switch|lend|loan|extend|schedule|help|assist)\w*|you\s+(?:can|could|may)\s+(?!not\b)(?:\w+\s+){0,1}?(?:use|request|ask|try|submit|apply|book|borrow|raise|get|access|save|upload|send|share|log|sign|reach|install|download|choose|select|call)\w*)\b/i;

export default defineRule({
  scope: 'draft',
  meta: {
    id: 'policy-wall',
    category: 'policy-wall',
    severity: 'suggestion',
    principle: principles.sayWhatYouCan,
    messages: {
      wall: 'A bare "no" leaves them stuck. Say what you can do instead.',
    },
    description:
      'Policy is a reason, not an answer. When you have to say no, say what you can do in the same breath, so the customer leaves with a way forward.',
    fixable: false,
    audience: 'customer',
  },
  check(draft, ctx) {
    scanWithNeighbours(draft, ctx, {
      prefilter: /\b(?:polic|rules|guideline|allowed|permitted|don['’]t|do not|can['’]?t|cannot|can not|unable|won['’]t|will not|not able|exceptions|nothing|possible|an option|something)/i,
      patterns: PATTERNS,
      remedy: ALTERNATIVE,
      messageId: 'wall',
      suggestion: 'Say what you can do: "I can\'t bypass corporate security, but how about single sign-on?"',
    });
  },
  examples: {
    valid: [
      "I can't bypass corporate security, but how about single sign-on? It would save you the extra logins.",
      'Sharing one login is against our policy. What I can do is set up a shared mailbox for the team.',
      "Personal USB drives aren't allowed on work laptops. Instead, you can save the files to OneDrive and share a link.",
      "We don't support personal printers, but I'll send you the steps to print to the office printer from home.",
      "I'm not able to give you admin rights. I can install the tool for you remotely this afternoon, if that works.",
      "It's not possible to recover mail older than 90 days from the backup. Would it work if I restore everything from the last 90 days?",
      "It's possible to restore the folder from last night's backup, and I've started it.",
      'Local admin access is outside our policy, but your manager can request an exception through the portal and I will fast-track it.',
      "I can't reproduce the error on my machine, so could you send me a screenshot?",
      'The policy changed last week: guest Wi-Fi now needs a daily code, which I have sent to you.',
      "I've set up a shared calendar for the team. Sharing your password isn't allowed, so this keeps everyone's access separate.",
    ],
    invalid: [
      { text: "Sorry, that's against policy.", flagged: 'against policy' },
      { text: "You're not allowed to install software on your laptop.", flagged: "You're not allowed" },
      { text: "We don't do that. Please let me know if there is anything else.", flagged: "We don't do that" },
      { text: "I can't do that, sorry.", flagged: "I can't do that" },
      { text: "I'm unable to grant admin rights. Let me know if you have questions." },
      { text: 'Unfortunately this is not possible.' },
      { text: "Rules are rules, I'm afraid." },
      { text: 'Sorry, no exceptions. The deadline for equipment requests has passed.' },
      { text: "We can't make exceptions for personal devices. I understand this is frustrating." },
      { text: "There's nothing I can do about the mailbox size limit." },
      { text: 'Installing Dropbox violates company policy.' },
      { text: "We don't do remote installs for contractors." },
    ],
  },
});
