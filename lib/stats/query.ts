/** Reads for the dashboard: the agent's own rows, and imported team rows (all agents or one). */
import type { Day } from './day';
import type { DailyRow, StatsDb, TeamAgentRow, ToneRow } from './schema';
import { decodeSeries, type TeamSeriesRow } from './team-series';

export interface Rows {
  daily: DailyRow[];
  tone: ToneRow[];
}

export async function loadOwnRows(db: StatsDb, from: Day, to: Day): Promise<Rows> {
  return db.transaction('r', [db.daily, db.tone], async () => ({
    daily: await db.daily.where('day').between(from, to, true, true).toArray(),
    tone: await db.tone.where('day').between(from, to, true, true).toArray(),
  }));
}

export type TeamDailyRow = DailyRow & { agentId: string };
export type TeamToneRow = ToneRow & { agentId: string };

export interface TeamRows {
  daily: TeamDailyRow[];
  tone: TeamToneRow[];
}

/** Every imported agent's stored series (the team view reads them in place, lib/stats/aggregate.ts). */
export async function loadTeamSeries(db: StatsDb): Promise<TeamSeriesRow[]> {
  return db.teamSeries.toArray();
}

/** Imported rows for one agent, or for the whole team when `agentId` is undefined. */
export async function loadTeamRows(db: StatsDb, from: Day, to: Day, agentId?: string): Promise<TeamRows> {
  const series = agentId === undefined ? await db.teamSeries.toArray() : [await db.teamSeries.get(agentId)].filter((s) => s !== undefined);
  const out: TeamRows = { daily: [], tone: [] };
  for (const row of series) {
    const { daily, tone } = decodeSeries(row, from, to);
    for (const r of daily) out.daily.push(Object.assign(r, { agentId: row.agentId }));
    for (const r of tone) out.tone.push(Object.assign(r, { agentId: row.agentId }));
  }
  return out;
}

export interface TeamMember extends TeamAgentRow {
  /** What the dashboard shows: the display name, or "Agent N" when anonymised or unnamed. */
  label: string;
}

/** The imported agents in a stable order (by first import), labelled for display. */
export async function loadTeamMembers(db: StatsDb, anonymise: boolean): Promise<TeamMember[]> {
  const agents = (await db.teamAgents.toArray()).sort((a, b) => a.agentId.localeCompare(b.agentId));
  return agents.map((a, i) => ({
    ...a,
    label: !anonymise && a.displayName ? a.displayName : `Agent ${i + 1}`,
  }));
}

/** The days that hold any of the agent's own stats (for the date-range filter's defaults). */
export async function ownDayBounds(db: StatsDb): Promise<{ first: Day; last: Day } | undefined> {
  const first = await db.daily.orderBy('day').first();
  const last = await db.daily.orderBy('day').last();
  return first && last ? { first: first.day, last: last.day } : undefined;
}
