/**
 * Stable identities for findings, so "Ignore once" and "shown" survive re-checks: the same rule on
 * the same words at the same occurrence is the same card, even after text before it changed.
 */
import type { Finding } from '../engine/types';
import type { CardFinding } from '../../components/sidebar/model';

export function toCards(text: string, findings: readonly Finding[]): CardFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const flagged = f.scope === 'draft' ? '' : text.slice(f.start, f.end);
    const base = `${f.ruleId}\u0000${f.scope === 'draft' ? '(draft)' : flagged.toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, flagged, key: `${base}\u0000${n}` };
  });
}
