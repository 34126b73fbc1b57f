/**
 * Background side of the policy: resolve storage.managed (forced packs validated and self-tested)
 * and keep the result in extension storage under `rapport.managedPolicy`, where the content scripts
 * read it without needing the pack validator. Runs at startup and whenever the policy changes.
 * Ignored values are logged with their reasons.
 */
import { browser } from 'wxt/browser';
import { POLICY_KEY } from '../settings/store';
import { readManagedStorage } from './read';
import { resolvePolicy, type ResolvedPolicy } from './resolve';
import { parsePolicy } from './schema';

let started = false;
let lastWritten = '';

/**
 * The policy to enforce, failing closed: should resolving the forced packs throw, the locks and
 * switches that can be read still apply (a restriction never lapses because a pack is broken).
 */
function resolveFailClosed(raw: unknown): ResolvedPolicy {
  try {
    return resolvePolicy(raw);
  } catch (error) {
    const { policy, problems } = parsePolicy(raw);
    const reason = error instanceof Error ? error.message : String(error);
    return { ...policy, forcedPacks: [], problems: [...problems, `forcedPacks: could not be applied (${reason}); the other settings still apply`] };
  }
}

export async function syncPolicy(): Promise<void> {
  const resolved = resolveFailClosed(await readManagedStorage());
  const stored = { ...resolved, forcedPacks: resolved.forcedPacks.map(({ file, pack }) => ({ file, pack })) };
  const text = JSON.stringify(stored);
  if (text === lastWritten) return;
  // Logged when the policy changes (and once each time the service worker starts), not on every event.
  for (const problem of resolved.problems) console.warn(`Rapport policy: ${problem}`);
  const current = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
  lastWritten = text;
  if (JSON.stringify(current) === text) return;
  await browser.storage.local.set({ [POLICY_KEY]: stored });
}

export function startPolicySync(): void {
  if (started) return;
  started = true;
  const run = (): void => {
    syncPolicy().catch((error: unknown) => console.warn('Rapport: could not apply the managed policy', error));
  };
  run();
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') run();
  });
}
