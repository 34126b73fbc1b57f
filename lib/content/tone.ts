/**
 * The tone meter's model in the content script. The weights are an extension resource
 * (public/models/tone/tone-model.json → /models/tone/tone-model.json), read by the background and
 * handed over once per page (`rapport:tone-model`): bundling them would add ~20 KB gzip to a content
 * script that must stay under 200 KB (tests/browser/speed.browser.ts asserts it), and making them
 * web-accessible would let any page detect the extension. wxt.config.ts swaps the bundled copy the
 * engine imports for an empty stub in the content-script build only.
 *
 * The engine's tone API is looked up at run time, so this works whether or not the engine exports
 * it yet: without it there is simply no meter and no `tone` cards.
 */
import { browser } from 'wxt/browser';
import type { ToneReading } from '../../components/sidebar/model';
import * as engine from '../coaching';
import { agentText } from '../engine/agent-text';
import { toneWithFindings } from '../engine/tone/index';
import type { Finding } from '../engine/types';
import type { SentenceSpan } from '../engine/sentences';

interface ToneApi {
  setToneModel(model: null): void;
  loadToneModel(json: unknown): unknown;
  toneOfSentences(spans: readonly SentenceSpan[]): { draft: number } | null;
}

function toneApi(): ToneApi | null {
  const api = engine as unknown as Partial<ToneApi>;
  return api.setToneModel && api.loadToneModel && api.toneOfSentences ? (api as ToneApi) : null;
}

/**
 * Drops the engine's bundled default (a stub in this build) and loads the real model from the
 * background; resolves true once it is in use. Checks before that run without tone.
 */
export async function loadToneModelFromExtension(): Promise<boolean> {
  const api = toneApi();
  if (!api) return false;
  api.setToneModel(null);
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'rapport:tone-model' })) as { ok?: boolean; model?: unknown } | undefined;
    if (!reply?.ok || reply.model === undefined) return false;
    api.loadToneModel(reply.model);
    return true;
  } catch {
    // No model in this build, or the extension went away: coaching goes on without the meter.
    return false;
  }
}

/** The draft's whole tone for the meter (same masking and sentences as the engine's analyze()). */
export function draftTone(text: string, findings: readonly Finding[] = []): ToneReading | null {
  const api = toneApi();
  const tone = api?.toneOfSentences(agentText(text).sentences) ?? null;
  return tone && Number.isFinite(tone.draft) ? { score: toneWithFindings(tone.draft, findings) } : null;
}
