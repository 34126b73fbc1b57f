import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../components/dashboard/charts';
import { summarise } from '../../lib/stats/aggregate';
import type { DailyRow, ToneRow } from '../../lib/stats/schema';

const row = (day: string, category: string, site: string, kind: DailyRow['kind'], shown: number, applied = 0, ignoredOnce = 0, ruleIgnored = 0, editedAway = 0): DailyRow => ({
  day, category, site, kind, shown, applied, resolved: applied + editedAway, ignoredOnce, ruleIgnored, found: shown,
});
/** Tone rows from the drafts' 0–100 scores (null: not scored). */
const tone = (day: string, kind: ToneRow['kind'], scores: (number | null)[]): ToneRow => {
  const scored = scores.filter((s): s is number => s !== null);
  const buckets = [0, 0, 0, 0, 0];
  for (const s of scored) buckets[Math.min(4, Math.floor(s / 20))]! += 1;
  return { day, site: 'zendesk', kind, buckets, unscored: scores.length - scored.length, drafts: scores.length, scoreSum: scored.reduce((a, b) => a + b, 0), promisesMade: 0, promisesKept: 0, promisesLate: 0, promisesDropped: 0 };
};

describe('dashboard aggregation', () => {
  const daily = [
    row('2025-03-01', 'blame', 'zendesk', 'reply', 4, 1, 1, 0, 2),
    row('2025-03-01', 'help-wording', 'zendesk', 'internal-note', 2, 0, 0, 2),
    row('2025-03-03', 'blame', 'desk.example.com', 'reply', 6, 3, 0, 1, 1),
    row('2025-02-20', 'blame', 'zendesk', 'reply', 100, 100), // outside the range
  ];
  const tones = [tone('2025-03-01', 'reply', [50, 55, 70, 75, null]), tone('2025-03-03', 'internal-note', [10, 20])];
  const data = summarise(daily, tones, '2025-03-01', '2025-03-03');

  it('sums per category, site and kind within the range, with rates', () => {
    expect(data.days).toEqual(['2025-03-01', '2025-03-02', '2025-03-03']);
    expect(data.shownPerCategoryPerDay).toEqual({ blame: [4, 0, 6], 'help-wording': [2, 0, 0] });
    const blame = data.byCategory.find((r) => r.label === 'blame')!;
    expect(blame).toMatchObject({ shown: 10, applied: 4, resolved: 7, ignored: 2, ignoredRate: 0.2 });
    expect(blame.rate).toMatchObject({ applied: 0.4, resolved: 0.7 });
    expect(data.bySite.map((r) => [r.label, r.shown])).toEqual([['desk.example.com', 6], ['zendesk', 6]]);
    expect(data.byKind.find((k) => k.kind === 'internal-note')).toMatchObject({ shown: 2, ruleIgnored: 2, drafts: 2, averageTone: 15 });
    expect(data.totals).toMatchObject({ shown: 12, applied: 4, resolved: 7, ignoredOnce: 1, ruleIgnored: 3, drafts: 7 });
  });

  it('averages tone on the 0–100 scale per day, over scored drafts only', () => {
    expect(data.tone.map((d) => d.average)).toEqual([62.5, null, 15]);
    expect(data.tone.map((d) => d.drafts)).toEqual([5, 0, 2]);
    expect(data.totals.averageTone).toBeCloseTo((50 + 55 + 70 + 75 + 10 + 20) / 6);
  });

  it('gives every chart a summary and a table with the same numbers', () => {
    const charts = buildCharts(data, 'the team');
    expect(charts.map((c) => c.id)).toEqual(['per-category', 'resolved-vs-ignored', 'tone-trend', 'by-site', 'by-kind']);
    const perCategory = charts[0]!;
    expect(perCategory.summary).toMatch(/^12 suggestions shown from 2025-03-01 to 2025-03-03; most often Blame \(10\)/);
    expect(perCategory.table.rows).toEqual([['2025-03-01', 4, 2], ['2025-03-03', 6, 0]]);
    expect(charts[1]!.summary).toBe('Overall the team resolved 58% of suggestions (33% with a one-click fix) and ignored 33%.');
    expect(charts[1]!.table.columns).toEqual(['Category', 'Shown', 'Applied', 'Resolved', 'Ignored once', 'Rule ignored', 'Found in drafts', 'Resolved rate', 'Ignored rate']);
    expect(charts[1]!.table.rows[0]).toEqual(['Blame', 10, 4, 7, 1, 1, 10, '70%', '20%']);
    expect(charts[2]!.summary).toMatch(/average tone 47 of 100 \(Neutral\)/);
    for (const c of charts) expect(c.total).toBeGreaterThan(0);
  });

  it('is empty, with zero totals, when nothing falls in the range', () => {
    const empty = summarise(daily, tones, '2024-01-01', '2024-01-07');
    expect(empty.isEmpty).toBe(true);
    expect(buildCharts(empty)[0]!.summary).toBe('No suggestions shown from 2024-01-01 to 2024-01-07.');
  });
});
