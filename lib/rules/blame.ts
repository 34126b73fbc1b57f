/**
 * Blaming the customer: guessing what they did wrong ("you must have deleted"), scolding for
 * repetition ("as I already told you"), hindsight ("if you had read", "you should have") and
 * assigning fault ("you forgot", "user error"). Hard negatives: empathy and information that share
 * the words — "you must have been frustrated", "you should have received an email", "it's not your
 * fault", "if you forgot your password".
 */
import type { RegexSpan, Sentence } from '../engine/rule';
import { definePhraseRule, isConditional, isNegated, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

/** Participles that describe what happened *to* the customer or what they'll see: information or empathy. */
const NOT_AN_ACCUSATION = new Set(
  'been had received gotten got seen heard noticed felt thought wondered worried found run come gone waited expected assumed meant spent lost wanted hoped needed tried used experienced'.split(
    ' ',
  ),
);
const IRREGULAR_PARTICIPLES = new Set(
  'done set put hit cut shut forgotten broken taken given written mistyped misread overwritten left sent chosen made dragged read kept told thrown'.split(' '),
);

function accusingParticiple(m: RegexSpan): boolean {
  const word = (m.groups[0] ?? '').toLowerCase();
  if (NOT_AN_ACCUSATION.has(word)) return false;
  return /(?:ed|en)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

const notAccusing = (m: RegexSpan): boolean => !accusingParticiple(m);
const conditionalOrNegated = (m: RegexSpan, s: Sentence): boolean => isConditional(s, m) || isNegated(s, m);

const PREFILTER =
  /\byou|\buser|\bproperly|\bcorrectly|\bright this time|\bas (?:I|we|previously|already)|\bhad you|\bPEBKAC|\bPICNIC|\bID-?10-?T|\blayer 8|\bhow many times|\bfor the (?:second|third|fourth|fifth|last|nth|100th|hundredth) time|\bmy (?:previous|last|earlier) (?:email|message|reply)/i;

const PATTERNS: PhrasePattern[] = [
  {
    re: /\byou\s+(?:(?:must|probably|likely)(?:\s+have|['’]ve)|probably|likely)\s+(?:accidentally\s+|somehow\s+|already\s+|just\s+)?([a-z]+)\b/gi,
    messageId: 'guessing',
    suggestion: 'Describe what you found: "It looks like the file was moved — here\'s how we get it back."',
    skip: notAccusing,
  },
  {
    re: /\bas\s+(?:I|we)(?:\s+have|['’]ve)?\s+(?:already|previously|clearly|repeatedly|explicitly)\s+(?:told|said|explained|mentioned|stated|advised|pointed out|informed|outlined)\b(?:\s+you\b)?/gi,
    messageId: 'toldYou',
    suggestion: 'Restate the point kindly, as if for the first time.',
  },
  {
    re: /\bas\s+(?:I|we)(?:\s+have|['’]ve)?\s+(?:told|informed|reminded)\s+you\b/gi,
    messageId: 'toldYou',
    suggestion: 'Restate the point kindly, as if for the first time.',
  },
  {
    re: /\bas\s+(?:previously|already)\s+(?:stated|mentioned|explained|advised|discussed)\b/gi,
    messageId: 'toldYou',
    suggestion: 'Restate the point kindly, as if for the first time.',
  },
  {
    re: /\bI(?:\s+have|['’]ve)\s+(?:already\s+)?(?:told|explained (?:this |it )?to|reminded)\s+you\s+(?:this\s+|that\s+)?(?:already|before|twice|several times|multiple times|many times|more than once|repeatedly)\b/gi,
    messageId: 'toldYou',
    suggestion: 'Restate the point kindly, as if for the first time.',
  },
  {
    re: /\bhow many times\b[^?.!]*\b(?:tell|told|explain|ask|say)\b/gi,
    messageId: 'toldYou',
    suggestion: 'Restate the point kindly, as if for the first time.',
  },
  {
    re: /\bfor the (?:second|third|fourth|fifth|last|nth|100th|hundredth) time\b/gi,
    messageId: 'toldYou',
    suggestion: 'Restate the point kindly, as if for the first time.',
    // "this is the third time you've had to contact us" is the customer's frustration, not ours.
    // "sorry — for the third time this week you've lost access" is empathy, not exasperation.
    skip: (_m, s) => /\b(?:sorry|apologi[sz]e|I know|I understand|frustrat|you['’]ve had to|you have had to)/i.test(s.text),
  },
  {
    re: /\b(?:please\s+)?(?:re-?read|read|check|look at)\s+my\s+(?:previous|last|earlier|original)\s+(?:email|message|reply|response|note|comment)\b(?:\s+(?:again|carefully|properly))?/gi,
    messageId: 'toldYou',
    suggestion: 'Repeat the key step in this reply instead of sending them back to it.',
  },
  {
    re: /\b(?:if\s+you(?:\s+had|['’]d)|had\s+you)\s+(?:just\s+|actually\s+|only\s+|simply\s+|properly\s+|carefully\s+|bothered\s+to\s+)*(read|followed|checked|looked|listened|paid attention|called|restarted|rebooted|updated|backed up|saved|told us|contacted us|asked|submitted|read|bothered)\b/gi,
    messageId: 'hindsight',
    suggestion: 'Skip what could have been done; say what you\'ll do now.',
  },
  {
    re: /\byou\s+(?:really\s+|probably\s+|definitely\s+)?(?:should|ought\s+to|shouldn['’]t|were\s+supposed\s+to)(?:\s+have|['’]ve)\s+([a-z]+)\b/gi,
    messageId: 'hindsight',
    suggestion: 'Skip what could have been done; say what you\'ll do now.',
    skip: notAccusing,
  },
  {
    re: /\byou\s+(?:were|was)\s+(?:supposed|told|meant|asked)\s+to\b/gi,
    messageId: 'hindsight',
    suggestion: 'Skip what could have been done; say what you\'ll do now.',
    skip: conditionalOrNegated,
  },
  {
    re: /\byou\s+(?:should|ought\s+to)\s+(?:really\s+)?know\s+(?:better|this|that)(?:\s+by\s+now)?\b/gi,
    messageId: 'fault',
    suggestion: 'Explain it once more, plainly; they asked because they need it.',
  },
  {
    re: /\byou(?:\s+(?:must|probably|obviously|clearly|just|simply))?(?:\s+(?:forgot|have\s+forgotten)|['’]ve\s+forgotten)\b/gi,
    messageId: 'forgot',
    suggestion: 'Ask without the guess: "It looks like the attachment didn\'t come through — could you resend it?"',
    skip: conditionalOrNegated,
  },
  {
    re: /\byou\s+(?:did\s*n['’]?t|did\s+not|didn['’]t|never|haven['’]t|have\s+not|failed\s+to|neglected\s+to)\s+(?:even\s+|actually\s+|properly\s+|bother\s+to\s+|bothered\s+to\s+)?(?:follow|read|listen|pay attention|do what|bother)\b/gi,
    messageId: 'fault',
    suggestion: 'Walk through the step together: "Let\'s go over step 3 — it\'s the easy one to miss."',
    skip: conditionalOrNegated,
  },
  {
    re: /\byou\s+(?:failed|neglected)\s+to\b/gi,
    messageId: 'fault',
    suggestion: 'Say what still needs doing, without the failure: "The next step is…".',
    skip: conditionalOrNegated,
  },
  {
    re: /\b(?:your\s+(?:own\s+)?(?:fault|mistake|error|doing)|user\s+error|operator\s+error|PEBKAC|PICNIC|ID-?10-?T(?:\s+error)?|layer\s*8\s+(?:issue|problem|error))\b/gi,
    messageId: 'fault',
    suggestion: 'Leave fault out; describe what happened and the fix.',
    skip: (m, s) => isNegated(s, m, 5) || /\bnobody['’]s\b/i.test(s.text),
  },
  {
    re: /\byou\s+(?:broke|caused|messed\s+(?:it\s+|this\s+|that\s+|everything\s+)?up|screwed\s+(?:it\s+|this\s+|that\s+)?up|wrecked)\b/gi,
    messageId: 'fault',
    suggestion: 'Leave fault out; describe what happened and the fix.',
    skip: conditionalOrNegated,
  },
  {
    re: /\b(?:do|try|follow|read)\s+(?:it|this|them|the\s+steps)\s+(?:again\s+)?(?:properly|correctly|right)(?:\s+this\s+time)?\b/gi,
    messageId: 'fault',
    suggestion: 'Say which step to repeat and why, without implying they got it wrong.',
  },
  {
    // Cause pinned on them: "lost because you saved them to the desktop instead of OneDrive",
    // "because you didn't restart". Not "because you didn't get the email" (that happened to them).
    re: /\bbecause\s+you\s+(?:(?:didn['’]t|did\s+not|never|forgot\s+to|failed\s+to)\s+(?!have\b|get\b|receive\b|need\b|see\b|hear\b|know\b|want\b)[a-z]+|skipped|ignored)\b|\bbecause\s+you\s+(?:[a-z]+ed|put|left|chose|sent|kept|set)\s+(?:[\w'’-]+\s+){0,5}?(?:instead\s+of|rather\s+than)\b|\byou\s+(?:[a-z]+ed|put|left|chose|sent|kept|set)\s+(?:[\w'’-]+\s+){0,5}?(?:instead\s+of|rather\s+than)\s+[^,.;]*,?\s+(?:which\s+is\s+why|that['’]s\s+why)\b/gi,
    messageId: 'fault',
    suggestion: 'Describe what happened, not who did it: "The files were on the desktop, which isn\'t backed up."',
    skip: (m, s) => isNegated(s, m),
  },
  {
    re: /\bthat['’]s\s+on\s+you\b/gi,
    messageId: 'fault',
    suggestion: 'Leave fault out; describe what happened and the fix.',
  },
];

export default definePhraseRule({
  meta: {
    id: 'blame',
    ...inCategory('blame'),
    severity: 'warning',
    principle: principles.partner,
    messages: {
      guessing: 'Guessing what they did wrong reads as blame. Describe what you found instead.',
      toldYou: 'Reminding them you already said it reads as scolding. Just say it again, kindly.',
      hindsight: 'Hindsight ("if you had…", "you should have…") reads as blame. Focus on the fix.',
      forgot: 'Pointing out their slip reads as blame. Say what is needed next instead.',
      fault: 'This puts the fault on the customer. Describe the problem and the fix instead.',
    },
    description:
      'A blocked customer who feels blamed stops listening. Describe what happened and what happens next; who caused it rarely matters to the fix.',
    fixable: false,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      'You must have been so frustrated when the VPN dropped mid-call.',
      'You should have received an email with your new temporary password.',
      'By now you should have a new Teams icon on your desktop.',
      "It's not your fault — the sync job failed overnight for everyone.",
      'If you forgot your password, use the "Forgot password" link on the sign-in page.',
      'As I mentioned earlier, the maintenance window ends at 6 PM.',
      'You must have admin rights to install drivers, so I have pushed it from our side.',
      "If you had a chance to try the new dock, let me know how it went.",
      "Don't worry if you didn't follow every step — we can go through it together.",
      'You shouldn\'t have had to chase us for this, and I\'m sorry you did.',
      'This is the third time you\'ve had to contact us about it, and I\'m sorry.',
      'Did you get a chance to restart after the update?',
      'None of this is user error: the certificate expired on our side.',
      "The reset email bounced because you didn't have a mailbox yet, so I've sent it by text.",
      'I noticed you saved the files to the desktop instead of OneDrive, so I have moved them for you.',
      "You're seeing the old portal because your browser cached it; a refresh fixes it.",
    ],
    invalid: [
      { text: 'You must have deleted the shortcut by accident.', flagged: 'You must have deleted' },
      { text: 'As I already told you, the VPN needs the new client.', flagged: 'As I already told you' },
      { text: 'If you had read the instructions, this would not have happened.', flagged: 'If you had read' },
      { text: 'You should have backed up your files before the upgrade.', flagged: 'You should have backed' },
      { text: 'You should have read the instructions first.', flagged: 'You should have read' },
      { text: 'You forgot to attach the screenshot.', flagged: 'You forgot' },
      { text: "You didn't follow the steps in the guide I sent.", flagged: "You didn't follow" },
      { text: 'As previously stated, we cannot restore files older than 30 days.', flagged: 'As previously stated' },
      { text: "I've told you several times that the printer needs a driver update." },
      { text: 'This looks like user error rather than a fault with the laptop.', flagged: 'user error' },
      { text: 'You were supposed to reboot after the patch.', flagged: 'You were supposed to' },
      { text: 'Please read my previous email again carefully.' },
      { text: "If you'd bothered to check your inbox, you'd have seen the reset link." },
      { text: 'You probably clicked the phishing link, which is why the account was locked.' },
      { text: 'Honestly that is your own fault for sharing the password.' },
      { text: 'The files were lost because you saved them to the desktop instead of OneDrive.', flagged: 'because you saved them to the desktop instead of' },
      { text: "The update failed because you didn't restart when it asked you to.", flagged: "because you didn't restart" },
      { text: 'You used the old link instead of the new one, which is why it failed.' },
    ],
  },
});
