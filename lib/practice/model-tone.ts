/**
 * The practice page's tone reader: the engine's tone model on the agent's own words (quotes and
 * signatures masked as in the sidebar), as the whole-draft score the meter and `tone` rubric
 * items use. Null until a model is loaded (the page fetches the packaged weights at start-up).
 */
import { toneOfSentences } from '../coaching';
import { agentText } from '../engine/agent-text';
import type { ToneReading } from './checks';

export function modelToneReading(text: string): ToneReading | null {
  const tone = toneOfSentences(agentText(text).sentences);
  return tone && Number.isFinite(tone.draft) ? { score: tone.draft } : null;
}
