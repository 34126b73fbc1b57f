/**
 * The admin policy fails closed: a forced pack that is broken — or that makes pack loading throw —
 * is left out and reported, while the same policy's locked categories, site switch and other
 * forced packs still reach the tabs. Hyphenated phrases ("e-mail") are ordinary packs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const storage = vi.hoisted(() => ({ managed: {} as Record<string, unknown>, local: {} as Record<string, unknown> }));

vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      managed: { get: async () => storage.managed },
      local: {
        get: async (key: string) => ({ [key]: storage.local[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(storage.local, items),
      },
      onChanged: { addListener: () => undefined },
    },
  },
}));

/** Packs whose text says EXPLODE make loading throw, as an unforeseen bug in a loader would. */
vi.mock('../../lib/packs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/packs')>();
  return {
    ...actual,
    loadPack: (text: string, file: string) => {
      if (text.includes('EXPLODE')) throw new SyntaxError('Invalid regular expression: /\\-/u: Invalid escape');
      return actual.loadPack(text, file);
    },
  };
});

const { resolvePolicy } = await import('../../lib/policy/resolve');
const { syncPolicy } = await import('../../lib/policy/sync');
const { POLICY_KEY, readStoredPolicy } = await import('../../lib/settings/store');

const HYPHENATED = readFileSync(resolve(import.meta.dirname, '../fixtures/packs/good/hyphenated.yaml'), 'utf8');
const ACME = readFileSync(resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml'), 'utf8');
const EXPLODING = `${ACME.replace(/^name: .*$/m, 'name: exploding')}\n# EXPLODE\n`;

const policy = (forcedPacks: { file: string; text: string }[]) => ({
  lockedCategories: ['blame', 'terminology'],
  disableSiteSwitch: true,
  disableExport: true,
  forcedPacks,
});

describe('admin policy fails closed', () => {
  beforeEach(() => {
    storage.managed = {};
    storage.local = {};
  });

  it('forces a pack with hyphenated phrases and keeps the policy\'s locks', () => {
    const resolved = resolvePolicy(policy([{ file: 'hyphenated.yaml', text: HYPHENATED }]));
    expect(resolved.problems).toEqual([]);
    expect(resolved.forcedPacks.map((p) => p.pack.name)).toEqual(['hyphen-words']);
    expect(resolved.lockedCategories).toEqual(['blame', 'terminology']);
    expect(resolved.disableSiteSwitch).toBe(true);
  });

  it('leaves out a pack whose loading throws, reports it, and applies everything else', () => {
    const resolved = resolvePolicy(
      policy([
        { file: 'exploding.yaml', text: EXPLODING },
        { file: 'acme-it.yaml', text: ACME },
      ]),
    );
    expect(resolved.forcedPacks.map((p) => p.pack.name)).toEqual(['acme-it']);
    expect(resolved.problems).toHaveLength(1);
    expect(resolved.problems[0]).toMatch(/^forcedPacks\[0\] \(exploding\.yaml\): pack ignored:\n {2}exploding\.yaml: the pack could not be loaded \(Invalid regular expression/);
    expect(resolved).toMatchObject({ lockedCategories: ['blame', 'terminology'], disableSiteSwitch: true, disableExport: true });
  });

  it('syncPolicy writes the locks and switches for the tabs even when a forced pack is broken', async () => {
    storage.managed = policy([
      { file: 'hyphenated.yaml', text: HYPHENATED },
      { file: 'exploding.yaml', text: EXPLODING },
      { file: 'broken.yaml', text: 'name: broken' },
    ]);
    await syncPolicy();
    const stored = readStoredPolicy(storage.local[POLICY_KEY]);
    expect(stored.lockedCategories).toEqual(['blame', 'terminology']);
    expect(stored.disableSiteSwitch).toBe(true);
    expect(stored.disableExport).toBe(true);
    expect(stored.forcedPacks.map((p) => p.pack.name)).toEqual(['hyphen-words']);
    expect(stored.problems.map((p) => p.split(':')[0])).toEqual(['forcedPacks[1] (exploding.yaml)', 'forcedPacks[2] (broken.yaml)']);
  });
});
