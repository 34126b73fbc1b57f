/**
 * Plugs practice history into the team stats export as its `practice` section. Call
 * `registerPracticeStatsSection()` once in whichever context builds or imports stats exports (the
 * dashboard page, the background): the section is then exported, validated on import, and kept per
 * agent in the team view.
 */
import { registerPracticeExportSection } from '../stats/practice-section';
import { exportPracticeHistory, practiceExportSchema, type PracticeExport } from './export';
import type { PracticeDb } from './history';

export function registerPracticeStatsSection(db?: PracticeDb): void {
  registerPracticeExportSection<PracticeExport>({
    schema: practiceExportSchema,
    collect: (range) => exportPracticeHistory(range, db),
  });
}
