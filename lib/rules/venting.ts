/**
 * The agent venting in front of the customer: about the day or the workload ("I've had a terrible
 * day", "everyone's been calling about this all day"), the tools ("this system is garbage", "our
 * tools are useless"), colleagues or management, and other customers. Honest timelines are fine:
 * "we're seeing a high volume of requests, so replies may take until tomorrow" tells them what to
 * expect; "it's been a busy morning, thanks for waiting" is warm, not a complaint.
 */
import { definePhraseRule, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

const BAD = String.raw`(?:terrible|horrible|awful|rough|crazy|insane|hellish|nightmare|miserable|exhausting|brutal|shit(?:ty)?|crap(?:py)?|bloody\s+awful|long\s+and\s+awful|hell\s+of\s+a|never-ending|a\s+nightmare|a\s+disaster)`;
const JUNK = String.raw`(?:garbage|trash|junk|rubbish|crap|useless|worthless|a\s+joke|a\s+nightmare|a\s+disaster|a\s+mess|hopeless|pathetic|terrible|awful|the\s+worst|a\s+pile\s+of\s+\w+|broken\s+as\s+usual|held\s+together\s+with\s+(?:tape|duct\s+tape|string))`;
const TOOL = String.raw`(?:system|systems|tool|tools|software|ticketing(?:\s+system|\s+tool)?|portal|platform|servicenow|jira|zendesk|freshdesk|sharepoint|setup|kit|equipment|hardware|network|infrastructure|laptops?|printers?|vpn|app|apps|database|servers?|CRM|ERP)`;

/** A groan on the customer's behalf: what they are going through, said with them. */
const GROANS_WITH_THEM =
  /\b(?:annoying|frustrating|rotten|horrible|awful|a\s+pain|painful|a\s+faff|unlucky|bad\s+luck|rough)\b[^.!?]{0,40}?\b(?:being|to\s+be|when\s+you|for\s+you|that\s+you|you['’]?re|your)\b|\b(?:I['’]ve\s+got\s+you|sorry\s+(?:about|for|that|you)|poor\s+you)\b/i;

const PREFILTER = new RegExp(
  String.raw`\b(?:day|today|person|half|nobody|no\s+one|hell|chaos|madness|zoo|circus|support|documentation|week|morning|shift|night|swamped|slammed|drowning|overwhelmed|exhausted|burn(?:ed|t)\s+out|fed\s+up|sick\s+of|tired\s+of|hate|calling|called|asking|asked|tickets|time\s+for|paid|only\s+one|garbage|trash|junk|rubbish|crap|useless|worthless|joke|nightmare|disaster|mess|hopeless|pathetic|terrible|awful|worst|stupid|dumb|idiotic|godawful|management|manager|boss|colleague|coworker|co-worker|nobody|no\s+one|ugh|argh|fml|smh|rude|idiots|clueless)\b`,
  'i',
);

const PATTERNS: PhrasePattern[] = [
  {
    re: new RegExp(String.raw`\b(?:I['’]ve|I\s+have|we['’]ve|we\s+have|I['’]m\s+having|we['’]re\s+having|I\s+had|we\s+had)\s+(?:had\s+)?(?:such\s+)?(?:a|an|the)\s+(?:really\s+|absolutely\s+|truly\s+|very\s+)?${BAD}\s+(?:day|week|morning|shift|night|month|afternoon)\b`, 'gi'),
    messageId: 'workload',
  },
  {
    re: new RegExp(String.raw`\b(?:it['’]s|it\s+has|it['’]s\s+been|it\s+has\s+been|this\s+has\s+been|today\s+has\s+been|today['’]s\s+been|this\s+week\s+has\s+been)\s+(?:been\s+)?(?:such\s+)?(?:a|an)\s+(?:really\s+|absolutely\s+)?${BAD}\s+(?:day|week|morning|shift|night|month)\b`, 'gi'),
    messageId: 'workload',
  },
  {
    re: /\b(?:this|the|today|that)\s*(?:week|day|month|morning|shift|afternoon)?\s+(?:is|has\s+been|['’]s\s+been|was)\s+(?:(?:a|an|an\s+absolute|a\s+total|a\s+complete|absolute|total|complete|such\s+a)\s+)?(?:nightmare|hell|chaos|madness|disaster|zoo|circus|shitshow|mess)\s+(?:for\s+(?:us|me)|here|on\s+the\s+desk)\b/gi,
    messageId: 'workload',
  },
  {
    re: /\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:so\s+|really\s+|completely\s+|totally\s+|absolutely\s+|just\s+)?(?:swamped|slammed|drowning|overwhelmed|exhausted|burn(?:ed|t)\s+out|fed\s+up|sick\s+(?:and\s+tired\s+)?of|tired\s+of|done\s+with)\b/gi,
    messageId: 'workload',
  },
  {
    re: /\b(?:everyone|everybody|half\s+(?:of\s+)?(?:the\s+)?[A-Za-z]+|the\s+whole\s+(?:company|building|office|floor|department))(?:['’]s|\s+has|\s+is|\s+have|\s+are)?\s+(?:been\s+)?(?:calling|emailing|asking|complaining|messaging|pinging|ringing)\s+(?:me\s+|us\s+)?(?:about\s+)?(?:the\s+same\s+thing|(?:this|it)\s+(?:all\s+(?:day|morning|week)|non-?stop))\b/gi,
    messageId: 'workload',
  },
  {
    re: /\byou['’]re\s+the\s+(?:\w+th|\d+(?:st|nd|rd|th)|second|third|fifth|tenth|twentieth|hundredth)\s+(?:person|user|one|call|ticket)\s+(?:today|this\s+(?:morning|week)|to\s+(?:ask|call|report))\b/gi,
    messageId: 'otherCustomers',
  },
  {
    re: /\bI\s+(?:have|['’]ve\s+got|got)\s+(?:\d{2,}|a\s+hundred|hundreds\s+of|dozens\s+of|so\s+many|a\s+million|way\s+too\s+many)\s+(?:other\s+)?(?:tickets|calls|requests|people|users)\b|\bI\s+don['’]t\s+have\s+time\s+for\s+(?:this|these|that)\b|\b(?:not|don['’]t\s+get)\s+paid\s+enough\b|\bI['’]m\s+the\s+only\s+one\s+(?:here|in|working|covering|on\s+(?:shift|the\s+desk|the\s+phones|duty)|left|who\s+(?:knows|does|bothers))\b/gi,
    messageId: 'workload',
  },
  {
    re: new RegExp(String.raw`\b(?:this|our|the|these|that|those|their)\s+(?:stupid\s+|old\s+|ancient\s+|damn\s+|bloody\s+)?(?:[a-z]+\s+)?(?:${TOOL}|support|documentation|docs|product|service)\s+(?:is|are|has\s+always\s+been|have\s+always\s+been|is\s+just|are\s+just|is\s+such|are\s+such|is\s+honestly|are\s+honestly|is\s+absolute|are\s+absolute|is\s+complete|are\s+complete|is\s+total|are\s+total)\s+(?:such\s+|complete\s+|total\s+|absolute\s+|utter\s+|honestly\s+|completely\s+|totally\s+|so\s+)?${JUNK}\b`, 'gi'),
    messageId: 'tools',
  },
  {
    re: new RegExp(String.raw`\b(?:stupid|dumb|idiotic|useless|crappy|garbage|godawful|damn|bloody|ridiculous)\s+${TOOL}\b|\bI\s+(?:hate|can['’]t\s+stand|despise|loathe)\s+(?:this|our|the|these)\s+${TOOL}\b`, 'gi'),
    messageId: 'tools',
  },
  {
    re: /\b(?:my|our)\s+(?:colleague|coworker|co-worker|manager|boss|management|team\s+lead|supervisor)s?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:so\s+|completely\s+|totally\s+)?(?:useless|lazy|clueless|incompetent|hopeless|a\s+joke|an\s+idiot|idiots|impossible)\b|\bmanagement\s+(?:never|doesn['’]t|don['’]t|won['’]t)\s+(?:listens?|cares?|care|listen|give\s+us)\b|\b(?:nobody|no\s+one)\s+(?:here|on\s+our\s+(?:side|team|end)|in\s+this\s+(?:place|department|team))\s+(?:knows|cares|listens|bothers|wants\s+to\s+touch)\b/gi,
    messageId: 'colleagues',
  },
  {
    re: /\b(?:other|some|most|these|half\s+the)\s+(?:users|customers|people|callers|employees)\s+(?:are|have\s+been|were)\s+(?:so\s+|really\s+|just\s+|complete\s+|total\s+)?(?:rude|stupid|idiots|clueless|annoying|impossible|useless|morons|a\s+nightmare|hopeless)\b/gi,
    messageId: 'otherCustomers',
  },
  {
    re: /(?:^|[\s(*])(?:ugh+|argh+|FML|smh|\*sigh\*)(?=[\s,.!)*]|$)/gi,
    messageId: 'workload',
    // "Ugh, so annoying being locked out before a call" groans with the customer, not about our day.
    skip: (_m, s) => GROANS_WITH_THEM.test(s.text),
  },
];

const SUGGESTION = 'Leave it out of the reply; tell them what happens next instead.';
for (const p of PATTERNS) p.suggestion = SUGGESTION;

export default definePhraseRule({
  meta: {
    id: 'venting',
    ...inCategory('venting'),
    severity: 'warning',
    principle: principles.noVenting,
    messages: {
      workload: 'Venting about your day puts your stress on the customer. Leave it out.',
      tools: 'Running down our tools in front of a customer hurts trust in IT. Leave it out.',
      colleagues: 'Venting about colleagues in front of a customer hurts the department. Leave it out.',
      otherCustomers: 'Complaining about other customers makes this one wonder what you say about them.',
    },
    description:
      'Venting to a customer about workload, tools, colleagues or other customers damages the whole department\'s brand and puts your stress on someone who came to you blocked.',
    fixable: false,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      "We're seeing a high volume of requests today, so replies may take until tomorrow morning.",
      "It's been a busy morning, so thank you for waiting.",
      'I hope you have a great day!',
      'The old VPN client is being retired on Friday, so I have sent you the new one.',
      'Sorry you had such a rough day with the laptop.',
      'This tool is new to many people, so here is a short guide.',
      'The printer on the third floor is out of toner; a replacement is on its way.',
      'I have your ticket and I am working on it now.',
      "Several people have reported the same error this morning, so we've opened an incident.",
      'You were right that the portal was slow; it is back to normal now.',
      'Our team lead has approved the request.',
      'ugh thats so annoying being locked out right before a call, unlocked now, try again',
      "Ugh, new phone day is always a bit of a faff with MFA, but I've got you: check your email for the link.",
    ],
    invalid: [
      { text: "I've had a terrible day, so sorry for the slow reply.", flagged: "I've had a terrible day" },
      { text: 'Honestly this system is garbage.', flagged: 'this system is garbage' },
      { text: "Everyone's been calling about this all day." },
      { text: 'Our tools are useless, so I cannot see your mailbox.', flagged: 'Our tools are useless' },
      { text: "I'm so swamped right now, I'll get to it when I can." },
      { text: "You're the fifth person today to ask about this." },
      { text: 'I have 40 other tickets in my queue.' },
      { text: 'This stupid ticketing system lost your attachment.' },
      { text: 'My colleague is clueless about printers, so I took it over.' },
      { text: 'Other users have been so rude today.' },
      { text: "Ugh, the portal is down again." },
      { text: 'Ugh, this printer is so annoying for everyone.', flagged: 'Ugh' },
      { text: "It's been a nightmare week with this migration." },
      { text: "Management never listens when we ask for better laptops." },
      { text: "Sorry for the delay, I'm the only one on the desk today.", flagged: "I'm the only one on the desk" },
    ],
  },
});
