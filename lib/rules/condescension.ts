/**
 * Talking down to the customer: "obviously", "as anyone knows", "did you even try", "it's not rocket
 * science", "like I said", "clearly you didn't". Hard negatives: empathy that uses the same words
 * ("this is obviously frustrating", "obviously we want this fixed too"), praise ("you clearly
 * explained the issue") and plain instructions ("please clearly label the box").
 */
import type { RegexSpan, Sentence } from '../engine/rule';
import { definePhraseRule, deleteMatch, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

/** "Obviously" next to words like these is empathy, not a put-down: "obviously frustrating". */
const EMPATHY_NEAR = /^[\s,]*(?:[\w-]+\s+){0,4}?(?:frustrat\w*|matters?\b|annoying|disruptive|inconvenient|stressful|upsetting|worrying|not ideal|not (?:what|the experience|good enough|acceptable|okay|ok)|important|urgent|a priority|unacceptable|serious|our fault|on us|sorry)/i;
const ABOUT_US = /^[\s,]*(?:we|I|I['’]m|I['’]ve|I['’]ll|we['’]re|we['’]ve|we['’]ll|our|us)\b/i;

function obviouslyIsEmpathyOrAboutUs(m: RegexSpan, s: Sentence): boolean {
  const after = s.text.slice(m.end);
  return EMPATHY_NEAR.test(after) || ABOUT_US.test(after) || /\b(?:sorry|apologi[sz]e)/i.test(s.text);
}

const PREFILTER =
  /\b(?:obviously|clearly|plainly|literally|front of you|simple|easy|trivial|anyone|everyone|everybody|even|rocket|brain|like I|as I said|child|kid|toddler|grandma|grandmother|idiot|monkey|common sense|self-explanatory|RTFM|manual|slowly|keep up|surely|you do know|basic|google it|due respect|any clearer|simple enough|not that (?:hard|difficult|complicated))/i;

/** "Like I said, the VPN…" → "The VPN…": delete the lead-in and capitalise what follows. */
function capitaliseAfterLeadIn(m: RegexSpan, s: Sentence): { start: number; end: number; replacement: string } {
  const next = /^[A-Za-z]/.exec(s.text.slice(m.end))?.[0] ?? '';
  if (!next) return { start: m.start, end: m.end, replacement: '' };
  return { start: m.start, end: m.end + 1, replacement: next.toUpperCase() };
}
const PATTERNS: PhrasePattern[] = [
  {
    re: /\bclearly,?\s+you\b|\byou\s+clearly\s+(?:didn['’]t|don['’]t|haven['’]t|weren['’]t|aren['’]t|can['’]t|did\s+not|do\s+not|have\s+not|misunderstood|missed|ignored|skipped|forgot|never)\b/gi,
    messageId: 'clearlyYou',
    suggestion: 'Describe what you see: "It looks like step 2 didn\'t complete."',
  },
  {
    re: /\bobviously\b/gi,
    messageId: 'obviously',
    skip: obviouslyIsEmpathyOrAboutUs,
    fix: deleteMatch,
  },
  {
    re: /\b(?:as\s+)?(?:any|every)(?:one|body)\s+(?:knows|should\s+know|can\s+see|could\s+tell\s+you)\b|\bas\s+(?:we|you)\s+all\s+know\b/gi,
    messageId: 'everyoneKnows',
    suggestion: 'Drop it and give the information plainly.',
    // "Everyone knows their own password expiry date?" is rare; "anyone knows why" is curiosity.
    skip: (m, s) => /\bwhy\b|\bif\b/i.test(s.text.slice(m.end, m.end + 6)),
  },
  {
    re: /\bdid\s+you\s+(?:even|actually|ever)\s+(?:try|read|look|check|bother|restart|reboot|open|think|follow|listen)\b|\bhave\s+you\s+even\s+(?:tried|read|looked|checked|bothered|restarted)\b/gi,
    messageId: 'didYouEven',
    suggestion: 'Ask neutrally: "Could you tell me what you\'ve tried so far?"',
  },
  {
    re: /\b(?:it['’]s|it\s+is|this\s+is|this\s+isn['’]t|that['’]s|that\s+is|it\s+isn['’]t)\s+(?:not\s+)?(?:exactly\s+)?(?:rocket\s+science|brain\s+surgery)\b|\bnot\s+(?:exactly\s+)?(?:rocket\s+science|brain\s+surgery)\b/gi,
    messageId: 'rocketScience',
    suggestion: 'Drop it: if they\'re stuck, it wasn\'t easy for them.',
  },
  {
    re: /\b(?:it['’]s|it\s+is|this\s+is|that['’]s|that\s+is)\s+(?:really\s+)?not\s+that\s+(?:hard|difficult|complicated)\b|\bsimple\s+enough\s+(?:for\s+anyone|that\s+anyone)\b/gi,
    messageId: 'rocketScience',
    suggestion: 'Drop it: if they\'re stuck, it wasn\'t easy for them.',
  },
  {
    // "It's a simple setting, anyone can change it" (but "anyone can book the room" is information).
    re: /\b(?:simple|easy|basic|trivial)\b[^.!?]{0,40}?\b(?:any|every)(?:one|body)\s+(?:can|could)\s+(?:do|change|fix|set|manage|figure|work\s+out|follow)\b/gi,
    messageId: 'rocketScience',
    suggestion: 'Drop it: if they\'re stuck, it wasn\'t easy for them.',
  },
  {
    re: /^\s*(?:like|as)\s+I\s+(?:said|mentioned|told\s+you)(?:\s+(?:before|earlier|already))?\s*,\s*/gi,
    messageId: 'likeISaid',
    fix: capitaliseAfterLeadIn,
  },
  {
    re: /\blike\s+I\s+(?:said|told\s+you)\b(?:\s+(?:before|earlier|already))?/gi,
    messageId: 'likeISaid',
    suggestion: 'Drop it and simply restate the point.',
  },
  {
    re: /\beven\s+(?:a|my)\s+(?:child|kid|toddler|grandma|grandmother|five[- ]year[- ]old|5[- ]year[- ]old|monkey)\s+(?:could|can)\b|\bany\s+idiot\b|\bidiot[- ]proof\b/gi,
    messageId: 'ridicule',
    suggestion: 'Remove it: the customer should never feel ridiculed.',
  },
  {
    re: /\b(?:(?:it['’]s|it\s+is|that['’]s|this\s+is)\s+(?:just\s+)?common\s+sense|self-explanatory|RTFM|read\s+the\s+(?:f\w*\s+)?manual|google\s+it|let\s+me\s+(?:explain|say|go\s+through)\s+(?:this|it)\s+(?:slowly|again\s+slowly|one\s+more\s+time)|try\s+to\s+keep\s+up|surely\s+you\s+(?:know|can|understand|realise|realize)|you\s+do\s+know\s+(?:how|that|what)|I['’]m\s+sure\s+even\s+you|with\s+all\s+due\s+respect|(?:I\s+don['’]t\s+know|not\s+sure)\s+how\s+to\s+make\s+(?:this|it)\s+any\s+clearer|basic\s+(?:stuff|computer\s+skills|computer\s+literacy))\b/gi,
    messageId: 'talkingDown',
    suggestion: 'Remove it and explain the step as you would to a colleague.',
  },
  {
    // "The reset link is literally on the login page", "it's right in front of you", "the guide clearly says".
    re: /\b(?:is|are|was|were|it['’]s|they['’]re|that['’]s)\s+literally\s+(?:right\s+)?(?:there|here|on|in|at|under|next\s+to|the\s+(?:first|top|only|big)|written|in\s+front)\b|\bright\s+in\s+front\s+of\s+you\b|\b(?:guide|instructions|manual|article|email|message|FAQ|README|notice)\s+(?:clearly|plainly)\s+(?:says|said|states|stated|explains|explained|tells\s+you|told\s+you|shows)\b/gi,
    messageId: 'talkingDown',
    suggestion: 'Point to it kindly: "You\'ll find the reset link under the sign-in box."',
  },
];


export default definePhraseRule({
  meta: {
    id: 'condescension',
    ...inCategory('condescension'),
    severity: 'warning',
    principle: principles.serve,
    messages: {
      obviously: '"Obviously" tells them they should have known. Drop it.',
      clearlyYou: '"Clearly you…" talks down to them. Describe what you see instead.',
      everyoneKnows: '"Everyone knows" implies they should. Just give the information.',
      didYouEven: '"Did you even…" reads as ridicule. Ask what they have tried.',
      rocketScience: 'Calling it easy makes a stuck customer feel small. Drop it.',
      likeISaid: '"Like I said" sounds impatient. Just restate the point.',
      ridicule: 'This ridicules the customer. Remove it.',
      talkingDown: 'This talks down to the customer. Explain it as you would to a colleague.',
    },
    description:
      'IT serves. Words that imply the customer should have known, or that the task is trivial, humiliate the person we are there to serve.',
    fixable: true,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      'This is obviously frustrating when you have a deadline today.',
      'Obviously the scan-to-email deadline matters for your submission, so I have moved your ticket up.',
      'Obviously we want this fixed as much as you do.',
      'You clearly explained the issue, thank you — that saved a lot of time.',
      'Please clearly label the box with your name before you drop it off.',
      'Does anyone know the asset tag? If not, no problem.',
      'Did you get a chance to try the new link?',
      'As I mentioned on the phone, the replacement arrives Friday.',
      'I said I would call at 3 PM, and I will.',
      'The error message is clear about the cause: the certificate has expired.',
      'Our guide on basic troubleshooting steps is linked below.',
      'Obviously this is not the experience we want you to have.',
      'I literally just pushed the fix, so give it two minutes and try again.',
      'The room calendar is shared, so anyone can book it from Outlook.',
      'It should be an easy fix: I will swap the cable when I am on your floor at 2 PM.',
      "You'll find the reset link right under the sign-in box.",
      'The log clearly shows the disk filled up at 2 AM, so I have added more space.',
    ],
    invalid: [
      { text: 'Obviously, you need to restart first.', fix: 'You need to restart first.', flagged: 'Obviously, you' },
      { text: 'You will obviously need the new client.', fix: 'You will need the new client.' },
      { text: 'The button is in the top right, obviously.', fix: 'The button is in the top right.' },
      { text: 'As anyone knows, passwords expire every 90 days.', flagged: 'As anyone knows' },
      { text: 'Did you even try restarting it?', flagged: 'Did you even try' },
      { text: "It's not rocket science, just plug the cable in.", flagged: "It's not rocket science" },
      { text: 'Like I said, the VPN needs the new client.', fix: 'The VPN needs the new client.' },
      { text: "Clearly you didn't read the instructions." },
      { text: 'Even a child could set this up in five minutes.' },
      { text: 'Try to keep up: the link is in the first paragraph.' },
      { text: 'You do know how to use a browser, right?' },
      { text: "It's all in the guide, as everyone knows." },
      { text: "I don't know how to make this any clearer." },
      { text: "The password reset link is literally on the login page.", flagged: 'is literally on' },
      { text: 'The Save button is right in front of you, top left.', flagged: 'right in front of you' },
      { text: 'The guide clearly says to restart after installing.', flagged: 'guide clearly says' },
      { text: "It's a simple setting, anyone can change it.", flagged: 'simple setting, anyone can change' },
    ],
  },
});
