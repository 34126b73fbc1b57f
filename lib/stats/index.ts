/**
 * Private tone stats: recording (background), aggregation, retention, export/import and team view.
 * Import from here in extension pages; the background also imports `./background`. Never import this
 * from a content script: it opens IndexedDB in the extension origin only (content scripts send
 * `stats:record` messages; see ./events).
 */
export * from './day';
export * from './events';
export * from './schema';
export * from './settings';
export * from './counters';
export { StatsRecorder, writeEvents, isQuotaError, type RecorderOptions } from './record';
export { pruneStats, deleteAllStats, type PruneResult } from './retention';
export { handleStatsMessage, type StatsHandlerContext, type StatsMessageSender } from './handler';
export { buildExport, exportJson, exportCsv, exportTeamCsv, exportFileName, CSV_COLUMNS, type ExportOptions } from './export';
export * from './export-schema';
export { exportFileTooLarge, importExports, parseExportFile, removeFromTeam, restoreTeam, describeProblems, type TeamSnapshot, type ExportFile, type ImportProblem, type ImportResult, type ImportedFile } from './import';
export { registerPracticeExportSection, type PracticeExportSection } from './practice-section';
export { summarise, summariseSeries, asSeries, rateRow, ToneTally, type DashboardData, type RateRow, type ToneDay } from './aggregate';
export { loadOwnRows, loadTeamRows, loadTeamSeries, loadTeamMembers, ownDayBounds, type TeamMember, type TeamDailyRow, type TeamToneRow } from './query';
export { teamTable, sortTeamRows, teamTableCsv, type TeamTable, type TeamTableRow, type TeamSortKey, type TeamMetric, type CategoryCells } from './team-table';
