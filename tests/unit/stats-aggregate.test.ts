import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../components/dashboard/charts';
import { summarise } from '../../lib/stats/aggregate';
import type { DailyRow, ToneRow } from '../../lib/stats/schema';

const row = (day: string, category: string, site: string, kind: DailyRow['kind'], shown: number, applied = 0, ignoredOnce = 0, ruleIgnored = 0): DailyRow => ({
  day, category, site, kind, shown, applied, ignoredOnce, ruleIgnored, found: shown,
});
const tone = (day: string, kind: ToneRow['kind'], buckets: number[], unscored = 0): ToneRow => ({
  day, site: 'zendesk', kind, buckets, unscored, drafts: buckets.reduce((a, b) => a + b, 0) + unscored,
});

describe('dashboard aggregation', () => {
  const daily = [
    row('2025-03-01', 'blame', 'zendesk', 'reply', 4, 3, 1),
    row('2025-03-01', 'help-wording', 'zendesk', 'internal-note', 2, 0, 0, 2),
    row('2025-03-03', 'blame', 'desk.example.com', 'reply', 6, 3, 0, 1),
    row('2025-02-20', 'blame', 'zendesk', 'reply', 100, 100), // outside the range
  ];
  const tones = [tone('2025-03-01', 'reply', [0, 0, 2, 2, 0], 1), tone('2025-03-03', 'internal-note', [2, 0, 0, 0, 0])];
  const data = summarise(daily, tones, '2025-03-01', '2025-03-03');

  it('sums per category, site and kind within the range, with rates', () => {
    expect(data.days).toEqual(['2025-03-01', '2025-03-02', '2025-03-03']);
    expect(data.shownPerCategoryPerDay).toEqual({ blame: [4, 0, 6], 'help-wording': [2, 0, 0] });
    expect(data.byCategory.find((r) => r.label === 'blame')).toMatchObject({ shown: 10, applied: 6, appliedRate: 0.6, ignoredRate: 0.2 });
    expect(data.bySite.map((r) => [r.label, r.shown])).toEqual([['desk.example.com', 6], ['zendesk', 6]]);
    expect(data.byKind.find((k) => k.kind === 'internal-note')).toMatchObject({ shown: 2, ruleIgnored: 2, drafts: 2, averageTone: 0 });
    expect(data.totals).toMatchObject({ shown: 12, applied: 6, ignoredOnce: 1, ruleIgnored: 3, drafts: 7 });
  });

  it('averages tone buckets per day over scored drafts only', () => {
    expect(data.tone.map((d) => d.average)).toEqual([2.5, null, 0]);
    expect(data.tone.map((d) => d.drafts)).toEqual([5, 0, 2]);
    expect(data.totals.averageTone).toBeCloseTo((2 * 2 + 2 * 3) / 6);
  });

  it('gives every chart a summary and a table with the same numbers', () => {
    const charts = buildCharts(data, 'the team');
    expect(charts.map((c) => c.id)).toEqual(['per-category', 'applied-vs-ignored', 'tone-trend', 'by-site', 'by-kind']);
    const perCategory = charts[0]!;
    expect(perCategory.summary).toMatch(/^12 suggestions shown from 2025-03-01 to 2025-03-03; most often Blame \(10\)/);
    expect(perCategory.table.rows).toEqual([['2025-03-01', 4, 2], ['2025-03-03', 6, 0]]);
    expect(charts[1]!.summary).toBe('Overall the team applied 50% of suggestions and ignored 33%.');
    expect(charts[1]!.table.rows[0]).toEqual(['Blame', 10, 6, 1, 1, '60%', '20%']);
    for (const c of charts) expect(c.total).toBeGreaterThan(0);
  });

  it('is empty, with zero totals, when nothing falls in the range', () => {
    const empty = summarise(daily, tones, '2024-01-01', '2024-01-07');
    expect(empty.isEmpty).toBe(true);
    expect(buildCharts(empty)[0]!.summary).toBe('No suggestions shown from 2024-01-01 to 2024-01-07.');
  });
});
