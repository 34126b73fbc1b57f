/**
 * The coach model in the content script: an extension resource (public/models/coach/), read by the
 * background and handed over once per page (`rapport:coach-model`), like the tone model
 * (./tone.ts): bundling ~1 MB gzip of weights would break the content script's budget, and making
 * them web-accessible would let any page detect the extension. Until it arrives (or if it never
 * does) the rules coach alone.
 */
import { browser } from 'wxt/browser';
import { loadCoachModel, setCoachModel } from '../coaching';

export async function loadCoachModelFromExtension(): Promise<boolean> {
  setCoachModel(null);
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'rapport:coach-model' })) as { ok?: boolean; model?: unknown } | undefined;
    if (!reply?.ok || reply.model === undefined) return false;
    loadCoachModel(reply.model);
    return true;
  } catch {
    // No model in this build, a corrupt file, or the extension went away: the rules go on alone.
    return false;
  }
}
