/**
 * The side-by-side team table and the summaries read straight from stored series: per agent and
 * category shown / resolved / ignored, tone and its trend, sorting (agents without a value last),
 * the CSV in the sorted order, and series written before a counter existed.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { summarise, summariseSeries } from '../../lib/stats/aggregate';
import type { DailyRow, ToneRow } from '../../lib/stats/schema';
import { encodeSeries, type TeamSeriesRow } from '../../lib/stats/team-series';
import { sortTeamRows, teamTable, teamTableCsv } from '../../lib/stats/team-table';

const daily = (day: string, category: string, shown: number, resolved: number, ignoredOnce = 0): DailyRow => ({
  day, category, site: 'zendesk', kind: 'reply', shown, applied: Math.min(1, resolved), resolved, ignoredOnce, ruleIgnored: 0, found: shown,
});
const tone = (day: string, scores: number[]): ToneRow => ({ day, site: 'zendesk', kind: 'reply', drafts: scores.length, unscored: 0, scoreSum: scores.reduce((a, b) => a + b, 0), buckets: [0, 0, 0, 0, scores.length], promisesMade: 0, promisesKept: 0, promisesLate: 0, promisesDropped: 0 });
const series = (agentId: string, d: DailyRow[], t: ToneRow[]): TeamSeriesRow => encodeSeries(agentId, d, t, new Map([...d, ...t].map((r) => [r.day, '2025-03-31T00:00:00.000Z'])));

const ana = series('agent-ana', [daily('2025-03-01', 'blame', 4, 3), daily('2025-03-03', 'venting', 2, 0, 2)], [tone('2025-03-01', [40]), tone('2025-03-04', [80])]);
const bo = series('agent-bo', [daily('2025-03-02', 'blame', 10, 2, 5)], [tone('2025-03-02', [60])]);
const members = [
  { agentId: 'agent-ana', label: 'Ana' },
  { agentId: 'agent-bo', label: 'Bo' },
  { agentId: 'agent-cy', label: 'Cy' },
];

describe('team table', () => {
  const table = teamTable([ana, bo], members, '2025-03-01', '2025-03-04');

  it('puts each agent side by side, per category, with tone and its trend', () => {
    expect(table.categories).toEqual(['blame', 'venting']);
    const [a, b, c] = table.rows;
    expect(a).toMatchObject({ label: 'Ana', shown: 6, resolved: 3, ignored: 2, tone: 60, toneTrend: 40 });
    expect(a!.byCategory).toEqual({ blame: { shown: 4, resolved: 3, ignored: 0 }, venting: { shown: 2, resolved: 0, ignored: 2 } });
    expect(b).toMatchObject({ label: 'Bo', shown: 10, resolved: 2, ignored: 5, tone: 60, toneTrend: null });
    expect(c).toMatchObject({ label: 'Cy', shown: 0, tone: null, byCategory: {} });
  });

  it('sorts by any column, agents without a value last either way', () => {
    const names = (key: Parameters<typeof sortTeamRows>[1], dir: 'ascending' | 'descending', metric?: 'shown' | 'resolved' | 'ignored') =>
      sortTeamRows(table.rows, key, dir, metric).map((r) => r.label);
    expect(names('resolved', 'descending')).toEqual(['Ana', 'Bo', 'Cy']);
    expect(names('resolved', 'ascending')).toEqual(['Bo', 'Ana', 'Cy']);
    expect(names('shown', 'descending')).toEqual(['Bo', 'Ana', 'Cy']);
    expect(names('category:blame', 'descending', 'resolved')).toEqual(['Ana', 'Bo', 'Cy']);
    expect(names('category:venting', 'ascending')).toEqual(['Ana', 'Bo', 'Cy']);
    expect(names('agent', 'descending')).toEqual(['Cy', 'Bo', 'Ana']);
  });

  it('exports the table as CSV in the order shown', () => {
    const sorted = sortTeamRows(table.rows, 'shown', 'descending');
    const csv = Papa.parse<Record<string, string>>(teamTableCsv(table, sorted).trim(), { header: true });
    expect(csv.meta.fields?.slice(0, 9)).toEqual(['agent', 'shown', 'resolved', 'ignored', 'resolved_rate', 'ignored_rate', 'drafts', 'tone', 'tone_trend']);
    expect(csv.data.map((r) => r.agent)).toEqual(['Bo', 'Ana', 'Cy']);
    expect(csv.data[1]).toMatchObject({ blame_shown: '4', blame_resolved: '3', venting_ignored: '2', resolved_rate: '0.5', tone: '60', tone_trend: '40' });
  });

  it('limits everything to the range', () => {
    expect(teamTable([ana, bo], members, '2025-03-03', '2025-03-04').rows[0]).toMatchObject({ shown: 2, resolved: 0, tone: 80 });
  });
});

describe('summaries read from series', () => {
  it('sum the team from the columns exactly as from rows', () => {
    const fromSeries = summariseSeries([ana, bo], '2025-03-01', '2025-03-04');
    const rows = [...[ana, bo].flatMap((s) => (s === ana ? [daily('2025-03-01', 'blame', 4, 3), daily('2025-03-03', 'venting', 2, 0, 2)] : [daily('2025-03-02', 'blame', 10, 2, 5)]))];
    const tones = [tone('2025-03-01', [40]), tone('2025-03-04', [80]), tone('2025-03-02', [60])];
    expect(fromSeries).toEqual(summarise(rows, tones, '2025-03-01', '2025-03-04'));
    expect(fromSeries.totals).toMatchObject({ shown: 16, resolved: 5, ignored: 7, averageTone: 60 });
  });

  it('read a series written before `resolved` and `scoreSum` existed as their backfill', () => {
    const old = series('agent-old', [daily('2025-03-01', 'blame', 4, 3)], [tone('2025-03-01', [90, 90])]);
    // As an older release wrote it: no resolved column, no scoreSum column.
    const width = old.dailyCounters.length;
    const r = old.dailyCounters.indexOf('resolved');
    old.daily.counts = old.daily.counts.filter((_, i) => i % width !== r);
    old.dailyCounters = old.dailyCounters.filter((id) => id !== 'resolved');
    const tw = old.toneCounters.length + 5;
    const t = old.toneCounters.indexOf('scoreSum');
    old.tone.counts = old.tone.counts.filter((_, i) => i % tw !== t);
    old.toneCounters = old.toneCounters.filter((id) => id !== 'scoreSum');
    const data = summariseSeries([old], '2025-03-01', '2025-03-01');
    expect(data.totals).toMatchObject({ shown: 4, applied: 1, resolved: 1, averageTone: 90 });
    expect(teamTable([old], [{ agentId: 'agent-old', label: 'Old' }], '2025-03-01', '2025-03-01').rows[0]).toMatchObject({ resolved: 1, tone: 90 });
  });
});
