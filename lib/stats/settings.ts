/**
 * The agent's stats settings and pseudonymous identity, kept in the stats database's `meta` table
 * (extension origin only). The options page and the dashboard read and change them through these
 * functions; the background reads them on every write, so changes apply at once.
 */
import { z } from 'zod';
import type { StatsDb } from './schema';

const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

const statsSettingsSchema = z.strictObject({
  /** Record anything at all. */
  recording: z.boolean(),
  /** Days of stats kept, today included; older days are pruned on startup and daily. */
  retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
  /** Exports name pages only the generic adapter covers by a pseudonym, not their host (./site-pseudonyms.ts). */
  pseudonymousSites: z.boolean(),
});
export type StatsSettings = z.infer<typeof statsSettingsSchema>;

export const DEFAULT_STATS_SETTINGS: StatsSettings = {
  recording: true,
  retentionDays: DEFAULT_RETENTION_DAYS,
  pseudonymousSites: true,
};

const SETTINGS_KEY = 'settings';
const AGENT_KEY = 'agent';
const TEAM_VIEW_KEY = 'teamView';

export async function getStatsSettings(db: StatsDb): Promise<StatsSettings> {
  const row = await db.meta.get(SETTINGS_KEY);
  // Read leniently: a setting an older release kept (keepExamples) must not reset the others.
  const parsed = statsSettingsSchema.partial().strip().safeParse(row?.value ?? {});
  return { ...DEFAULT_STATS_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** Changes some settings; throws (changing nothing) when a value is out of range. */
export async function updateStatsSettings(db: StatsDb, change: Partial<StatsSettings>): Promise<StatsSettings> {
  return db.transaction('rw', db.meta, async () => {
    const next = statsSettingsSchema.parse({ ...(await getStatsSettings(db)), ...change });
    await db.meta.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

export interface AgentIdentity {
  /** Random, generated once per installation; the only identity in exports unless a name is set. */
  id: string;
  displayName: string | null;
}

export const AGENT_ID_PATTERN = /^agent-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MAX_DISPLAY_NAME_LENGTH = 80;

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'cannot be empty')
  .max(MAX_DISPLAY_NAME_LENGTH, `must be at most ${MAX_DISPLAY_NAME_LENGTH} characters`)
  // Control characters (including bidi overrides) have no place in a name and can spoof others.
  .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s), 'cannot contain control characters');

/** The agent's identity, generating the pseudonymous id the first time it is needed. */
export async function getAgentIdentity(db: StatsDb): Promise<AgentIdentity> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(AGENT_KEY);
    const value = row?.value as Partial<AgentIdentity> | undefined;
    if (value && typeof value.id === 'string' && AGENT_ID_PATTERN.test(value.id)) {
      return { id: value.id, displayName: typeof value.displayName === 'string' ? value.displayName : null };
    }
    const identity: AgentIdentity = { id: `agent-${crypto.randomUUID()}`, displayName: null };
    await db.meta.put({ key: AGENT_KEY, value: identity });
    return identity;
  });
}

/** Sets (or, with null/empty, clears) the optional display name shown to a team lead. */
export async function setDisplayName(db: StatsDb, name: string | null): Promise<AgentIdentity> {
  const displayName = name === null || name.trim() === '' ? null : displayNameSchema.parse(name);
  return db.transaction('rw', db.meta, async () => {
    const identity = { ...(await getAgentIdentity(db)), displayName };
    await db.meta.put({ key: AGENT_KEY, value: identity });
    return identity;
  });
}

export interface TeamViewSettings {
  /** Hide agents' display names in the team view (agents are shown as "Agent 1", "Agent 2", …). */
  anonymise: boolean;
}

export async function getTeamViewSettings(db: StatsDb): Promise<TeamViewSettings> {
  const row = await db.meta.get(TEAM_VIEW_KEY);
  return { anonymise: (row?.value as Partial<TeamViewSettings> | undefined)?.anonymise === true };
}

export async function setTeamViewSettings(db: StatsDb, value: TeamViewSettings): Promise<void> {
  await db.meta.put({ key: TEAM_VIEW_KEY, value: { anonymise: value.anonymise === true } });
}
