import { SEVERITIES, type Severity } from '../engine/types';

/** Threshold for a failing exit code; 'none' never fails on findings. */
export type FailOn = Severity | 'none';

export function reaches(severity: Severity, threshold: FailOn): boolean {
  if (threshold === 'none') return false;
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
}
