/**
 * "Just" and "simply" in an instruction ("just restart it", "simply click Save", "all you need to do
 * is…") tell a stuck customer the step was trivial. Decisions:
 * - Only instructions to the customer are flagged. "I just checked", "the update simply failed to
 *   install", "just to confirm", "just let me know", "just reply to this email" are fine: they are
 *   about us, about a thing, or an invitation, not a belittled step.
 * - Severity is 'suggestion', not the category's usual 'warning': it is a mild word, and macro
 *   libraries full of "simply click…" shouldn't fail a team's CI lint (warnings exit 1).
 * - Scheduling and other non-technical asks ("just pick whichever time suits you", "just book a slot",
 *   "just go ahead and enjoy the weekend", "just make sure you bring your badge") are not steps the
 *   customer was stuck on: left alone.
 * - The fix deletes the word with spacing and capitalisation kept.
 */
import type { RegexSpan, Sentence } from '../engine/rule';
import { definePhraseRule, deleteMatch, type PhrasePattern } from './phrases';
import { inCategory } from './categories';
import { principles } from './principles';

const STEP_VERBS =
  'click|double-click|right-click|tap|press|hit|select|choose|pick|restart|reboot|reinstall|install|uninstall|update|upgrade|download|go|navigate|open|close|clear|reset|log|sign|type|enter|follow|read|check|plug|unplug|turn|switch|run|delete|remove|change|use|drag|copy|paste|visit|connect|disconnect|reconnect|refresh|empty|accept|add|set|make|do|hold|scroll|search|find|launch|quit|exit|save|upload|attach|forward|scan|print|re-enter|reenter|disable|enable|toggle|unlock|sync|re-sync|pair|unpair|log out|sign out|power';
const INSTRUCTION_LEAD =
  /(?:^|[.!?:;,]|\b(?:please|then|and|or|you|you\s+can|you\s+could|you['’]ll\s+need\s+to|you\s+need\s+to|you\s+have\s+to|you\s+should|you\s+only\s+need\s+to|to\s+fix\s+(?:this|it)|to\s+do\s+that|next|now|first|from\s+there|after\s+that|afterwards|all\s+you\s+(?:need|have)\s+to\s+do\s+is))\s*$/i;

const isInstruction = (m: RegexSpan, s: Sentence): boolean => INSTRUCTION_LEAD.test(s.text.slice(0, m.start));

/** Verbs that also ask for a choice or an errand, and what makes them one rather than a technical step. */
const ERRAND_VERB = /^\s*(?:pick|choose|select|book|go|make|set|hold|bring|come|pop)\b/i;
const NOT_A_STEP =
  /\b(?:time|slot|day|date|meeting|call|appointment|whichever|whenever|suits?|convenient|calendar|diary|holiday|weekend|lunch|coffee|enjoy|relax|badge|ahead|by\s+the\s+desk|over|round)\b/i;
const isErrand = (m: RegexSpan, s: Sentence): boolean => {
  const rest = s.text.slice(m.end);
  return ERRAND_VERB.test(rest) && NOT_A_STEP.test(rest);
};

/** "Did you enter any details, or just open it?" asks what happened; "just" means "only" there. */
const asksWhatTheyDid = (m: RegexSpan, s: Sentence): boolean =>
  /\?/.test(s.text.slice(m.end)) && /\b(?:did|have|had|were|was)\s+you\b/i.test(s.text.slice(0, m.start));

const PREFILTER = /\b(?:just|simply|all you (?:need|have) to do)\b/i;

const PATTERNS: PhrasePattern[] = [
  {
    re: /\ball\s+you\s+(?:really\s+)?(?:need|have)\s+to\s+do\s+is\b/gi,
    messageId: 'allYouNeed',
    suggestion: 'Give the step plainly: "To fix this, restart the laptop."',
  },
  {
    // "you just need to" / "you simply have to": the minimiser sits on the obligation itself.
    re: /(?<=\byou\s+)(?:just|simply)(?=\s+(?:need|have|got)\s+to\b)/gi,
    messageId: 'minimiser',
    fix: deleteMatch,
  },
  {
    re: new RegExp(String.raw`\b(?:just|simply)(?=\s+(?:${STEP_VERBS})\b)`, 'gi'),
    messageId: 'minimiser',
    skip: (m, s) => !isInstruction(m, s) || isErrand(m, s) || asksWhatTheyDid(m, s),
    fix: deleteMatch,
  },
];

export default definePhraseRule({
  meta: {
    id: 'condescension-minimiser',
    ...inCategory('condescension'),
    severity: 'suggestion',
    principle: principles.serve,
    messages: {
      minimiser: 'This makes the step sound trivial; if they are stuck, it was not. Drop it.',
      allYouNeed: '"All you need to do is" makes the step sound trivial. Give the step plainly.',
    },
    description:
      '"Just" and "simply" in an instruction tell a stuck customer the step was trivial, so being stuck must be their fault. Give the step plainly.',
    fixable: true,
  },
  prefilter: PREFILTER,
  patterns: PATTERNS,
  examples: {
    valid: [
      'I just checked the logs and the sync finished at 9:14.',
      'No stress: did you enter any details on the page, or just open it?',
      'The update simply failed to install, so I have queued it again.',
      'Just to confirm, is this the laptop with the asset tag ending 4411?',
      'If anything else comes up, just let me know.',
      'Just reply to this email and it will reopen the ticket.',
      'We just need your manager\'s approval and then we can order it.',
      'It simply is not possible for us to see your password, which keeps it safe.',
      'I simply wanted to say thanks for your patience this week.',
      'Just a quick update: the replacement laptop has shipped.',
      'The sync just works once the new client is installed.',
      'Simply put, the certificate expired overnight.',
      'Just pick whichever time suits you best and I will call then.',
      'Just book a slot in my calendar for Thursday.',
      'Just go ahead and enjoy the long weekend, the migration runs on its own.',
      'Just make sure you bring your badge to the desk on Monday.',
      'Just set a time that is convenient and the engineer will come round.',
    ],
    invalid: [
      { text: 'Just restart your laptop and it should work.', fix: 'Restart your laptop and it should work.', flagged: 'Just restart' },
      { text: 'You can simply click Save.', fix: 'You can click Save.', flagged: 'simply ' },
      { text: 'You just need to clear your cache.', fix: 'You need to clear your cache.' },
      { text: 'Simply go to Settings and turn on sync.', fix: 'Go to Settings and turn on sync.' },
      { text: 'All you need to do is sign out and back in.', flagged: 'All you need to do is' },
      { text: 'To fix this, just reinstall the Teams app.', fix: 'To fix this, reinstall the Teams app.' },
      { text: 'Please just follow the steps in the article.', fix: 'Please follow the steps in the article.' },
      { text: 'Then simply log in with your new password.', fix: 'Then log in with your new password.' },
      { text: 'You simply have to accept the certificate prompt.', fix: 'You have to accept the certificate prompt.' },
      { text: 'Open Outlook, then just drag the folder back into your inbox.' },
      { text: 'First, just unplug the dock for ten seconds.', fix: 'First, unplug the dock for ten seconds.' },
      { text: 'Just go to Settings and switch the sync back on.', fix: 'Go to Settings and switch the sync back on.' },
      { text: 'Just select the certificate and press OK.', fix: 'Select the certificate and press OK.' },
    ],
  },
});
