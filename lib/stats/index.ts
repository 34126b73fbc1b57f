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
export { pruneStats, deleteAllStats } from './retention';
export { exportJson, exportCsv, exportTeamCsv, exportFileName } from './export';
export * from './export-schema';
export { exportFileTooLarge, importExports, removeFromTeam, restoreTeam, type TeamSnapshot, type ImportProblem, type ExportFile } from './import';
export { summarise, summariseSeries, type DashboardData } from './aggregate';
export { loadOwnRows, loadTeamSeries, loadTeamMembers, type TeamMember } from './query';
export { teamTable, sortTeamRows, teamTableCsv, type TeamTable, type TeamSortKey, type TeamMetric } from './team-table';
