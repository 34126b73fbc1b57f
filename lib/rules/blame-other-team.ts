/**
 * Blaming another team or a vendor in front of the customer ("the dev team broke it", "networking
 * messed up again", "that's Microsoft's fault"). To the customer there is one IT department; pointing
 * at a colleague damages all of it. Stating facts is fine: "the network team is investigating",
 * "Microsoft has confirmed an issue", "a Windows update broke the VPN client".
 */
import { definePhraseRule, isNegated, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

const TEAM_WORDS =
  String.raw`(?:dev(?:elopment|elopers|s)?|engineering|network(?:ing)?|infra(?:structure)?|security|infosec|secops|server|sysadmin|database|dba|desktop|apps?|application|ops|devops|cloud|platform|web|hr|facilities|procurement|finance|telecoms?|telephony|messaging|email|exchange|identity|backend|back-end|qa|release|project|level\s*[123]|tier\s*[123]|l[123]|second[- ]line|third[- ]line|other|offshore|outsourced|night|weekend|previous|morning)`;
const TEAM = String.raw`(?:(?:the|our|that|those|this|your)\s+)?${TEAM_WORDS}\s+(?:team|department|dept|group|guys|folks|people|lot|crew|shift|desk|admins?)`;
const VENDOR = String.raw`(?:Microsoft|Google|Apple|Adobe|Cisco|Dell|HP|Lenovo|Zoom|Salesforce|Oracle|SAP|AWS|Amazon|Okta|ServiceNow|Atlassian|Citrix|VMware|Slack|Workday|Comcast|Verizon|BT|(?:the|our)\s+(?:vendor|supplier|contractor|provider|ISP|carrier|MSP|third[- ]party|outsourcer|landlord))`;
const PERSON = String.raw`(?:the\s+(?:previous|last|other|night|weekend)\s+(?:tech|technician|agent|admin|guy|person|engineer)|whoever\s+(?:set\s+(?:this|it)\s+up|configured\s+(?:this|it)|built\s+(?:this|it)|was\s+on\s+(?:shift|call))|my\s+colleague|networking|security|engineering|development|facilities|procurement)`;
const ACTOR = String.raw`(?:${TEAM}|${VENDOR}|${PERSON})`;
const ADVERBS = String.raw`(?:\s+(?:completely|totally|clearly|obviously|just|again|really|somehow|apparently|always|once\s+again|basically|royally|managed\s+to|went\s+and|have|has|had|['’]ve|['’]s))*`;
const FAILURE = String.raw`(?:broke|broken|break(?:s|ing)?|messed|mess(?:es|ing)?\s+up|screwed|screw(?:s|ing)?\s+up|botched|borked|bungled|dropped\s+the\s+ball|f[*\w]*ed\s+up|fouled\s+up|blew\s+it|blown\s+it|pushed\s+(?:out\s+)?a\s+(?:bad|broken|buggy|faulty)|sat\s+on|(?:has|have)\s+been\s+sitting\s+on|dragged\s+(?:their|its)\s+feet|took\s+(?:their|its)\s+(?:sweet\s+)?time|ignored\s+(?:it|this|our|your|the|my)|never\s+(?:test|tests|tested|tell|tells|told|listen|listens|check|checks|bother|bothers|documented|document|documents|update|updates|updated|answer|answers|answered)|didn['’]t\s+(?:bother|test|tell|check)|forgot\s+to|can['’]t\s+get\s+(?:their|its)\s+act\s+together|(?:is|are|were|was)\s+(?:useless|incompetent|clueless|hopeless|a\s+joke|a\s+mess|to\s+blame|at\s+fault))`;

const PREFILTER = new RegExp(
  String.raw`\b(?:clean(?:ing|ed)?\s+up|mess|team|department|dept|group|guys|folks|people|lot|crew|shift|desk|admins?|vendor|supplier|contractor|provider|ISP|carrier|MSP|party|outsourcer|landlord|tech|technician|agent|guy|person|engineer|whoever|colleague|networking|security|engineering|development|facilities|procurement|Microsoft|Google|Apple|Adobe|Cisco|Dell|HP|Lenovo|Zoom|Salesforce|Oracle|SAP|AWS|Amazon|Okta|ServiceNow|Atlassian|Citrix|VMware|Slack|Workday|Comcast|Verizon|BT)\b`,
  'i',
);

const SUGGESTION = 'Own it as "we": "A change on our side caused this; we\'ve rolled it back."';

const PATTERNS: PhrasePattern[] = [
  {
    re: new RegExp(String.raw`\b${ACTOR}${ADVERBS}\s+${FAILURE}`, 'gi'),
    messageId: 'otherTeam',
    suggestion: SUGGESTION,
    skip: (m, s) => isNegated(s, m, 3),
  },
  {
    re: new RegExp(String.raw`\b(?:it['’]s|that['’]s|this\s+is|it\s+is|that\s+is|this\s+was|it\s+was|that\s+was|all)\s+(?:totally\s+|entirely\s+|completely\s+|all\s+|100%\s+)?${ACTOR}['’]s?\s+(?:fault|mistake|doing|problem|mess|screw-?up)\b`, 'gi'),
    messageId: 'otherTeam',
    suggestion: SUGGESTION,
  },
  {
    re: /\b(?:(?:clean(?:ing|ed)?|tidy(?:ing)?|mopping)\s+up\s+after\s+(?:them|the\s+\w+\s+team|networking|security|the\s+vendor)|fix(?:ing|ed)?\s+(?:their|the\s+\w+\s+team['’]s)\s+mess)\b/gi,
    messageId: 'otherTeam',
    suggestion: SUGGESTION,
  },
  {
    re: new RegExp(String.raw`\b(?:blame|thank)\s+${ACTOR}\b(?:\s+for\s+(?:this|that))?`, 'gi'),
    messageId: 'otherTeam',
    suggestion: SUGGESTION,
    // "thank the network team for the quick fix" is praise.
    skip: (m, s) => /^thank/i.test(m.text) && !/\bfor\s+(?:this|that)\b/i.test(m.text) || /\bdon['’]t\s+$/i.test(s.text.slice(0, m.start)),
  },
];

export default definePhraseRule({
  meta: {
    id: 'blame-other-team',
    ...inCategory('blame'),
    severity: 'warning',
    principle: principles.noVenting,
    messages: {
      otherTeam: 'Blaming another team or vendor in front of the customer hurts us all. Say "we".',
    },
    description:
      'To the customer there is one IT department. Pointing at colleagues or vendors sounds like an excuse and damages the whole department\'s brand; own it as "we" and say what happens next.',
    fixable: false,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      'Procurement is waiting on a quote from the supplier, so I will chase them on Thursday.',
      'The vendor sat down with our network team this morning and found the cause.',
      'The network team is investigating the switch on the third floor.',
      'Microsoft has confirmed an issue with Outlook and is rolling out a fix.',
      'A Windows update broke the VPN client, so I have rolled it back on your laptop.',
      "I've asked the security team to review the blocked attachment.",
      'Our desktop team will swap the docking station tomorrow morning.',
      'The vendor shipped a patch last night and we installed it at 7 AM.',
      'Networking is replacing the faulty access point this afternoon.',
      'Please thank the facilities team for letting us in early.',
      "It's nobody's fault: the certificate simply expired.",
      'The dev team fixed the login bug in this morning\'s release.',
      'Dell is sending a replacement battery, which should arrive Friday.',
    ],
    invalid: [
      { text: 'The dev team broke it again with their last release.', flagged: 'The dev team broke' },
      { text: 'Networking messed up again, sorry.', flagged: 'Networking messed' },
      { text: "That's Microsoft's fault, not ours.", flagged: "That's Microsoft's fault" },
      { text: 'The night shift dropped the ball on your ticket.' },
      { text: 'Honestly the security team never tests anything before they push it.' },
      { text: 'Whoever set this up botched the DNS records.' },
      { text: 'Our provider screwed up the routing, which is why the site is down.' },
      { text: 'The previous tech broke the profile when he migrated it.' },
      { text: 'The vendor pushed a bad update and took out every printer.' },
      { text: 'Blame the infrastructure team for this one.' },
      { text: 'This is all the application team\'s fault.' },
      { text: 'The offshore team is useless, so I have taken your ticket back.' },
      { text: "Procurement sat on your laptop order for two weeks, which is why it's late.", flagged: 'Procurement sat on' },
      { text: 'The vendor took their sweet time with the replacement part.' },
    ],
  },
});
