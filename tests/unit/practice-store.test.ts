/**
 * The practice page's state without a browser: filters, live findings, submit → scored and stored
 * attempt, tone reader used when registered (and survived when it throws), pack import errors.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPracticeStore, type PracticeStore } from '../../components/practice/store';
import { builtinPack } from '../../lib/practice/builtin';
import { listAttempts, PracticeDb } from '../../lib/practice/history';
import { scoreReply } from '../../lib/practice/score';
import { setToneReader } from '../../lib/practice/tone';

const DIR = resolve(import.meta.dirname, '../fixtures/practice-packs');
const asFile = (path: string) => {
  const text = readFileSync(resolve(DIR, path), 'utf8');
  return { name: path.split('/').pop()!, size: Buffer.byteLength(text), text: async () => text } as unknown as File;
};

let db: PracticeDb;
let store: PracticeStore;
let n = 0;
beforeEach(async () => {
  db = new PracticeDb(`rapport-practice-store-${n++}`);
  store = createPracticeStore(db);
  await store.refresh();
});
afterEach(async () => {
  setToneReader(null);
  db.close();
  await db.delete();
});

describe('practice store', () => {
  it('filters by difficulty, theme and words', () => {
    const all = builtinPack().scenarios;
    store.filter.value = { ...store.filter.value, difficulty: 'hard' };
    expect(store.visible.value.map((e) => e.scenario.id)).toEqual(all.filter((s) => s.difficulty === 'hard').map((s) => s.id));
    store.filter.value = { difficulty: 'all', theme: 'security', pack: 'all', query: '' };
    expect(store.visible.value.every((e) => e.scenario.themes.includes('security'))).toBe(true);
    expect(store.visible.value.length).toBeGreaterThan(2);
    store.filter.value = { difficulty: 'all', theme: 'all', pack: 'all', query: 'printer' };
    expect(store.visible.value.map((e) => e.scenario.id)).toContain('printer-2am-deadline');
    expect(store.themes.value).toContain('security');
  });

  it('shows live findings for the reply against the ticket, and scores and stores a submission', async () => {
    store.select('rude-customer');
    store.reply.value = 'Calm down. Happy to help.';
    expect(store.liveFindings.value.map((f) => f.category)).toEqual(expect.arrayContaining(['dismissive', 'help-wording']));
    await store.submit();
    const s = builtinPack().scenarios.find((x) => x.id === 'rude-customer')!;
    expect(store.submission.value?.result).toEqual(scoreReply(s, 'Calm down. Happy to help.'));
    expect(store.attemptsForSelected.value).toHaveLength(1);
    expect((await listAttempts(db))[0]!.score).toBe(store.submission.value!.result.score);
    store.retry();
    expect(store.submission.value).toBeNull();
    expect(store.reply.value).toBe('Calm down. Happy to help.');
    store.select('slow-laptop');
    expect(store.reply.value).toBe('');
  });

  it('uses the tone reader when registered, and scores without it when it fails', async () => {
    const s = builtinPack().scenarios.find((x) => x.id === 'rude-customer')!;
    store.select(s.id);
    store.reply.value = s.modelAnswers[0]!;
    setToneReader(() => ({ score: 0.2 }));
    await store.submit();
    expect(store.submission.value!.result.tone).toEqual({ score: 0.2 });
    expect(store.submission.value!.result.rubric.find((r) => r.id === 'warm-tone')!.passed).toBe(false);
    setToneReader(() => {
      throw new Error('weights missing');
    });
    store.retry();
    await store.submit();
    expect(store.submission.value!.result.tone).toBeNull();
    expect(store.error.value).toBeNull();
    expect(store.submission.value!.result.score).toBe(100);
  });

  it('does not submit an empty reply', async () => {
    store.select('slow-laptop');
    store.reply.value = '   ';
    await store.submit();
    expect(store.submission.value).toBeNull();
    expect(await db.attempts.count()).toBe(0);
  });

  it('reports import errors and imports nothing; a good pack adds its scenarios', async () => {
    await store.importFiles([asFile('good-pack.json'), asFile('bad/unknown-field.json')]);
    expect(store.importErrors.value).toEqual([{ file: 'unknown-field.json', path: 'scenarios[1]', message: 'unknown field "hints"' }]);
    expect(store.packs.value).toEqual([]);
    await store.importFiles([asFile('good-pack.json')]);
    expect(store.importErrors.value).toEqual([]);
    expect(store.message.value).toBe('Imported 1 pack with 2 scenarios.');
    expect(store.entries.value.some((e) => e.scenario.id === 'acme-printer-toner')).toBe(true);
    const file = await store.packDownload('acme-onboarding');
    expect(file?.name).toBe('rapport-pack-acme-onboarding.json');
    store.select('acme-printer-toner');
    await store.deletePack('acme-onboarding');
    expect(store.selectedId.value).toBeNull();
    expect(store.entries.value.some((e) => e.scenario.id === 'acme-printer-toner')).toBe(false);
  });
});
