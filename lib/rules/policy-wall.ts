/**
 * "Against policy" / "not allowed" / "we don't do that" / "I can't do that" with no way forward.
 * A draft rule: it reads each sentence with its neighbours, because the alternative usually comes
 * right after the "no" ("…against policy. What I can do is…"). Also accepted when the alternative
 * comes just before it — the customer reads both either way. Reports the "no" itself.
 */
import { defineNeighbourRule, type NeighbourPattern, type NeighbourScan } from './draft-scan';
import { inCategory } from './categories';
import { principles } from './principles';

const CANT = String.raw`(?:can['’]?t|cannot|can\s+not|am\s+not\s+able\s+to|['’]m\s+not\s+able\s+to|am\s+unable\s+to|['’]m\s+unable\s+to|am\s+not\s+allowed\s+to|['’]m\s+not\s+allowed\s+to|won['’]t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|am\s+not\s+permitted\s+to|['’]m\s+not\s+permitted\s+to|(?:['’]re|\s+are)\s+(?:not\s+(?:able|allowed|permitted)|unable)\s+to)`;
const WALL_VERBS = String.raw`(?:do\s+(?:that|this|it)|bypass|extend|refund|reinstate|override|make\s+(?:an?\s+)?exceptions?|grant|give\s+(?:you|out)|share|disable|allow|approve|waive|skip|turn\s+off|unblock|whitelist|allowlist|install\s+(?:that|this|it|personal|unapproved|third[- ]party)|change\s+(?:that|this|it)|(?:help|assist)\s+(?:you\s+)?with\s+(?:that|this|personal|private|non-?company|home)|set\s+(?:that|this)\s+up|reset\s+(?:that|it)\s+for\s+you)`;

const PATTERNS: NeighbourPattern[] = [
  { re: /\b(?:against|violates?|in\s+breach\s+of|breaches|breaks|not\s+in\s+line\s+with|outside(?:\s+of)?)\s+(?:our\s+|the\s+|company\s+|corporate\s+|IT\s+|security\s+|data\s+)*(?:policy|policies|rules|guidelines)\b/gi },
  { re: /\b(?:you['’]re|you\s+are|you\s+aren['’]t|that['’]s|that\s+is|this\s+is|it['’]s|it\s+is|that\s+isn['’]t|it\s+isn['’]t|this\s+isn['’]t|that\s+wouldn['’]t\s+be|it\s+wouldn['’]t\s+be)\s+(?:not\s+)?(?:allowed|permitted)\b/gi,
    // "You're allowed to install apps from the Company Portal" is a yes.
    skip: (_text, _start, match) => !/\bnot\b|n['’]t\b/i.test(match) },
  { re: /\b(?:we|IT)\s+(?:don['’]t|do\s+not|can['’]?t|cannot|won['’]t|will\s+not)\s+(?:do\s+(?:that|this|it)|allow|support|permit|offer|provide|make\s+exceptions|give\s+out|install\s+(?:that|this|personal|unapproved)|be\s+doing\s+(?:that|this|it)|do\s+(?:\w+\s+){0,2}?(?:installs?|fixes|exceptions|changes|refunds|visits|callbacks|upgrades|replacements|loans))\b/gi },
  { re: new RegExp(String.raw`\b(?:I|we)\s*${CANT}\s+${WALL_VERBS}`, 'gi') },
  { re: /\b(?:that['’]s|it['’]s|this\s+is)\s+(?:just\s+)?(?:the\s+|our\s+|company\s+)?(?:policy|the\s+rules?)\s*[.!]|\brules\s+are\s+rules\b|\bno\s+exceptions\b|\bthere['’]s\s+nothing\s+(?:more\s+)?(?:I|we)\s+can\s+do\b|\b(?:policy|the\s+rules?)\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t)\s+(?:allow|permit)\b/gi },
  { re: /\b(?:that['’]s|that\s+is|it['’]s|it\s+is|this\s+is|that\s+isn['’]t|it\s+isn['’]t)\s+(?:not\s+)?(?:possible|an\s+option|something\s+(?:we|I|IT|the\s+(?:service|help)\s+desk)\s+(?:can|do|offer|allow))\b(?!\s+to\s+(?:fix|solve|restore|recover|get)\b)/gi,
    // "isn't possible" must be negated: "it's possible to…" is good news.
    skip: (_text, _start, match) => !/\bnot\b|n['’]t\b/i.test(match) },
  // A thing that isn't allowed: "Personal hotspots aren't allowed", "Gaming software is prohibited".
  { re: /\b(?:is|are)(?:\s+not|n['’]t)\s+(?:allowed|permitted|approved)\b|\b(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden|banned)\b/gi,
    // A conditional or question, or a "not yet" / "not without …" that names the way to a yes.
    skip: (text, start, match) =>
      /\b(?:if|whether|unless|in\s+case)\b[^,;.]*$/i.test(text.slice(0, start)) ||
      /\?\s*$/.test(text) ||
      /^\s+(?:(?:to\s+\w+\s+)?(?:[\w'’-]+\s+){0,4}?(?:yet|until|unless|without|before)\b)/i.test(text.slice(start + match.length)) },
  { re: /\b(?:denied|declined|rejected|refused)\s+(?:per|under|due\s+to|because\s+of|in\s+line\s+with)\s+(?:our\s+|the\s+|company\s+|security\s+)*(?:policy|policies|rules)\b/gi },
];

/** Words that follow "I'm …"/"I'll …" without promising anything: "I'm afraid", "I'll be honest", "I'll close this". */
const NOT_AN_OFFER = String.raw`(?:not|never|afraid|sorry|being|seeing|guessing|assuming|hoping|wondering|writing|saying|telling|thinking|worried|worrying|reading|noticing|hearing|feeling|struggling|unable|getting\s+(?:a\s+lot|lots|many|loads)|just\s+(?:saying|checking\s+in)|have\s+to|need\s+to|clos(?:e|ing)|mark(?:ing)?|leav(?:e|ing)|declin(?:e|ing)|refus(?:e|ing)|reject(?:ing)?|deny(?:ing)?|only|assure|be\s+(?:honest|clear|frank|unable|closing)|let\s+you\s+know\s+if\s+(?:that|this|it|anything)\s+changes)\b`;

/** What counts as a way forward: an offer, an alternative, a workaround, a route to approval. */
const ALTERNATIVE: readonly RegExp[] = [
  /\b(?:instead|alternatively|alternative|workaround|in\s+the\s+meantime|meanwhile|what\s+(?:I|we)\s+can\s+do|how\s+about|would\s+(?:it|that|this)\s+work|the\s+good\s+news|an?\s+option|other\s+options?|happy\s+to|glad\s+to|feel\s+free|if\s+you['’]d\s+like|would\s+you\s+like|shall\s+I|do\s+you\s+want\s+me\s+to)\b/i,
  // "…but I can spread it over three invoices": whatever follows, it is an offer.
  /\bbut\s+(?:I|we)\s+(?:can|could|will|['’]ll|am\s+able\s+to|are\s+able\s+to)\s+(?!not\b|only\s+say\b|see\b|understand\b)/i,
  /\b(?:exception\s+(?:request|form|process)|request\s+an?\s+exception|with\s+(?:your\s+)?manager['’]?s?\s+approval|(?:manager|approver|owner)\s+can\s+(?:approve|request|sign))\b/i,
  // An offer of something we could do: "I can set up…", "I've raised…", "we could lend…".
  /\b(?:I|we)(?:\s+(?:can|could|would|have)|['’](?:d|ve))\s+(?!not\b|never\b|understand|see\b|imagine|appreciate|know\b|tell\b|hear\b|assure|only\s+say)(?:\w+\s+){0,2}?(?:set|arrange|request|raise|submit|escalate|get|give|send|offer|provide|create|order|book|install|enable|add|move|share|make|look|try|check|ask|put|recommend|suggest|show|walk|reset|grant|open|configure|switch|lend|loan|extend|schedule|help|assist|assign|fix|restore|copy|transfer|migrate|upgrade|replace|swap|connect|call|email|ping|issu|renew|unlock|exempt|whitelist|allowlist|sent|gave|lent|found|built|bought|brought)\w*\b/i,
  // Any promised action: "I'll assign you a licence", "we're ordering a replacement", "I'm going to…".
  new RegExp(String.raw`\b(?:I|we)(?:\s+will|['’]ll|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+are\s+going\s+to|['’]re\s+going\s+to)\s+(?:\w+ly\s+|now\s+|also\s+|then\s+|still\s+)?(?!${NOT_AN_OFFER})[a-z]{3,}`, 'i'),
  new RegExp(String.raw`\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:\w+ly\s+|now\s+|also\s+|already\s+|just\s+)?(?!${NOT_AN_OFFER})[a-z]+ing\b(?!\s+(?:trouble|issues|problems|the\s+same)\b)`, 'i'),
  // Something the customer can do themselves: "you can use…", "you could request…".
  /\byou\s+(?:can|could|may)\s+(?!not\b)(?:\w+\s+){0,1}?(?:use|request|ask|try|submit|apply|book|borrow|raise|get|access|save|upload|send|share|log|sign|reach|install|download|choose|select|call|update|change|manage|export|find|follow|visit|contact|chat|view|switch|add|cancel|pay|order|keep|return|claim|start|set)\w*\b/i,
  // Someone else who can take it on: "our in-app chat team can walk you through it".
  /\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team|desk|agents?|specialists?)\s+(?:can|could|will|['’]ll)\s+(?!not\b)\w+/i,
  // Turning to what is possible: "That said, the boots are still under warranty — here's how to claim."
  /\b(?:that\s+said|here['’]s\s+how|here\s+is\s+how|the\s+(?:good|better)\s+news)\b/i,
  // Naming what is allowed instead: "…, but Adobe Acrobat does the same job and is approved".
  /\bbut\s+(?:[\w'’-]+\s+){1,10}?(?:is|are)\s+(?:also\s+|already\s+|fully\s+|perfectly\s+)?(?:approved|available|supported|allowed|permitted|fine|ok|okay|on\s+the\s+(?:approved|allowed)\s+list)\b/i,
  // A step they can take: "…aren't allowed to run from email. Save the file to OneDrive first and it opens."
  /(?:^|[.;:—]\s+|\b(?:but|so|instead)\s+)(?:please\s+|just\s+)?(?:save|use|try|upload|send|share|request|book|submit|install|download|click|go\s+to|select|choose|switch|move|copy|store|forward|attach|print|borrow|pick|collect|enter|type|create|plug|ask\s+your\s+manager)\b/i,
  /\bbut\s+(?:[\w'’-]+\s+){1,5}?(?:works?|runs?)\s+(?:with|on|for|fine|well|the\s+same|just\s+as\s+well)\b/i,
  /\b(?:does|do)\s+the\s+same\s+(?:job|thing)\b|\bworks?\s+(?:just\s+)?(?:as\s+well|the\s+same(?:\s+way)?)\b|\b(?:approved|supported|safer|similar)\s+(?:alternative|option|tool|app|replacement|equivalent)\b/i,
];

export function offersAWayForward(text: string): boolean {
  return ALTERNATIVE.some((re) => re.test(text));
}

const WALL_SCAN: NeighbourScan = {
  prefilter: /\b(?:polic|rules|guideline|allowed|permitted|approved|prohibited|forbidden|banned|don['’]t|do not|can['’]?t|cannot|can not|unable|won['’]t|will not|not able|exceptions|nothing|possible|an option|something)/i,
  patterns: PATTERNS,
  remedy: offersAWayForward,
  messageId: 'wall',
  suggestion: 'Say what you can do: "I can\'t bypass corporate security, but how about single sign-on?"',
};

export default defineNeighbourRule({
  meta: {
    id: 'policy-wall',
    ...inCategory('policy-wall'),
    severity: 'suggestion',
    principle: principles.sayWhatYouCan,
    messages: {
      wall: 'A bare "no" leaves them stuck. Say what you can do instead.',
    },
    description:
      'Policy is a reason, not an answer. When you have to say no, say what you can do in the same breath, so the customer leaves with a way forward.',
    fixable: false,
  },
  scan: WALL_SCAN,
  examples: {
    valid: [
      "I can't bypass corporate security, but how about single sign-on? It would save you the extra logins.",
      'Sharing one login is against our policy. What I can do is set up a shared mailbox for the team.',
      "I'm not able to waive the fee entirely, but I can spread it across your next three invoices.",
      "Our payment policy doesn't allow us to take card details by chat, for your safety. You can update the card in your account, or our billing team can walk you through it.",
      "Returns aren't allowed after 30 days, so this one falls just outside. That said, it is still under warranty, and here's how to start a claim.",
      "Personal USB drives aren't allowed on work laptops. Instead, you can save the files to OneDrive and share a link.",
      "We don't support personal printers, but I'll send you the steps to print to the office printer from home.",
      "I'm not able to give you admin rights. I can install the tool for you remotely this afternoon, if that works.",
      "It's not possible to recover mail older than 90 days from the backup. Would it work if I restore everything from the last 90 days?",
      "It's possible to restore the folder from last night's backup, and I've started it.",
      'Local admin access is outside our policy, but your manager can request an exception through the portal and I will fast-track it.',
      "I can't reproduce the error on my machine, so could you send me a screenshot?",
      'The policy changed last week: guest Wi-Fi now needs a daily code, which I have sent to you.',
      "I've set up a shared calendar for the team. Sharing your password isn't allowed, so this keeps everyone's access separate.",
      "I can't allow PDFMagic, because its free installer bundles adware with it, but Adobe Acrobat does the same job and is approved. I'm assigning you a licence now; it'll be ready in the Company Portal within 30 minutes.",
      'Dropbox isn\'t allowed on work laptops, but OneDrive does the same thing and is already installed.',
      "That version of Zoom isn't approved. I'll assign you the current one in the Company Portal.",
      "Personal hotspots aren't permitted on the corporate network. I'm ordering you a 4G dongle today.",
      "Macros aren't allowed to run from email attachments. Save the file to OneDrive first and it will open normally.",
      'Gaming software is prohibited on company devices, but Steam is fine on the guest Wi-Fi from your own laptop.',
      "That's against policy, so I'm escalating it to the security team for an exception review.",
      "You're allowed to install apps from the Company Portal yourself.",
      "Unfortunately we cannot extend the trial licence beyond 30 days, but I can convert it to a monthly licence today at the same price. Shall I go ahead?",
      "The change isn't approved yet; it goes to the change board on Tuesday.",
      'Passwords aren\'t allowed to contain your name, so pick something different.',
      "Guest devices aren't allowed on the staff network without a certificate, which I've just issued to your laptop.",
      'Admin rights aren\'t allowed until your security training is complete, which usually takes a day.',
      "We don't support personal iPads on the corporate Wi-Fi, but the Guest network works with them. I've sent you this week's guest code.",
      'If Zoom isn\'t allowed on your laptop, the web version works just as well.',
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
      { text: "That's against policy.", flagged: 'against policy' },
      { text: "We don't do that, sorry.", flagged: "We don't do that" },
      { text: "That's against policy. I'll close this ticket now.", flagged: 'against policy' },
      { text: "That's not allowed. I'm afraid there's nothing else.", flagged: "That's not allowed" },
      { text: 'Personal hotspots aren\'t allowed.', flagged: "aren't allowed" },
      { text: 'Gaming software is prohibited on company devices.', flagged: 'is prohibited' },
      { text: 'Unfortunately we cannot extend the trial licence beyond 30 days. Kind regards, Lina', flagged: 'we cannot extend' },
      { text: "Personal laptops aren't permitted on the lab network, and that's the same for everyone in the building.", flagged: "aren't permitted" },
      { text: "We're not able to do that.", flagged: "We're not able to do that" },
      { text: 'That request has been denied per policy.', flagged: 'denied per policy' },
      { text: "Sorry, but that's not something IT can do." },
      { text: "I can't bypass MFA for you. I'm telling you, that's how it works." },
    ],
  },
});
