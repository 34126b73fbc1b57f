/**
 * Own the next step: a reply that leaves the problem open (escalated, investigating, "might be",
 * "hopefully soon") and ends with no next step from anyone should say what happens next and when
 * ("I'll check back on Thursday", "I'll update you by 3 PM"). Not flagged:
 * - replies that don't describe an open problem at all (nothing to follow up);
 * - short replies (one sentence besides greetings and pleasantries): thanks, quick notes;
 * - replies that resolve the ticket ("you're all set", "I've reset it") — a closing offer is enough;
 * - replies with a next step from anyone: we own one ("I'll…", "we'll…", a time), someone else will
 *   act ("the engineer will call you"), the customer is asked to do something specific, or invited
 *   to come back ("let me know if…", "reply here", "DM us"), or pointed to a link or article — the
 *   conversation has somewhere to go.
 * Reported on the last sentence, scope 'draft'.
 */
import { BoundedCache } from '../engine/cache';
import { defineRule } from '../engine/rule';
import { inCategory } from './categories';
import { principles } from './principles';

const OWNED_STEP =
  /\b(?:(?:I|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to|\s+are\s+going\s+to|['’]d\s+like\s+to|\s+plan\s+to)\s+(?!be\s+(?:honest|frank)\b)\w+|(?:I|we)(?:['’]ve|\s+have)\s+(?:scheduled|booked|set\s+(?:a|up\s+a)\s+(?:reminder|call|meeting)|put\s+(?:a|it)\s+(?:reminder|in\s+(?:my|the)\s+calendar))|(?:you['’]ll|you\s+will|you\s+should|expect\s+to)\s+(?:hear|get|receive)\s+(?:from|an?\s+(?:update|call|email))|next\s+step|follow(?:ing)?[- ]up|check\s+back|circle\s+back|keep\s+you\s+(?:posted|updated|informed)|(?:by|before|on|until|at)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end\s+of\s+(?:the\s+)?(?:day|week)|eod|cob|noon|midday|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})|within\s+(?:the\s+next\s+)?(?:\d+|an?|one|two|three|24|48)\s+(?:hours?|minutes?|days?|business\s+days?|working\s+days?))/i;

const RESOLVED =
  /\b(?:(?:has|have|is|are)\s+(?:now\s+)?(?:been\s+)?(?:fixed|resolved|issued|refunded|credited|cancell?ed|reset|restored|unlocked|reinstalled|installed|enabled|re-?enabled|granted|updated|set\s+up|sorted|approved|added|created|removed|replaced|shipped|completed|delivered|back\s+(?:online|up|to\s+normal)|working(?:\s+again)?)|(?:I|we)(?:['’]ve|\s+have)\s+(?:now\s+|just\s+|already\s+)?(?:fixed|resolved|reset|restored|unlocked|reinstalled|installed|enabled|re-?enabled|granted|updated|set\s+up|sorted|added|created|removed|replaced|cleared|approved|re-?imaged|repaired|renewed|extended|assigned|shared|moved|recovered)|should\s+(?:now\s+)?(?:be\s+(?:able|working|fixed|back|sorted|all\s+set)|work\s+(?:now|again)|see)|(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:working|back|live|online)\s+(?:again|now)|you['’]re\s+(?:all\s+set|good\s+to\s+go|sorted)|all\s+set|good\s+to\s+go|(?:marking|closing|close|resolve|resolving)\s+(?:this|the|your)\s+(?:ticket|request|case)|(?:ticket|request|case)\s+(?:as\s+)?(?:resolved|closed))\b/i;

/** Words that say the problem is still open. Without one, there is nothing to follow up. */
const OPEN =
  /\b(?:escalat\w*|investigat\w*|looking\s+(?:into|at)|look\s+into|(?:we|I)\s+(?:are|am|['’]re|['’]m)\s+aware|known\s+(?:issue|problem|bug)|waiting|pending|in\s+progress|passed\s+(?:to|on)|forwarded|working\s+on|hopefully|might|may\s+be|maybe|not\s+sure|seems?\s+(?:to|like|that)|appears?\s+(?:to|that)|could\s+be|looks?\s+(?:like|related)|tried\s+to|offline|unable\s+to|haven['’]t\s+(?:been\s+able|found|heard)|(?:no|any)\s+(?:update|news|fix)\s+yet|not\s+(?:yet|fixed|resolved)|unclear|hard\s+to\s+say|acknowledged|queued)\b/i;

/** Greetings and pleasantries don't make a reply long. */
const SMALL_TALK =
  /^\s*(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^.!?]{0,40}[,!.]?|(?:thanks|thank\s+you|cheers|have\s+a|enjoy|happy|best|kind\s+regards|regards)\b[^.!?]{0,50}[.!]?)\s*$/i;

const HEDGED = /\b(?:hopefully|once|when|if|until|after|might|may|could|soon|expect(?:ed)?|likely|probably)\b/i;

/**
 * A specific request to the customer: the next move is theirs and they know we're waiting on it.
 * ("Let me know…" in any form is an invitation back, INVITES_BACK.)
 */
const ASKS_CUSTOMER =
  /\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:send|share|confirm|try|check|tell|reply|attach|run|restart|reboot|forward|give|book|pick|choose|take|plug|open|click|sign|log|test|update|install)|\bplease\s+(?:send|share|confirm|try|check|reply|attach|run|restart|reboot|forward|book|pick|choose|take|test|update|install)|\b(?:what|which|when)\s+(?:time|version|error|day|model|device|browser|number)\b[^?]*\?|\bwhen\s+(?:would|is|will)\s+(?:be\s+)?(?:a\s+good\s+time|it\s+convenient|best)/i;

/** Someone else will act: "the engineer will call you", "they'll ship it", "a technician is booked". */
const OTHERS_ACT =
  /\b(?:they|he|she|someone|somebody|engineers?|technicians?|(?:the|our|a|an|your)\s+(?:[\w-]+\s+)?(?:team|engineers?|technicians?|tech|vendor|supplier|courier|manager|colleague|admin(?:istrator)?s?|specialists?|developers?|devs|agent|desk|department|provider))\s+(?:will|['’]ll|is\s+going\s+to|are\s+going\s+to|plans?\s+to|(?:is|are)\s+(?:booked|scheduled|due)\s+to|should\s+be\s+(?:in\s+touch|contacting|calling|emailing))\s+(?!not\b|never\b)\w+|\b(?:fix|patch|update|replacement|delivery|visit|call|engineer|technician|appointment)\s+(?:is|are|has\s+been)\s+(?:now\s+)?(?:scheduled|booked|due|planned|expected)\b/i;

/** An invitation to come back: the customer knows the door is open and how to use it. */
const INVITES_BACK =
  /\b(?:let\s+(?:me|us)\s+know|(?:reply|respond|write\s+back)\s+(?:to\s+(?:this|me|us)|here|back)|just\s+reply|get\s+back\s+to\s+(?:me|us)|reach\s+(?:out|back)|feel\s+free|don['’]t\s+hesitate|(?:contact|call|ring|email|ping|message|dm|text)\s+(?:me|us)\b|give\s+(?:me|us)\s+a\s+(?:call|shout|ring|buzz)|(?:send|drop|shoot)\s+(?:me|us)\s+an?\s+(?:message|note|line|dm|email)|(?:I|we)['’](?:m|re)\s+(?:here|around|happy\s+to)|(?:I|we)\s+(?:am|are)\s+(?:here|around|happy\s+to))/i;

/**
 * A named article to read (links themselves are blanked out of the text and counted in
 * `draft.links`): the next move is theirs, and they have what they need to make it.
 */
const POINTS_TO = /\b(?:this|that|the|our)\s+(?:help\s+)?(?:article|guide|link|page|doc(?:ument)?|faq)\s+(?:here|below|above|explains|shows|walks|covers|has|should)\b/i;

/** A question for the customer ("Which device is it on?", "Have you tried a restart?"): their move. */
const QUESTION = /\?\s*["'”’)]?\s*$/;

/** An instruction to the customer as the sentence's first word: the next move is theirs. */
/** Something the customer can do now: "You can see it in the Downloads tab", "if you go to Settings…". */
const CUSTOMER_CAN =
  /\byou\s+can\s+(?:still\s+|also\s+|now\s+|always\s+)?(?!not\b|only\b)[a-z]{3,}|\bif\s+you\s+(?:go|click|open|tap|try|restart|reboot|head|switch|select|sign|log|update|reinstall|reply|call|visit)\b/i;

const IMPERATIVE_START =
  /^\W*(?:please\s+)?(?:try|restart|reboot|click|open|go|sign|log|run|check|install|update|send|reply|call|use|plug|unplug|hold|press|select|choose|pick|book|visit|clear|delete|remove|reset|attach|forward|share|bring|drop|pop|come|keep|save|type|enter|follow|turn|switch|connect|disconnect|reconnect)\b/i;

/** The agent owns a step: "I'll…", "we've booked…", a time for it, a follow-up. (Practice reads sentences with it.) */
export function ownsAStep(text: string): boolean {
  return OWNED_STEP.test(text);
}

/** The sentence says, without hedging, that something is done ("I've reset it", "you're all set"). */
export function saysItIsDone(text: string): boolean {
  return RESOLVED.test(text) && !HEDGED.test(text);
}

function atLeast<T>(items: readonly T[], n: number, pass: (item: T) => boolean): boolean {
  let count = 0;
  for (const item of items) if (pass(item) && ++count >= n) return true;
  return false;
}

function atLeastWords(text: string, n: number): boolean {
  const word = /[A-Za-z']+/g;
  let count = 0;
  while (word.exec(text)) if (++count >= n) return true;
  return false;
}

interface SentenceTraits {
  smallTalk: boolean;
  open: boolean;
  /** A next step from anyone: owned by us, by someone else, asked of the customer, or an invitation. */
  nextStep: boolean;
  resolvedPlainly: boolean;
}

// What each sentence says depends only on its text: remembered, so a keystroke re-reads one sentence.
const traits = new BoundedCache<string, SentenceTraits>(8000);

function traitsOf(text: string): SentenceTraits {
  let t = traits.get(text);
  if (!t) {
    t = {
      smallTalk: SMALL_TALK.test(text),
      open: OPEN.test(text),
      nextStep:
        OWNED_STEP.test(text) ||
        ASKS_CUSTOMER.test(text) ||
        OTHERS_ACT.test(text) ||
        INVITES_BACK.test(text) ||
        POINTS_TO.test(text) ||
        IMPERATIVE_START.test(text) ||
        CUSTOMER_CAN.test(text) ||
        QUESTION.test(text),
      resolvedPlainly: RESOLVED.test(text) && !HEDGED.test(text),
    };
    traits.set(text, t);
  }
  return t;
}

export default defineRule({
  scope: 'draft',
  meta: {
    id: 'ownership',
    ...inCategory('ownership'),
    severity: 'suggestion',
    principle: principles.followUp,
    messages: {
      nextStep: 'Nothing says what happens next. Own a step and say when you will follow up.',
    },
    description:
      'An open problem with no owner and no time leaves the customer wondering. Say what you will do next and when you will check back.',
    fixable: false,
  },
  check(draft, ctx) {
    const sentences = draft.sentences;
    // Counted only as far as the thresholds: this runs on every keystroke of long threads.
    if (!atLeast(sentences, 2, (s) => !traitsOf(s.text).smallTalk)) return;
    if (!atLeastWords(draft.text, 20) || !sentences.some((s) => traitsOf(s.text).open)) return;
    if (draft.links > 0 || sentences.some((s) => traitsOf(s.text).nextStep)) return;
    // Resolved only when said plainly: "hopefully it is fixed soon" / "once it's fixed" is still open.
    if (sentences.some((s) => traitsOf(s.text).resolvedPlainly)) return;
    const last = sentences[sentences.length - 1];
    if (!last) return;
    ctx.report({
      start: last.start,
      end: last.end,
      messageId: 'nextStep',
      suggestion: 'Add: "I\'ll check back on Thursday to make sure it\'s still working."',
      scope: 'draft',
    });
  },
  examples: {
    valid: [
      'Thanks, got it!',
      'Thanks for letting me know. Glad it is working.',
      "I've escalated this to the network team. They are looking at the switch now. I'll update you by 3 PM.",
      "Your password has been reset and you should be able to sign in now. If anything else comes up, just reply here. Have a great afternoon!",
      "The outage is affecting the whole building. Engineers are replacing the faulty switch. We will post an update on the status page within the hour.",
      "I looked at the logs and the sync fails at the same folder each time. Could you send me a screenshot of the error you see? That will tell me which file is stuck.",
      "I've ordered the replacement charger. It usually takes two days to arrive. I'll follow up on Thursday to make sure it came.",
      "You're all set: the shared mailbox now shows up in Outlook. It can take a few minutes to appear on your phone. Enjoy the rest of your day.",
      "The license request is with procurement. They normally approve within two business days. I'm going to keep an eye on it and chase if needed.",
      "Thanks for the details. The error comes from an expired certificate. When would be a good time for me to connect remotely and replace it?",
      // A next step from someone else, an instruction, or an invitation to come back is enough.
      "I've escalated this to the network team. They are looking at the switch. Let me know if you have questions.",
      'I have looked into this and it seems to be a problem with the profile. It is a known issue with the last update. Let me know if you need anything else.',
      'I tried to connect remotely but your laptop was offline. It might have been asleep at the time. Let me know if anything changes.',
      'The fault seems to be in the docking station, not the laptop. The courier will collect the old dock tomorrow morning.',
      'The patch is in progress on the vendor side. Our network team will roll it out as soon as it arrives.',
      'We are aware of the sign-in errors and looking into it. This article explains the workaround for now: https://support.example.com/kb/42',
      'The login errors seem to come from the last update and engineers are looking into it. Which browser are you using?',
      'It looks like your router is on older firmware, which might be why it drops. If you go to Settings and choose Update, it will pull the latest version.',
      'The sync looks stuck on one large file. Try moving it out of the folder and the rest should follow.',
      "Sorry for the wait, we're aware of the login issue and looking into it. DM us your account email and we'll check yours.",
      "I'm sorry, we haven't been able to locate the parcel, so we've marked it as lost. A full refund has been issued to your card today.",
      "Good news, the new laptop has shipped. Tracking shows delivery on Friday. Once it arrives, I'll book a time to move your files.",
    ],
    invalid: [
      { text: "I've escalated this to the network team. They are looking at the switch. That is all I know at the moment.", flagged: [] },
      { text: 'The outage is affecting the whole building and engineers are investigating the cause. Thanks for your patience. Hopefully it is fixed soon.' },
      { text: 'I have looked into this and it seems to be a problem with the profile. It is a known issue with the last update. There is not much more I can add.' },
      { text: 'Thanks for reporting this. The sync problem is affecting a few people in finance. We are aware and looking into it.' },
      { text: 'I checked the printer queue and there are a lot of stuck jobs. The driver might be the cause. Anyway, that is where things stand.' },
      { text: 'The vendor has acknowledged the bug. A patch is in progress on their side. Hopefully it lands soon and solves this for you.' },
      { text: 'Your request for a second monitor has been passed to procurement. Procurement handles all hardware orders. They normally take a while.' },
      { text: 'I tried to connect remotely but your laptop was offline. It might have been asleep at the time. It could be a number of things really.' },
      { text: 'The VPN drops look related to the home router. Some routers block the protocol we use. It is hard to say more for now.' },
      { text: 'Thanks for the logs. They show the mailbox is nearly full, which may be the cause. Large attachments usually fill it up.' },
    ],
  },
});
