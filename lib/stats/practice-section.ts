/**
 * Extension point: practice mode (issue 7) exports its history "with the team stats" by registering
 * a section here. Its data then travels in the JSON export under `practice`, is validated by the
 * registered schema on import (all-or-nothing with the rest of the file) and is kept per agent in the
 * team view (`teamAgents[].practice`). Until a section is registered, exports have no `practice` key
 * and an imported file's `practice` section is ignored (never stored).
 */
import type { z } from 'zod';
import type { Day } from './day';

export interface PracticeExportSection<T = unknown> {
  /** Strict schema of the section; include its own `schemaVersion` so it can evolve on its own. */
  schema: z.ZodType<T>;
  /** The agent's practice data for the exported days, or undefined to leave the section out. */
  collect(range: { from: Day; to: Day }): Promise<T | undefined>;
}

let registered: PracticeExportSection | undefined;

export function registerPracticeExportSection<T>(section: PracticeExportSection<T>): void {
  registered = section as PracticeExportSection;
}

export function practiceExportSection(): PracticeExportSection | undefined {
  return registered;
}
