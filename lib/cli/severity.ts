import type { Severity } from '../engine/types';

export const severities: readonly Severity[] = ['info', 'suggestion', 'warning'];

/** Threshold for a failing exit code; 'none' never fails on findings. */
export type FailOn = Severity | 'none';

export function reaches(severity: Severity, threshold: FailOn): boolean {
  if (threshold === 'none') return false;
  return severities.indexOf(severity) >= severities.indexOf(threshold);
}
