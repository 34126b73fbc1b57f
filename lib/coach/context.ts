/**
 * The coach model reads one sentence at a time; some of its verdicts depend on what comes next.
 * A refusal that cites policy ("Personal Dropbox accounts aren't allowed on work laptops.") is no
 * wall when the next sentence says what we can do ("I can set up a shared OneDrive folder
 * instead."), and "that's one for the payroll team" is no brush-off when the agent then owns the
 * handoff ("I've passed it to them and I'll check back on Thursday"). Those two cards are dropped
 * when one of the next two sentences offers a way forward.
 */
import type { CoachLabel } from '../engine/coach/index';

const WAY_FORWARD =
  /\b(?:instead|alternative(?:ly)?|how\s+about|what\s+I\s+can\s+do|the\s+good\s+news|in\s+the\s+meantime|meanwhile|workaround)\b|\b(?:I|we)(?:['’]ll|\s+will|\s+can|\s+could|['’]ve|\s+have|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]d\s+be\s+happy\s+to|\s+would\s+be\s+happy\s+to)\s+(?:also\s+|already\s+|now\s+|gladly\s+)?(?:set\s+up|arrange|send|raise|book|order|pass|passed|forward|forwarded|get|assist|do|offer|sort|look|check|put|create|request|requested|ask|asked|call|chase|escalate|escalated|open|opened|log|logged|copy|copied|share|shared|loop|looped|introduce|add|added|install|enable|move|lend|loan|give|find|walk|show|follow|keep)\b|\bhappy\s+to\b|\byou\s+can\s+(?:use|still|also|request|ask|book|try)\b/i;

const CONTEXT_LABELS: ReadonlySet<CoachLabel> = new Set<CoachLabel>(['policy-wall', 'deflection']);

/** Whether a `label` verdict on sentence `index` holds, given the sentences of the reply. */
export function holdsGivenNextSentences(label: CoachLabel, sentences: readonly string[], index: number): boolean {
  if (!CONTEXT_LABELS.has(label)) return true;
  return !sentences.slice(index + 1, index + 3).some((s) => WAY_FORWARD.test(s));
}
