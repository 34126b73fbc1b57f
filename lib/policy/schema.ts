/**
 * What an IT admin can set for Rapport through managed storage (Chrome: `3rdparty.extensions.<id>`
 * policy, validated by public/managed_schema.json; Firefox: `3rdparty.Extensions.<id>` in
 * policies.json). Pure: no browser APIs, no schema library, so the content script can use it too.
 *
 * An invalid value never blocks the valid ones: it is dropped with a reason the caller logs, and
 * the rest of the policy still applies. See docs/admin-policy.md.
 */

/** A team pack the admin installs for everyone: its file name (".yaml" or ".json") and its text. */
export interface ForcedPackSource {
  file: string;
  text: string;
}

export interface ManagedPolicy {
  /** Team packs that are always on and cannot be removed or disabled. */
  forcedPacks: ForcedPackSource[];
  /** Categories that stay on: their switch is locked in the options page. */
  lockedCategories: string[];
  /** Agents cannot switch Rapport off per site (every site where it runs stays on). */
  disableSiteSwitch: boolean;
  /** No exports: stats (JSON/CSV, team CSV) and team packs. */
  disableExport: boolean;
}

export const EMPTY_POLICY: ManagedPolicy = { forcedPacks: [], lockedCategories: [], disableSiteSwitch: false, disableExport: false };

export const POLICY_KEYS = ['forcedPacks', 'lockedCategories', 'disableSiteSwitch', 'disableExport'] as const;

/** Bounds that keep a mistyped policy from costing the browser anything. */
const POLICY_LIMITS = {
  forcedPacks: 20,
  lockedCategories: 100,
  fileNameChars: 200,
} as const;

const CATEGORY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** Why each ignored value was ignored, e.g. `lockedCategories[2]: "Blame!" is not a category id`. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/**
 * Chrome delivers booleans as booleans; some policy tools (Windows registry, plist) hand over
 * 0/1 or "true"/"false" — accept those exact forms, refuse anything else.
 */
function readBoolean(value: unknown, key: string, problems: string[]): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 'true') return true;
  if (value === 0 || value === 'false') return false;
  problems.push(`${key}: must be true or false, got ${describe(value)}; ignored (treated as false)`);
  return false;
}

function readLockedCategories(value: unknown, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`lockedCategories: must be a list of category ids, got ${describe(value)}; ignored`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (i >= POLICY_LIMITS.lockedCategories) {
      if (i === POLICY_LIMITS.lockedCategories) problems.push(`lockedCategories: more than ${POLICY_LIMITS.lockedCategories} entries; the rest are ignored`);
      return;
    }
    const id = typeof item === 'string' ? item.trim() : undefined;
    if (id === undefined || !CATEGORY.test(id) || id.length > 40) {
      problems.push(`lockedCategories[${i}]: ${describe(item)} is not a category id (lowercase words joined by "-"); ignored`);
      return;
    }
    if (!out.includes(id)) out.push(id);
  });
  return out;
}

function readForcedPacks(value: unknown, problems: string[]): ForcedPackSource[] {
  if (!Array.isArray(value)) {
    problems.push(`forcedPacks: must be a list of { "file", "text" } objects, got ${describe(value)}; ignored`);
    return [];
  }
  const out: ForcedPackSource[] = [];
  value.forEach((item, i) => {
    if (i >= POLICY_LIMITS.forcedPacks) {
      if (i === POLICY_LIMITS.forcedPacks) problems.push(`forcedPacks: more than ${POLICY_LIMITS.forcedPacks} packs; the rest are ignored`);
      return;
    }
    const where = `forcedPacks[${i}]`;
    if (!isRecord(item)) {
      problems.push(`${where}: must be an object with "file" and "text", got ${describe(item)}; ignored`);
      return;
    }
    const unknown = Object.keys(item).filter((k) => k !== 'file' && k !== 'text');
    if (unknown.length) problems.push(`${where}: unknown field(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')} ignored`);
    const text = item.text;
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`${where}.text: must be the pack's YAML or JSON text, got ${describe(text)}; pack ignored`);
      return;
    }
    const rawFile = item.file === undefined ? `policy-pack-${i + 1}.yaml` : item.file;
    if (typeof rawFile !== 'string' || !/^[^/\\\u0000-\u001f]{1,200}\.(ya?ml|json)$/i.test(rawFile)) {
      problems.push(`${where}.file: must be a file name ending in .yaml, .yml or .json, got ${describe(rawFile)}; pack ignored`);
      return;
    }
    out.push({ file: rawFile, text });
  });
  return out;
}

/** Reads whatever managed storage returned. Never throws; every dropped value has a problem line. */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { policy: { ...EMPTY_POLICY }, problems };
  if (!isRecord(raw)) return { policy: { ...EMPTY_POLICY }, problems: [`the policy must be an object of settings, got ${describe(raw)}; ignored`] };
  const policy: ManagedPolicy = { ...EMPTY_POLICY, forcedPacks: [], lockedCategories: [] };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    switch (key) {
      case 'forcedPacks':
        policy.forcedPacks = readForcedPacks(value, problems);
        break;
      case 'lockedCategories':
        policy.lockedCategories = readLockedCategories(value, problems);
        break;
      case 'disableSiteSwitch':
        policy.disableSiteSwitch = readBoolean(value, key, problems);
        break;
      case 'disableExport':
        policy.disableExport = readBoolean(value, key, problems);
        break;
      default:
        problems.push(`${JSON.stringify(key.slice(0, 60))}: not a Rapport policy (known: ${POLICY_KEYS.join(', ')}); ignored`);
    }
  }
  return { policy, problems };
}

/** Does the policy set anything at all (for "Some settings are managed by your organisation")? */
export function isPolicyActive(policy: Pick<ManagedPolicy, keyof ManagedPolicy>): boolean {
  return policy.forcedPacks.length > 0 || policy.lockedCategories.length > 0 || policy.disableSiteSwitch || policy.disableExport;
}
