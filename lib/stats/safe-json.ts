/** Checks on untrusted parsed JSON (import files, runtime messages) before any schema sees it. */

export interface HostileStructure {
  path: string;
  message: string;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 16;

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Walks parsed JSON for keys that could pollute prototypes downstream, and absurd nesting. */
export function findHostileStructure(value: unknown, path: (string | number)[] = []): HostileStructure | undefined {
  if (path.length > MAX_DEPTH) return { path: formatPath(path), message: `is nested more than ${MAX_DEPTH} levels deep` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findHostileStructure(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return { path: formatPath([...path, key]), message: `the key "${key}" is not allowed (it could tamper with object prototypes)` };
      }
      const found = findHostileStructure((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

