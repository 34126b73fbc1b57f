/**
 * What Rapport keeps, store by store and field by field: the one list the "What Rapport keeps"
 * panel (dashboard and options page) shows. A browser test reads every IndexedDB table and
 * extension storage key Rapport really has and fails when one is missing here, and unit tests
 * check every field the code writes is listed, so this cannot quietly fall behind.
 *
 * The counters' fields come from lib/stats/counters.ts.
 */
import { DAILY_COUNTERS, TONE_COUNTERS } from '../stats/counters';

export interface KeptField {
  name: string;
  what: string;
}

export type KeptPlace = 'rapport-stats' | 'rapport-practice' | 'storage.local' | 'storage.session';

export interface KeptStore {
  /** IndexedDB database, or the extension's own storage (`browser.storage.local`). */
  place: KeptPlace;
  /** Table, storage key, or key prefix ending in `*`. */
  name: string;
  holds: string;
  fields: KeptField[];
  /** How long it is kept. */
  kept: string;
  /** What of it leaves the computer in an export. */
  exported: string;
}

const RETENTION = 'deleted once older than your retention period, and by "Delete all my data"';
const UNTIL_DELETED = 'until you change or reset it';
const f = (name: string, what: string): KeptField => ({ name, what });
const row = (...fields: KeptField[]) => fields;
const counters = (list: typeof DAILY_COUNTERS) => list.map((c) => f(c.id, c.description));
const where = [f('day', 'the calendar day'), f('site', 'the desk (e.g. "zendesk") or the page’s host name (a pseudonym in exports, unless you turn that off)'), f('kind', 'reply or internal note')];

export const KEPT: readonly KeptStore[] = [
  {
    place: 'rapport-stats',
    name: 'events',
    holds: 'One row per thing that happened to a suggestion card. No words of any draft.',
    fields: row(
      f('id', 'a running number'),
      f('at', 'when the background received it, to the millisecond'),
      f('day', 'the calendar day of that time'),
      f('action', 'shown, applied, edited away, ignored once or rule ignored'),
      f('ruleId', 'which rule made the card'),
      f('category', 'the rule’s category'),
      f('severity', 'how loud the card was'),
      where[1]!,
      where[2]!,
    ),
    kept: RETENTION,
    exported: 'never',
  },
  {
    place: 'rapport-stats',
    name: 'drafts',
    holds: 'One row per draft you wrote, so a draft checked again replaces its earlier counts. No words of it.',
    fields: row(
      f('draftId', 'a random id for the draft'),
      f('at', 'when it was last checked, to the millisecond'),
      f('day', 'the calendar day of that time'),
      where[1]!,
      where[2]!,
      f('toneScore', 'its tone, 0 (curt) to 100 (warm), or empty when not scored'),
      f('counts', 'how many findings of each category it had'),
    ),
    kept: RETENTION,
    exported: 'never',
  },
  {
    place: 'rapport-stats',
    name: 'daily',
    holds: 'Counts per day, category, site and kind: what the dashboard and exports show.',
    fields: row(where[0]!, f('category', 'the category'), where[1]!, where[2]!, ...counters(DAILY_COUNTERS)),
    kept: RETENTION,
    exported: 'every field, in the JSON and CSV exports',
  },
  {
    place: 'rapport-stats',
    name: 'tone',
    holds: 'Drafts checked per day, site and kind, with their tone.',
    fields: row(...where, ...counters(TONE_COUNTERS), f('buckets', 'drafts per 20-point band of the tone score')),
    kept: RETENTION,
    exported: 'every field, in the JSON export',
  },
  {
    place: 'rapport-stats',
    name: 'meta',
    holds: 'Your stats settings, your pseudonymous identity, and the keys that sign your exports and hide host names in them.',
    fields: row(
      f('settings', 'recording on or off, the retention period, and whether exports name web pages by a pseudonym'),
      f('agent', 'a random agent id, and the display name if you set one'),
      f('signingKey', 'your export signing key pair (ECDSA P-256), made the first time you open your data or export: the private key, which the browser keeps non-extractable so no page or script can read it out, and the public key'),
      f('siteSecret', 'a random secret key (HMAC-SHA256, non-extractable) that turns host names into stable pseudonyms such as "site-3f9a1c2b" in your exports'),
      f('teamView', 'whether the team view hides names'),
      f('lastPrunedAt', 'when old stats were last deleted'),
    ),
    kept: 'settings until you change them; the id, name and keys until "Delete all my data"',
    exported: 'the agent id, display name and public signing key (with the signature), in the JSON export; never the private key or the secret',
  },
  {
    place: 'rapport-stats',
    name: 'teamAgents',
    holds: 'For a team lead: the agents whose exports you imported.',
    fields: row(
      f('agentId', 'the agent’s random id'),
      f('displayName', 'the name they chose to share, if any'),
      f('exportedAt', 'when their newest imported export was made'),
      f('importedAt', 'when you imported it'),
      f('files', 'the names of the files you imported'),
      f('keyThumbprint', 'the fingerprint of the key their files are signed with, pinned by the first signed file: files signed with another key are refused'),
      f('unsignedDays', 'the days still held from unsigned files (older Rapport versions)'),
      f('practice', 'their practice summary, when their export included it'),
    ),
    kept: 'until you remove the agent, clear the team view, or "Delete all my data"',
    exported: 'the display names, in the team CSV',
  },
  {
    place: 'rapport-stats',
    name: 'teamSeries',
    holds: 'For a team lead: each imported agent’s daily counts and tone, in one compact row per agent.',
    fields: row(
      f('agentId', 'the agent’s random id'),
      f('days', 'the days held'),
      f('dayExportedAt', 'which export each day came from'),
      f('categories', 'the categories in their counts'),
      f('sites', 'the sites in their counts'),
      f('dailyCounters', 'which counters the daily columns hold'),
      f('toneCounters', 'which counters the tone columns hold'),
      f('daily', 'their daily counts, as in "daily" above'),
      f('tone', 'their tone counts, as in "tone" above'),
    ),
    kept: 'until you remove the agent, clear the team view, or "Delete all my data"',
    exported: 'in the team CSV',
  },
  {
    place: 'rapport-practice',
    name: 'attempts',
    holds: 'Your practice attempts and their scores.',
    fields: row(
      f('id', 'a running number'),
      f('scenarioId', 'which scenario'),
      f('packId', 'which scenario pack'),
      f('scenarioTitle', 'the scenario’s title'),
      f('difficulty', 'easy, medium or hard'),
      f('at', 'when you submitted, to the millisecond'),
      f('score', 'the score out of 100'),
      f('rubricPoints', 'points from the rubric'),
      f('deductions', 'points taken off'),
      f('rubric', 'which rubric items passed'),
      f('findingCounts', 'findings per category'),
      f('tone', 'the reply’s tone as the model reads it, 0 to 1 (shown and exported as 0 to 100)'),
      f('wordCount', 'how many words'),
      f('reply', 'your reply’s text — only when you tick "Keep my reply text"'),
    ),
    kept: 'the latest 5,000 attempts; "Clear practice history" deletes them',
    exported: 'scores per attempt and scenario (never the reply text), in the JSON stats export only when you tick "Include my practice attempts"',
  },
  {
    place: 'rapport-practice',
    name: 'packs',
    holds: 'Scenario packs you imported.',
    fields: row(f('id', 'the pack id'), f('name', 'the pack name'), f('importedAt', 'when you imported it'), f('pack', 'the pack file’s scenarios')),
    kept: 'until you remove the pack',
    exported: 'only when you export the pack',
  },
  {
    place: 'rapport-practice',
    name: 'settings',
    holds: 'Your practice settings.',
    fields: row(f('key', '"settings"'), f('value', 'whether to keep your reply text')),
    kept: UNTIL_DELETED,
    exported: 'never',
  },
  {
    place: 'storage.local',
    name: 'rapport.settings',
    holds: 'Your coaching settings.',
    fields: row(
      f('version', 'the settings format'),
      f('categories', 'categories switched off and their levels'),
      f('disabledSites', 'sites where Rapport stays quiet'),
      f('ignorePhrases', 'the phrases you asked never to flag'),
    ),
    kept: UNTIL_DELETED,
    exported: 'never',
  },
  {
    place: 'storage.local',
    name: 'rapport.teamPacks',
    holds: 'The team packs you imported, as their files.',
    fields: row(f('packs', 'each pack’s file name, its text, and whether it is on')),
    kept: 'until you remove the pack',
    exported: 'only when you export the pack',
  },
  {
    place: 'storage.local',
    name: 'rapport.managedPolicy',
    holds: 'A copy of your organisation’s policy for Rapport, read from the browser’s managed storage.',
    fields: row(f('policy', 'forced packs, locked categories, site switch and export settings, and what was ignored')),
    kept: 'while the policy is set',
    exported: 'never',
  },
  {
    place: 'storage.local',
    name: 'rapport.ignoredRules',
    holds: 'Rules you switched off with "Ignore this rule".',
    fields: row(f('rules', 'the rule ids')),
    kept: 'until you restore them',
    exported: 'never',
  },
  {
    place: 'storage.local',
    name: 'rapport.siteIgnoredRules.*',
    holds: 'Per site: rules you switched off there with "Ignore this rule" → "on this site".',
    fields: row(f('rules', 'the rule ids')),
    kept: 'until you restore them',
    exported: 'never',
  },
  {
    place: 'storage.local',
    name: 'rapport.siteProfiles',
    holds: 'Desks you taught Rapport with "Teach this desk": where each one’s reply box is. No words of any draft.',
    fields: row(
      f('profiles', 'per page origin: its name, the CSS selectors of the reply box, the internal-note switch and the customer’s messages'),
    ),
    kept: 'until you remove the desk',
    exported: 'only when you put it in a team pack',
  },
  {
    place: 'storage.local',
    name: 'rapport.followUp',
    holds: 'Follow-through, only once you turn it on in the options: the promises you asked to be reminded of. Never the reply.',
    fields: row(
      f('enabled', 'that follow-through is on (the key does not exist while it is off)'),
      f('retentionDays', 'how long a reminder is kept at most (30 days)'),
      f('reminders', 'per reminder: a random id, promise or follow-up, the ticket’s address and title (at most 100 characters), the promise’s own words (at most 100 characters), the site, when it is due, when to remind, when it was made and when it was shown'),
    ),
    kept: 'each reminder until you mark it done or drop it, or 30 days after it was due; turning follow-through off deletes them all',
    exported: 'never (only the counts of promises made, kept, late and dropped, in the "tone" rows)',
  },
  {
    place: 'storage.session',
    name: 'rapport-stats-pending',
    holds: 'Stats events not yet written to the stats database, kept while the browser stops the background worker. No words of any draft.',
    fields: row(f('events', 'the same fields as the "events" table, each with when it happened')),
    kept: 'until the stats database takes them (seconds), or the browser closes',
    exported: 'never',
  },
  {
    place: 'storage.local',
    name: 'rapport.sidebar.*',
    holds: 'Per site: whether you keep the sidebar collapsed.',
    fields: row(f('collapsed', 'collapsed or open')),
    kept: UNTIL_DELETED,
    exported: 'never',
  },
];

/** The listed store for an IndexedDB table or a storage key, if any. */
export function keptStore(place: KeptPlace, name: string): KeptStore | undefined {
  return KEPT.find((s) => s.place === place && (s.name === name || (s.name.endsWith('*') && name.startsWith(s.name.slice(0, -1)))));
}

/** The names of the IndexedDB databases Rapport keeps. */
export const KEPT_DATABASES: readonly KeptPlace[] = ['rapport-stats', 'rapport-practice'];
