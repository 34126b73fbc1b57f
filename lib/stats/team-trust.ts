/**
 * Which files of a team import to trust, decided before anything is written (./import.ts keeps the
 * import all-or-nothing). Rules, in docs/export-schema.md "Signatures":
 *  - A signed file must verify against the key it carries, whoever it claims to be; a file changed
 *    after export is refused, and "Replace this agent" cannot override that.
 *  - The first signed file imported for an agent id pins that id to its key (thumbprint). A later
 *    file for the id signed with another key, or not signed at all, is refused with a message naming
 *    the agent; the lead can choose "Replace this agent" (`replace`), which drops the agent's data
 *    and pin and imports the files as if the agent were new.
 *  - Unsigned files (Rapport before export schema 3) are accepted for agents that are not pinned,
 *    and marked unsigned in the team view; a signed file's days replace unsigned days whatever their
 *    `exportedAt` (./import.ts).
 *  - Files of one batch that claim the same agent must agree: two keys, or signed and unsigned
 *    files for an agent without a pin, are refused (import the one you trust on its own).
 */
import type { StatsExport } from './export-schema';
import type { ImportProblem } from './import';
import type { StatsDb, TeamAgentRow } from './schema';
import { verifyExport } from './signing';

export interface CandidateFile {
  file: string;
  data: StatsExport;
  /** The file's JSON object as read (what its signature covers). */
  payload: object;
}

export interface TrustedFile {
  file: string;
  data: StatsExport;
  /** The key's thumbprint for a verified signed file; null for an unsigned one. */
  thumbprint: string | null;
}

export type TrustResult = { ok: true; files: TrustedFile[] } | { ok: false; problems: ImportProblem[] };

/** "Sam Carter (agent-3f2b8c1e…)", or the id alone for an agent without a name. */
export function agentLabel(agentId: string, name: string | null | undefined): string {
  const short = `${agentId.slice(0, 14)}…`;
  return name ? `${name} (${short})` : short;
}

export async function checkTrust(db: StatsDb, candidates: readonly CandidateFile[], replace: ReadonlySet<string> = new Set()): Promise<TrustResult> {
  const problems: ImportProblem[] = [];
  const ids = [...new Set(candidates.map((c) => c.data.agent.id))];
  const stored = new Map<string, TeamAgentRow>();
  (await db.teamAgents.bulkGet(ids)).forEach((row, i) => {
    if (row && !replace.has(ids[i]!)) stored.set(ids[i]!, row);
  });
  const who = (c: CandidateFile) => {
    const known = stored.get(c.data.agent.id);
    return agentLabel(c.data.agent.id, known ? known.displayName : c.data.agent.displayName);
  };

  const verified: TrustedFile[] = [];
  for (const c of candidates) {
    if (!c.data.signature) {
      verified.push({ file: c.file, data: c.data, thumbprint: null });
      continue;
    }
    const check = await verifyExport(c.payload, c.data.signature);
    if (check.ok) verified.push({ file: c.file, data: c.data, thumbprint: check.thumbprint });
    else problems.push({ file: c.file, path: '(file)', message: `claims to come from ${who(c)}, but ${check.reason}, so it was not imported` });
  }

  for (const agentId of ids) {
    const files = verified.filter((f) => f.data.agent.id === agentId);
    const known = stored.get(agentId);
    const label = agentLabel(agentId, known?.displayName ?? files[0]?.data.agent.displayName);
    const replaceable = { agentId, label };
    const pin = known?.keyThumbprint;
    if (pin) {
      for (const f of files) {
        if (f.thumbprint === pin) continue;
        problems.push({
          file: f.file,
          path: '(file)',
          message: f.thumbprint
            ? `is signed with a different key than the files of ${label} you imported before, so it was not imported: it may be forged. If ${label} really exported it (from a new computer or browser), choose "Replace this agent".`
            : `is not signed, but the files of ${label} you imported before were, so it was not imported: it may be forged. If ${label} really exported it (with an older Rapport), choose "Replace this agent".`,
          replaceAgent: replaceable,
        });
      }
      continue;
    }
    const keys = new Set(files.map((f) => f.thumbprint).filter((t) => t !== null));
    if (keys.size > 1) {
      for (const f of files.filter((f) => f.thumbprint !== null)) {
        problems.push({ file: f.file, path: '(file)', message: `claims to come from ${label}, as other files you picked do, but they are signed with different keys: import the file you trust on its own first` });
      }
    } else if (keys.size === 1) {
      const signed = files.find((f) => f.thumbprint !== null)!;
      for (const f of files.filter((f) => f.thumbprint === null)) {
        problems.push({ file: f.file, path: '(file)', message: `is not signed, but ${signed.file}, which also claims to come from ${label}, is: leave the unsigned file out` });
      }
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, files: verified };
}
