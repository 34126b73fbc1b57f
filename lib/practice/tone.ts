/**
 * Where practice gets the tone meter from. The tone model (issue 5) loads asynchronously and may be
 * absent (tests in Node, a build without weights); scoring then falls back to wording checks and
 * says so. A page that has the model registers a reader once; `readTone` never throws.
 */
import type { ToneReading } from './checks';

export type ToneReader = (text: string) => Promise<ToneReading | null> | ToneReading | null;

let reader: ToneReader | null = null;

export function setToneReader(next: ToneReader | null): void {
  reader = next;
}

export async function readTone(text: string): Promise<ToneReading | null> {
  if (!reader) return null;
  try {
    const reading = await reader(text);
    return reading && Number.isFinite(reading.score) ? reading : null;
  } catch {
    // A model that fails to load must not block practice: score without the meter.
    return null;
  }
}
