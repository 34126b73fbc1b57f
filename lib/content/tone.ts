/**
 * The tone meter's model in the content script. The weights are an extension resource
 * (public/models/tone/tone-model.json → /models/tone/tone-model.json), read by the background and
 * handed over once per page (`rapport:tone-model`): bundling them would add ~20 KB gzip to a content
 * script that must stay under 200 KB (tests/browser/speed.browser.ts asserts it), and making them
 * web-accessible would let any page detect the extension. Until the model arrives (or if it never
 * does) there is no meter and no `tone` cards.
 */
import { browser } from 'wxt/browser';
import type { ToneReading } from '../../components/sidebar/model';
import { loadToneModel, setToneModel, toneOfSentences } from '../coaching';
import { agentText } from '../engine/agent-text';
import { toneWithFindings } from '../engine/tone/index';
import type { Finding } from '../engine/types';

/**
 * Drops the engine's default source (in a browser it finds no file: lib/coaching.ts reads the
 * shipped model only in Node) and loads the real model from the background; resolves true once it
 * is in use. Checks before that run without tone.
 */
export async function loadToneModelFromExtension(): Promise<boolean> {
  setToneModel(null);
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'rapport:tone-model' })) as { ok?: boolean; model?: unknown } | undefined;
    if (!reply?.ok || reply.model === undefined) return false;
    loadToneModel(reply.model);
    return true;
  } catch {
    // No model in this build, or the extension went away: coaching goes on without the meter.
    return false;
  }
}

/** The draft's whole tone for the meter (same masking and sentences as the engine's analyze()). */
export function draftTone(text: string, findings: readonly Finding[] = []): ToneReading | null {
  const tone = toneOfSentences(agentText(text).sentences);
  return tone && Number.isFinite(tone.draft) ? { score: toneWithFindings(tone.draft, findings) } : null;
}
