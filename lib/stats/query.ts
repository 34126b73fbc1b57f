/** Reads for the dashboard: the agent's own rows, and imported team rows (all agents or one). */
import type { Day } from './day';
import type { DailyRow, StatsDb, TeamAgentRow, ToneRow } from './schema';

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

/** Imported rows for one agent, or for the whole team when `agentId` is undefined. */
export async function loadTeamRows(db: StatsDb, from: Day, to: Day, agentId?: string): Promise<Rows> {
  return db.transaction('r', [db.teamDaily, db.teamTone], async () => {
    const daily = await db.teamDaily.where('day').between(from, to, true, true).toArray();
    const tone = await db.teamTone.where('day').between(from, to, true, true).toArray();
    const mine = <T extends { agentId: string }>(r: T) => agentId === undefined || r.agentId === agentId;
    return { daily: daily.filter(mine), tone: tone.filter(mine) };
  });
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
