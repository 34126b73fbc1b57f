/**
 * When the customer's last message shows anger or exasperation ("unacceptable", "fed up", shouting,
 * "!!", or two kinds of sign together: "still not working" + "third time") and the reply never
 * acknowledges it, suggest opening with an
 * acknowledgement. Reported on the reply's first sentence, scope 'draft': it is about the reply as a
 * whole. Frustration is read by `customerFrustration`, which a tone model can feed later.
 */
import { defineRule } from '../engine/rule';
import { customerFrustration } from './frustration';
import { inCategory } from './categories';
import { principles } from './principles';

/**
 * Any of these anywhere in the reply counts as acknowledging how they feel or how urgent it is.
 * Filler that acknowledges nothing ("Thanks for reaching out", "Noted", "Got it", "OK") is left out
 * on purpose: only words that show the agent registered the feeling, the stakes or the time count.
 */
const ACKNOWLEDGED: readonly RegExp[] = [
  // Apology and regret.
  /\b(?:sorry|apologi[sz]e|apologies|regret\w*|my\s+bad)\b|\bshouldn['’]t\s+have\s+(?:to|happened)\b|\bthat['’]s\s+on\s+(?:us|me)\b/i,
  // Understanding: "I understand", "Understood, two hours is tight", "understandable".
  /\bunderstand(?:able|ably)?\b|\bunderstood\b/i,
  // "I know the clients are nearly there", "I know how much this matters" — not "I know of a fix" / "I know how to".
  /\bI\s+(?:completely\s+|totally\s+|fully\s+|really\s+|do\s+)?know\b(?!\s+(?:of|about|a|an|how\s+to|where|which|who|whether)\b)/i,
  /\bI\s+hear\s+(?:you|that|how)\b|\bI\s+get\s+(?:it|why|that|how)\b|\bI\s+(?:can\s+)?(?:see|imagine|tell)\s+(?:why|how|that\s+(?:this|it)|this\s+(?:is|has))|\bI\s+can\s+(?:see|imagine|understand)\b|\bI\s+reali[sz]e/i,
  // Naming the feeling or the impact.
  /\bfrustrat\w*|\bannoy\w*|\binconvenien\w*|\bdisrupti\w*|\bstressful\b|\bthat\s+must\b|\bno\s+wonder\b/i,
  /\b(?:that|this|it)(?:\s+(?:sounds|must\s+be|is|was)|['’]s)\s+(?:\w+\s+)?(?:awful|horrible|terrible|rough|tough|maddening|exhausting|infuriating|painful|a\s+(?:pain|nightmare|headache|hassle|lot\s+to\s+deal\s+with)|like\s+a\s+(?:nightmare|pain|rough|tough|long|stressful|frustrating))\b/i,
  /\bwhat\s+a\s+(?:pain|nightmare|headache|hassle|mess|morning|day|week|start)\b|\b(?:no|not\s+much)\s+fun\b/i,
  // Naming how their situation feels, with it as the subject: "Being locked out on payroll day is
  // awful", "Walking clients into an occupied room is embarrassing" (not "the system is awful").
  /^\W*(?:\w+,\s*)?(?:being|losing|getting|finding|having|walking|waiting|missing|running|sitting|hitting|dealing)\b[^.!?]{0,100}?\b(?:is|was|must\s+be|sounds|feels)\s+(?:\w+\s+)?(?:awful|horrible|terrible|rough|tough|stressful|maddening|exhausting|infuriating|embarrassing|frightening|worrying|upsetting|a\s+(?:nightmare|pain|headache|worry|real\s+\w+))\b/i,
  // "I know a whole floor offline is a nightmare": knowing what it is like for them.
  /\bI\s+(?:completely\s+|totally\s+|fully\s+|really\s+)?know\s+(?:a|an)\s+[^.!?]{0,80}?\b(?:is|was|must\s+be|sounds)\s+(?:\w+\s+)?(?:awful|horrible|terrible|rough|tough|stressful|a\s+(?:nightmare|pain|big\s+problem|real\s+problem|headache))\b/i,
  // Reassuring them about having asked: "not a dumb question", "no question is silly".
  /\bnot\s+a\s+(?:dumb|stupid|silly|daft)\s+question\b|\bno\s+(?:such\s+thing\s+as\s+a\s+)?(?:dumb|stupid|silly)\s+question\b/i,
  // Naming bad luck or timing: "what rotten timing", "awful timing", "rough luck".
  /\b(?:what\s+)?(?:rotten|awful|terrible|horrible|lousy|cruel|rough|bad|unlucky|worst)\s+(?:possible\s+)?(?:timing|luck|moment|time\s+for\s+(?:this|it))\b/i,
  // Validating them: "you're right to chase", "totally fair", "not the experience you should have".
  /\byou['’]re\s+(?:absolutely\s+|quite\s+|completely\s+)?right\b|\b(?:totally|completely|entirely|perfectly)\s+fair\b|\bnot\s+the\s+experience\b|\bnot\s+(?:okay|ok|good\s+enough|acceptable)\b/i,
  /\bappreciate\s+(?:your|you)\b|\bthanks?\s+(?:you\s+)?for\s+(?:your\s+patience|bearing\s+with|sticking\s+with|waiting|your\s+understanding|hanging\s+in|being\s+patient)/i,
  // Owning the urgency.
  /\burgen(?:t|cy)\b|\bdeadline\b|\b(?:top\s+)?priority\b|\bright\s+away\b|\bstraight\s+away\b|\bimmediately\b|\bas\s+a\s+matter\s+of\s+priority\b/i,
];

export function acknowledges(text: string): boolean {
  return ACKNOWLEDGED.some((re) => re.test(text));
}

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
    ...inCategory('acknowledgement'),
    severity: 'suggestion',
    principle: principles.dignity,
    messages: {
      acknowledge: 'They sound frustrated ({{cues}}). Acknowledge it before the fix.',
    },
    description:
      'A frustrated customer needs to feel heard before they can take in a fix. One honest sentence of acknowledgement changes how the rest of the reply lands.',
    fixable: false,
  },
  check(draft, ctx) {
    if (!draft.customerMessage || draft.sentences.length === 0) return;
    if (acknowledges(draft.text)) return;
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
      { text: "Understood, two hours is tight and you need DealRoom ready for the board. I've restarted the sync and it's running again.", customerMessage: 'DealRoom is STILL down and the board meeting is in two hours!!' },
      { text: "Elena, I'm on it, I know the clients are nearly there. The meeting room screen is back on.", customerMessage: "This is ridiculous, the clients are nearly here and the screen won't work." },
      { text: 'That sounds maddening in the middle of a month-end close. The Excel add-in is reinstalled.', customerMessage: 'Excel has crashed again, fourth time today.' },
      { text: "What a pain, right before the audit. I've restored the folder from last night's backup.", customerMessage: 'The audit folder is gone and the auditors arrive tomorrow. This is a disaster, still no reply.' },
      { text: "You're right to chase this; it should have been done on Monday. The licence is assigned now.", customerMessage: 'How many times do I have to ask for this licence?' },
      { text: "That's not the experience you should have on your first week. Your laptop is ready at the desk.", customerMessage: "I've been waiting three days for a laptop. Unacceptable." },
      { text: 'I can see why you are fed up. The dock is replaced.', customerMessage: 'The dock is dead AGAIN, I am so fed up with this.' },
      { text: 'Welcome aboard! You sign in at the company portal with your work email and the password from your welcome letter.', customerMessage: "Hi, sorry if this is a dumb question, I'm new and I can't work out where to log in." },
      { text: 'The VPN app is in the Start menu under Company Apps.', customerMessage: "Sorry, I'm still getting used to the new laptop. Where do I find the VPN app?" },
      { text: 'Requests for this round close on 30 June.', customerMessage: "What's the deadline for laptop refresh requests?" },
      { text: "I'll call you in five minutes.", customerMessage: "I'm at my desk right now if you want to call me." },
      { text: 'Your manager approved it, so the access is live.', customerMessage: "Hi, I'm still waiting for approval from my manager, so no rush on this." },
      // Worry, a deadline or a count alone is not anger: no card.
      { text: 'Your access has been restored.', customerMessage: 'Urgent: I need access before the 5 PM deadline.' },
      { text: "I've restored the folder from last night's backup.", customerMessage: "I'm really worried, the audit folder seems to be gone and I present it tomorrow." },
      { text: 'The loan laptop is at the front desk.', customerMessage: "Third time this year I've needed a loan laptop, could you set one aside for Monday?" },
      { text: 'Your order ships on Friday.', customerMessage: 'Hi, my laptop order still has not arrived, any news?' },
      { text: "Losing a morning to a frozen laptop is no fun. I've swapped it for a loan laptop.", customerMessage: "Any update?? It's been a week." },
      { text: 'What rotten timing. Your pages are printing on the second floor now.', customerMessage: 'The printer died AGAIN with my deadline at 8!!' },
      { text: "Being locked out on payroll day is awful. I've issued you a temporary pass.", customerMessage: "I'm STILL locked out and payroll is due today!!" },
      { text: 'Not a dumb question at all. Your login is your employee ID.', customerMessage: "Sorry, this is the third time I'm asking and I still can't log in, this is so frustrating." },
    ],
    invalid: [
      { text: 'Please restart your laptop and try again.', customerMessage: 'VPN STILL not working!! Third time this week.', flagged: [] },
      { text: 'Your access has been restored. Let me know if there are other issues.', customerMessage: 'Urgent: the deadline is at 5 PM and I still cannot get in.' },
      { text: 'The printer driver has been reinstalled.', customerMessage: 'The printer is broken again, this is ridiculous.' },
      { text: 'Try clearing the cache.', customerMessage: 'This is unacceptable. I have lost a whole morning.' },
      { text: 'I have escalated it.', customerMessage: "Nobody has replied to my ticket in three days. I'm fed up." },
      { text: 'Please send the error code.', customerMessage: 'WHY DOES OUTLOOK KEEP CRASHING' },
      { text: 'The sync should finish overnight.', customerMessage: 'Still waiting on this. Really frustrating.' },
      { text: 'Hi Sam, the license is assigned now.', customerMessage: 'How many times do I have to ask for a Visio license?' },
      { text: 'Reboot and retry.', customerMessage: 'It is still broken and I have been waiting for three days.' },
      { text: 'Restart Teams.', customerMessage: 'Teams has crashed again?! I cannot work like this.' },
      { text: "Noted. I've restarted the sync.", customerMessage: 'DealRoom is STILL down and the board meeting is in two hours!!' },
      { text: 'Thanks for reaching out. The screen is fixed now.', customerMessage: "This is ridiculous, the clients are nearly here and the screen won't work." },
      { text: 'Got it. Please restart and try again.', customerMessage: 'Outlook keeps crashing and I cannot do my job.' },
      { text: 'I know of a fix for this: clear the Teams cache.', customerMessage: 'Teams is still not loading. Third time I have reported it.' },
      { text: 'That sounds good, the patch is installed.', customerMessage: 'The scanner is still broken and I have a deadline at noon.' },
      { text: 'The printer queue is cleared.', customerMessage: 'Sorry to bother you again, but the printer is still not working and nobody has replied.' },
      { text: 'The order has shipped.', customerMessage: "Any update?? It's been a week." },
      { text: 'Thanks for your message. The report is attached.', customerMessage: 'Is anyone actually looking at this? Why is it taking so long?' },
      { text: 'The idle timeout is now set to 8 hours.', customerMessage: "Why does the portal log me out every 10 minutes?? It's driving me crazy." },
    ],
  },
});
