/**
 * The JSON export format (documented in docs/export-schema.md). Everything an importer accepts is
 * spelled out here; strict objects reject unknown fields, so a file either matches exactly or is
 * refused with the path of the first field that does not. The counters in its rows are those of
 * lib/stats/counters.ts that the file's schema version has; an older file's missing counters are
 * filled in by their backfill (`upgradeExport`).
 */
import { z } from 'zod';
import { COUNTERS_EXPORT_VERSION, DAILY_COUNTERS, TONE_BANDS, TONE_COUNTERS, withBackfill, type Counter, type DailyCounterId, type ToneCounterId } from './counters';
import { isDay, type Day } from './day';
import { categorySchema, draftKindSchema, siteSchema } from './events';
import { AGENT_ID_PATTERN, displayNameSchema } from './settings';
import { signatureSchema } from './signing';

export const EXPORT_FORMAT = 'rapport-stats-export';
/** The first version whose files may carry a `signature` (./signing.ts); Rapport signs every file it writes from then on. */
export const SIGNED_SINCE_VERSION = 3;
/** The version this Rapport writes; it reads every version from 1 up to it. */
export const EXPORT_SCHEMA_VERSION = Math.max(SIGNED_SINCE_VERSION, COUNTERS_EXPORT_VERSION);

/** No Rapport stats exist before this day; earlier dates are corrupt or forged. */
export const EARLIEST_DAY: Day = '2020-01-01';
export const MAX_COUNT = 10_000_000;
export const MAX_EXPORT_ROWS = 200_000;
/** Characters; a year of a busy agent's stats is well under 10 MB. */
export const MAX_EXPORT_CHARS = 25_000_000;

const count = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'cannot be negative')
  .max(MAX_COUNT, `is implausibly large (over ${MAX_COUNT.toLocaleString('en')})`);

/** A day, checked against `latest` (today + 1 for time zones) when the schema is built. */
function daySchema(latest: Day) {
  // A year of rows repeats the same few hundred days: each is parsed as a date once per schema.
  const seen = new Map<string, boolean>();
  const calendarDay = (d: string) => seen.get(d) ?? (seen.size < 100_000 ? seen.set(d, isDay(d)).get(d)! : isDay(d));
  return z
    .string({ error: 'must be a date string YYYY-MM-DD' })
    .refine(calendarDay, 'is not a calendar date in the form YYYY-MM-DD')
    .refine((d) => !calendarDay(d) || (d >= EARLIEST_DAY && d <= latest), `is out of range (allowed ${EARLIEST_DAY} to ${latest})`);
}

/**
 * The counters of `list` that files of schema `version` carry, as zod fields. Typed as all of them:
 * the ones a version lacks are filled in by `upgradeExport` before anyone reads the rows.
 */
function counterFields<Id extends string>(list: readonly Counter[], version: number): Record<Id, typeof count> {
  const fields = list.filter((c) => c.since.export <= version).map((c) => [c.id, c.id === 'scoreSum' ? count.max(100 * MAX_COUNT, 'is implausibly large') : count]);
  return Object.fromEntries(fields) as Record<Id, typeof count>;
}

export function buildExportSchema(latestDay: Day, practiceSchema: z.ZodType = z.unknown(), version: number = EXPORT_SCHEMA_VERSION) {
  const day = daySchema(latestDay);
  const dailyRow = z.strictObject({ day, category: categorySchema, site: siteSchema, kind: draftKindSchema, ...counterFields<DailyCounterId>(DAILY_COUNTERS, version) });
  const toneRow = z
    .strictObject({
      day,
      site: siteSchema,
      kind: draftKindSchema,
      ...counterFields<ToneCounterId>(TONE_COUNTERS, version),
      buckets: z.array(count).length(TONE_BANDS, `must list exactly ${TONE_BANDS} tone buckets`),
    })
    .refine((r) => r.buckets.reduce((a, b) => a + b, 0) + r.unscored === r.drafts, {
      message: 'drafts must equal the sum of the tone buckets plus unscored drafts',
      path: ['drafts'],
    })
    .refine((r) => r.scoreSum === undefined || r.scoreSum <= 100 * (r.drafts - r.unscored), {
      message: 'is more than 100 for every scored draft',
      path: ['scoreSum'],
    });

  return z
    .strictObject({
      format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}" (is this a Rapport stats export?)` }),
      schemaVersion: z.literal(version),
      exportedAt: z.iso.datetime({ error: 'must be an ISO 8601 date-time' }),
      agent: z.strictObject({
        id: z.string().regex(AGENT_ID_PATTERN, 'is not a Rapport agent id ("agent-" followed by a UUID)'),
        displayName: displayNameSchema.nullable(),
      }),
      range: z
        .strictObject({ from: day, to: day })
        .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] }),
      daily: z.array(dailyRow).max(MAX_EXPORT_ROWS, `has more than ${MAX_EXPORT_ROWS} rows`),
      tone: z.array(toneRow).max(MAX_EXPORT_ROWS, `has more than ${MAX_EXPORT_ROWS} rows`),
      /** Extension point for practice mode (issue 7); see docs/export-schema.md. */
      practice: practiceSchema.optional(),
      // Typed for every version; files older than SIGNED_SINCE_VERSION cannot carry one.
      signature: (version >= SIGNED_SINCE_VERSION ? signatureSchema : z.never({ error: `is not part of export schema version ${version}` })).optional(),
    })
    .superRefine((file, ctx) => {
      if (file.exportedAt.slice(0, 10) > latestDay) {
        ctx.addIssue({ code: 'custom', path: ['exportedAt'], message: `is in the future (after ${latestDay})` });
      }
      const check = (rows: readonly { day: string }[], name: string, what: string, keyOf: (r: never) => string) => {
        const seen = new Set<string>();
        rows.forEach((row, i) => {
          if (row.day < file.range.from || row.day > file.range.to) {
            ctx.addIssue({ code: 'custom', path: [name, i, 'day'], message: `is outside the export's range ${file.range.from} … ${file.range.to}` });
          }
          const key = keyOf(row as never);
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [name, i], message: `repeats an earlier row for the same ${what}` });
          seen.add(key);
        });
      };
      check(file.daily, 'daily', 'day, category, site and kind', (r: { day: string; category: string; site: string; kind: string }) => `${r.day}|${r.category}|${r.site}|${r.kind}`);
      check(file.tone, 'tone', 'day, site and kind', (r: { day: string; site: string; kind: string }) => `${r.day}|${r.site}|${r.kind}`);
    });
}

/** An export as this Rapport holds it: every counter present, whatever version the file was. */
export type StatsExport = Omit<z.infer<ReturnType<typeof buildExportSchema>>, 'schemaVersion'> & { schemaVersion: number };
export type ExportDailyRow = StatsExport['daily'][number];
export type ExportToneRow = StatsExport['tone'][number];

/** A parsed file of an older schema version with the counters it lacks filled in. */
export function upgradeExport(parsed: StatsExport): StatsExport {
  return { ...parsed, daily: parsed.daily.map((r) => withBackfill(r, DAILY_COUNTERS)), tone: parsed.tone.map((r) => withBackfill(r, TONE_COUNTERS)) };
}
