/**
 * The coach model reads one sentence at a time; some of its verdicts depend on what comes next.
 * A refusal that cites policy ("Personal Dropbox accounts aren't allowed on work laptops.") is no
 * wall when the next sentence says what we can do ("I can set up a shared OneDrive folder
 * instead."), and "that's one for the payroll team" is no brush-off when the agent then owns the
 * handoff ("I've passed it to them and I'll check back on Thursday"). Those two cards are dropped
 * when one of the next two sentences offers a way forward.
 */
import type { CoachLabel } from '../engine/coach/index';
import { ownsTheHandoff } from '../rules/deflection';
import { offersAWayForward } from '../rules/policy-wall';

/** The same reading of "a way forward" as the phrase rules for these categories. */
const wayForward = (s: string): boolean => offersAWayForward(s) || ownsTheHandoff(s);

const CONTEXT_LABELS: ReadonlySet<CoachLabel> = new Set<CoachLabel>(['policy-wall', 'deflection']);

/** Whether a `label` verdict on sentence `index` holds, given the sentences of the reply. */
export function holdsGivenNextSentences(label: CoachLabel, sentences: readonly string[], index: number): boolean {
  if (!CONTEXT_LABELS.has(label)) return true;
  return !sentences.slice(index + 1, index + 3).some(wayForward);
}
