/**
 * How events change the per-day aggregates: a batch's changes are collected per row, then applied
 * with one bulk read and one bulk write per table. Which counter an event adds to comes from
 * lib/stats/counters.ts; nothing here names a counter of the daily rows.
 */
import { addCounts, clampCounts, counterOfOutcome, countersOfAction, DAILY_COUNTERS, TONE_COUNTERS, zeroCounts, type DailyCounterId, type PromiseOutcome, type SuggestionAction, type ToneCounterId } from './counters';
import type { Day } from './day';
import type { DailyKey, DailyRow, DraftRow, StatsDb, ToneKey, ToneRow } from './schema';
import { toneBand } from './tone-score';

const dailyKeyOf = (r: Pick<DailyRow, 'day' | 'category' | 'site' | 'kind'>): DailyKey => [r.day, r.category, r.site, r.kind];
const toneKeyOf = (r: Pick<ToneRow, 'day' | 'site' | 'kind'>): ToneKey => [r.day, r.site, r.kind];

export class AggregateDeltas {
  private readonly daily = new Map<string, DailyRow>();
  private readonly tone = new Map<string, ToneRow>();

  private dailyRow(day: Day, category: string, site: string, kind: DailyRow['kind']): DailyRow {
    const key = JSON.stringify([day, category, site, kind]);
    let row = this.daily.get(key);
    if (!row) {
      row = { ...zeroCounts<DailyCounterId>(DAILY_COUNTERS), day, category, site, kind };
      this.daily.set(key, row);
    }
    return row;
  }

  private toneRow(day: Day, site: string, kind: ToneRow['kind']): ToneRow {
    const key = JSON.stringify([day, site, kind]);
    let row = this.tone.get(key);
    if (!row) {
      row = { ...zeroCounts<ToneCounterId>(TONE_COUNTERS), day, site, kind, buckets: [0, 0, 0, 0, 0] };
      this.tone.set(key, row);
    }
    return row;
  }

  /** One suggestion event: one more in each counter its action feeds. */
  suggestion(day: Day, e: { action: SuggestionAction; category: string; site: string; kind: DailyRow['kind'] }): void {
    const row = this.dailyRow(day, e.category, e.site, e.kind);
    for (const id of countersOfAction(e.action)) row[id] += 1;
  }

  /** A promise's outcome: one more in its counter of the site's reply row. */
  promise(day: Day, site: string, outcome: PromiseOutcome): void {
    const id = counterOfOutcome(outcome);
    if (id) this.toneRow(day, site, 'reply')[id] += 1;
  }

  /** Adds (sign 1) or removes (sign -1) one checked draft's contribution. */
  draft(d: Pick<DraftRow, 'day' | 'site' | 'kind' | 'toneScore' | 'counts'>, sign: 1 | -1): void {
    for (const [category, count] of Object.entries(d.counts)) {
      if (count > 0) this.dailyRow(d.day, category, d.site, d.kind).found += sign * count;
    }
    const tone = this.toneRow(d.day, d.site, d.kind);
    tone.drafts += sign;
    if (d.toneScore === null) {
      tone.unscored += sign;
    } else {
      tone.scoreSum += sign * d.toneScore;
      const band = toneBand(d.toneScore);
      tone.buckets[band] = (tone.buckets[band] ?? 0) + sign;
    }
  }

  async applyTo(db: StatsDb): Promise<void> {
    const dailyDeltas = [...this.daily.values()];
    const existingDaily = await db.daily.bulkGet(dailyDeltas.map(dailyKeyOf));
    await db.daily.bulkPut(
      dailyDeltas.map((delta, i) => {
        const row = { ...(existingDaily[i] ?? delta) };
        if (existingDaily[i]) addCounts(row, delta, DAILY_COUNTERS);
        return clampCounts(row, DAILY_COUNTERS);
      }),
    );
    const toneDeltas = [...this.tone.values()];
    const existingTone = await db.tone.bulkGet(toneDeltas.map(toneKeyOf));
    await db.tone.bulkPut(
      toneDeltas.map((delta, i) => {
        const old = existingTone[i];
        if (!old) return clampTone(delta);
        const row = { ...old, buckets: old.buckets.map((n, b) => n + (delta.buckets[b] ?? 0)) };
        addCounts(row, delta, TONE_COUNTERS);
        return clampTone(row);
      }),
    );
  }
}

function clampTone(r: ToneRow): ToneRow {
  return { ...clampCounts(r, TONE_COUNTERS), buckets: r.buckets.map((n) => Math.max(0, n)) };
}
