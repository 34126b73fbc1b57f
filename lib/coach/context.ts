/**
 * The coach model reads one sentence at a time; some of its verdicts depend on the rest of the
 * reply:
 * - A refusal that cites policy ("Personal Dropbox accounts aren't allowed on work laptops.") is no
 *   wall when one of the next two sentences says what we can do ("I can set up a shared OneDrive
 *   folder instead."), and "that's one for the payroll team" is no brush-off when the agent then owns
 *   the handoff ("I've passed it to them and I'll check back on Thursday"), or points to a definite
 *   place ("You can reach them here: <link>"). Read by the same functions as the phrase rules.
 * - A sentence that acknowledges the customer ("You're right, losing half an hour a day isn't okay")
 *   is not brushing them off, unless it turns on a "but" ("I understand, but it's only a minute");
 *   nor is it venting or talking down when it names how their situation feels ("Being locked out
 *   on payroll day is awful", "Not a dumb question at all").
 * - A short sentence is curt only in a short, cold reply: "Unlocked now." after a sentence that
 *   explains what happened, or next to a thank-you, is a brisk close, not a brush-off.
 */
import type { CoachLabel } from '../engine/coach/index';
import { ownsAFailure } from '../engine/tone/curt';
import { acknowledges } from '../rules/acknowledgement';
import { givesALink, ownsTheHandoff } from '../rules/deflection';
import { offersAWayForward } from '../rules/policy-wall';

/** The same reading of "a way forward" as the phrase rules for these categories. */
const wayForward = (s: string): boolean => offersAWayForward(s) || ownsTheHandoff(s);

/**
 * "No worries at all about the late reply", "It's not a big deal to fix": the ease is the
 * customer's relief (their own delay, or our fix), not their problem waved away.
 */
const RELIEVES_THEM =
  /\b(?:no\s+(?:worries|problem|trouble|rush|stress)|not\s+a\s+problem|don['’]t\s+worry)\b[^.!?]{0,20}\b(?:about|for)\s+(?:the|your)\s+(?:late|slow|delay(?:ed)?|wait(?:ing)?|reply|response|question|call|email|message|mix-up)\b|\bnot\s+(?:a\s+)?(?:big\s+)?(?:deal|job|problem)\s+(?:at\s+all\s+)?(?:to|for\s+(?:me|us)\s+to)\s+(?:fix|sort|change|set\s+up|do|redo|resend|reset)\b/i;

/** Words that take an acknowledgement back. */
const TURNS = /\b(?:but|though|however|still|anyway|although|just|only)\b/i;

/** A sentence that explains or warms the reply around a short one. */
const WARMTH = /\b(?:could you|would you|thanks|thank\s+you|sorry|please|glad|happy|apologi[sz]e|appreciate|hope)\b|!|:\)|😊|🙂/i;
const EXPLAINS = 6;
/** Greetings and sign-offs are formulas: "Hi Dana," and "Thanks," warm nothing on their own. */
const FORMULA =
  /^\W*(?:(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening))(?:\s+[\p{L}.'’-]+){0,3}|(?:many\s+)?thanks(?:\s+again)?|thank\s+you|(?:kind(?:est)?\s+|best\s+|warm\s+)?regards|best(?:\s+wishes)?|cheers|all\s+the\s+best|sincerely|br)[\s,.!]*$/iu;
/** An instruction ("Send the logs if it fails again.") explains only when it gives a reason. */
const INSTRUCTION =
  /^\W*(?:reboot|restart|send|use|check|try|read|see|call|fill|attach|open|close|clear|install|update|run|click|go|log|sign|submit|resubmit|enter|type|reset|turn|plug|unplug|contact|email|raise|wait|delete|remove|follow|ask|make|take|bring|keep|leave|stop|do|don['’]t|select|choose|pick|reply|forward|print)\b/i;
const REASON = /\b(?:because|since|so\s+(?:that|it|we|i|you|the)|so$|as\s+it|which|that\s+way|to\s+(?:make|keep|stop|get|clear|fix|let|see|check|avoid))\b/i;
/** A statement explains ("The reset email sometimes lands there."); a question ("Why did you not read it?") doesn't. */
const explainsOrWarms = (s: string): boolean => {
  if (FORMULA.test(s)) return false;
  if (WARMTH.test(s)) return true;
  if (/\?["'”’)]*\s*$/.test(s) || (INSTRUCTION.test(s) && !REASON.test(s))) return false;
  return (s.match(/[\p{L}\d][\p{L}\d'’-]*/gu)?.length ?? 0) >= EXPLAINS;
};

/** Whether a `label` verdict on sentence `index` holds, given the sentences of the reply. */
export function holdsInReply(label: CoachLabel, sentences: readonly string[], index: number): boolean {
  const s = sentences[index] ?? '';
  if (label === 'deflection' && sentences.slice(Math.max(0, index - 2), index + 3).some(givesALink)) return false;
  if (label === 'policy-wall' || label === 'deflection') {
    // "I'm sorry, waiting two days for this isn't acceptable" owns our failure; a way forward after
    // a "but" (walls only: "not ours, but ask facilities" is still a handoff) or in the next two
    // sentences takes the wall down.
    if (ownsAFailure(s)) return false;
    // "Only managed laptops are allowed on the network, but I'm texting you a guest voucher."
    const turn = /\b(?:but|however|instead)\b/i.exec(s);
    if (label === 'policy-wall' && turn && offersAWayForward(s.slice(turn.index))) return false;
    return !sentences.slice(index + 1, index + 3).some(wayForward);
  }
  if (label === 'dismissive' && RELIEVES_THEM.test(s)) return false;
  if (label === 'dismissive' || label === 'venting' || label === 'condescension') return !(acknowledges(s) && !TURNS.test(s));
  // "You shouldn't have had to…" reads like a modal-perfect scolding but owns our failure.
  if (label === 'blame') return !ownsAFailure(s);
  if (label === 'curt') return !sentences.some((other, i) => i !== index && other.trim() !== '' && explainsOrWarms(other));
  return true;
}
