/**
 * When the customer's last message shows frustration ("still", "third time", "unacceptable",
 * "deadline", shouting, "!!") and the reply never acknowledges it, suggest opening with an
 * acknowledgement. Reported on the reply's first sentence, scope 'draft': it is about the reply as a
 * whole. Frustration is read by `customerFrustration`, which a tone model can feed later.
 */
import { defineRule } from '../engine/rule';
import { customerFrustration } from './frustration';
import { principles } from './principles';

/** Any of these anywhere in the reply counts as acknowledging how they feel or how urgent it is. */
const ACKNOWLEDGED =
  /\b(?:sorry|apologi[sz]e|apologies|understand(?:able)?|frustrat\w*|appreciate\s+(?:your|you)|thanks?\s+(?:you\s+)?for\s+(?:your\s+patience|bearing\s+with|sticking\s+with|waiting|your\s+understanding|hanging\s+in)|I\s+know\s+(?:this|how|that|it|you)|I\s+hear\s+you|that\s+must|I\s+can\s+(?:see|imagine|understand)|annoying|inconvenien\w*|disrupti\w*|I\s+realis|I\s+realiz|not\s+the\s+experience|I\s+get\s+it|totally\s+fair|you['’]re\s+(?:right|absolutely\s+right)|regret|shouldn['’]t\s+have\s+(?:to|happened)|not\s+(?:okay|ok|good\s+enough)|my\s+bad|stressful|urgen(?:t|cy)|deadline|top\s+priority|priority|right\s+away|straight\s+away|immediately|as\s+a\s+matter\s+of\s+priority)/i;

function suggestionFor(cues: readonly string[]): string {
  if (cues.some((c) => /urgent|asap|deadline|immediately|right now|critical|emergency|time[- ]sensitive/.test(c))) {
    return 'Open with: "I know this is urgent with your deadline; I\'m on it now."';
  }
  if (cues.some((c) => /time|still|again|waiting|waited|no one|nobody/.test(c))) {
    return 'Open with: "I\'m sorry you\'ve had to come back to us about this again."';
  }
  return 'Open with: "I\'m sorry this has been so frustrating; let\'s get it sorted."';
}

export default defineRule({
  scope: 'draft',
  meta: {
    id: 'acknowledgement',
    category: 'acknowledgement',
    severity: 'suggestion',
    principle: principles.dignity,
    messages: {
      acknowledge: 'They sound frustrated ({{cues}}). Acknowledge it before the fix.',
    },
    description:
      'A frustrated customer needs to feel heard before they can take in a fix. One honest sentence of acknowledgement changes how the rest of the reply lands.',
    fixable: false,
    audience: 'customer',
  },
  check(draft, ctx) {
    if (!draft.customerMessage || draft.sentences.length === 0) return;
    if (ACKNOWLEDGED.test(draft.text)) return;
    const reading = customerFrustration(draft.customerMessage);
    if (!reading.frustrated) return;
    const first = draft.sentences[0];
    if (!first) return;
    const labels = reading.cues.map((c) => (c === 'caps' ? 'capitals' : c === 'tone' ? 'their tone' : `"${c}"`));
    // Keep the card to a glance: at most two cues, and the second only if it fits.
    const cues = labels.slice(0, 2).join(', ').length <= 40 ? labels.slice(0, 2) : labels.slice(0, 1);
    ctx.report({
      start: first.start,
      end: first.end,
      messageId: 'acknowledge',
      data: { cues: cues.join(', ') },
      suggestion: suggestionFor(reading.cues),
      scope: 'draft',
    });
  },
  examples: {
    valid: [
      { text: "I'm sorry this is still happening. I've reset your token and it should work now.", customerMessage: 'VPN STILL not working!! Third time this week.' },
      { text: "I know the deadline is today, so I've made this my first job. Your access is back.", customerMessage: 'Urgent: I need access before the 5 PM deadline.' },
      { text: "Thanks for your patience while we sorted this. The printer is back online.", customerMessage: 'The printer is broken again, this is ridiculous.' },
      { text: "I've reset your password; you can sign in now.", customerMessage: 'Hi, could you reset my password please? Thanks!' },
      { text: 'The new monitor arrives on Tuesday.', customerMessage: 'When will my monitor arrive?' },
      { text: 'Your mailbox has been restored.' },
      { text: 'I completely understand, and I am on it.', customerMessage: 'This is unacceptable. I have lost a whole morning.' },
      { text: 'That must have been stressful before your presentation. The projector is fixed.', customerMessage: 'The projector died right before my presentation, really annoyed.' },
      { text: 'Outlook is syncing again.', customerMessage: 'I still have the old laptop at home, is that ok?' },
      { text: 'Thanks for the screenshot, that explains it.', customerMessage: 'Here is the screenshot you asked for.' },
      { text: 'Noted — we will look at it.', kind: 'internal-note', customerMessage: 'THIS IS THE THIRD TIME I AM ASKING!!' },
    ],
    invalid: [
      { text: 'Please restart your laptop and try again.', customerMessage: 'VPN STILL not working!! Third time this week.', flagged: [] },
      { text: 'Your access has been restored. Let me know if there are other issues.', customerMessage: 'Urgent: I need access before the 5 PM deadline.' },
      { text: 'The printer driver has been reinstalled.', customerMessage: 'The printer is broken again, this is ridiculous.' },
      { text: 'Try clearing the cache.', customerMessage: 'This is unacceptable. I have lost a whole morning.' },
      { text: 'I have escalated it.', customerMessage: "Nobody has replied to my ticket in three days. I'm fed up." },
      { text: 'Please send the error code.', customerMessage: 'WHY DOES OUTLOOK KEEP CRASHING' },
      { text: 'The sync should finish overnight.', customerMessage: 'Still waiting on this. Really frustrating.' },
      { text: 'Hi Sam, the license is assigned now.', customerMessage: 'How many times do I have to ask for a Visio license?' },
      { text: 'Reboot and retry.', customerMessage: 'It is still broken and I am still waiting.' },
      { text: 'Restart Teams.', customerMessage: 'Teams has crashed again?! I cannot work like this.' },
    ],
  },
});
