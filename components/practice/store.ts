/**
 * The practice page's state and actions. Components read these signals and call these actions;
 * scoring, storage and validation live in lib/practice.
 */
import { computed, signal } from '@preact/signals';
import { check } from '../../lib/coaching';
import type { Finding } from '../../lib/engine/types';
import { BUILTIN_PACK_ID, builtinPack } from '../../lib/practice/builtin';
import {
  allScenarios,
  clearHistory,
  getPack,
  getSettings,
  importPacks,
  listAttempts,
  listPacks,
  practiceDb,
  recordAttempt,
  removePack,
  restoreAttempts,
  restorePack,
  setSettings,
  type AttemptRecord,
  type PracticeDb,
  type PracticeSettings,
  type ScenarioEntry,
  type StoredPack,
} from '../../lib/practice/history';
import { exportPack, packFileName, packFileTooLarge, tooManyFiles, type PackError } from '../../lib/practice/pack';
import { readWithinLimits } from '../../lib/picked-files';
import type { Difficulty } from '../../lib/practice/schema';
import { lastCustomerMessage, scoreReply, type ScoreResult } from '../../lib/practice/score';
import { t, tCount, type MessageKey } from '../../lib/i18n';
import { readTone } from '../../lib/practice/tone';

export type View = 'practice' | 'progress' | 'packs';

export interface Filter {
  difficulty: Difficulty | 'all';
  theme: string;
  pack: string;
  query: string;
}

export interface Submission {
  result: ScoreResult;
  attempt: AttemptRecord;
  /** The reply as it was scored, for the side-by-side with the model answer. */
  reply: string;
}

export function createPracticeStore(db: PracticeDb = practiceDb()) {
  const entries = signal<ScenarioEntry[]>(builtinPack().scenarios.map((scenario) => ({ scenario, packId: BUILTIN_PACK_ID, packName: builtinPack().name })));
  const attempts = signal<AttemptRecord[]>([]);
  const packs = signal<StoredPack[]>([]);
  const settings = signal<PracticeSettings>({ keepReplies: false });
  const view = signal<View>('practice');
  const filter = signal<Filter>({ difficulty: 'all', theme: 'all', pack: 'all', query: '' });
  const selectedId = signal<string | null>(null);
  const reply = signal('');
  const submission = signal<Submission | null>(null);
  const showModel = signal(false);
  const busy = signal(false);
  const importErrors = signal<PackError[]>([]);
  const message = signal<string | null>(null);
  const error = signal<string | null>(null);
  /** Takes back the last removal (history cleared, pack removed) until the next action. */
  const undoable = signal<(() => Promise<void>) | null>(null);

  const selected = computed(() => entries.value.find((e) => e.scenario.id === selectedId.value) ?? null);
  const themes = computed(() => [...new Set(entries.value.flatMap((e) => e.scenario.themes))].sort());
  const visible = computed(() => {
    const f = filter.value;
    const q = f.query.trim().toLowerCase();
    return entries.value.filter(
      ({ scenario: s, packId }) =>
        (f.difficulty === 'all' || s.difficulty === f.difficulty) &&
        (f.theme === 'all' || s.themes.includes(f.theme)) &&
        (f.pack === 'all' || packId === f.pack) &&
        (!q || s.title.toLowerCase().includes(q) || s.themes.some((t) => t.includes(q))),
    );
  });
  const attemptsForSelected = computed(() => attempts.value.filter((a) => a.scenarioId === selectedId.value));
  /** Live findings for the composer's sidebar (the same engine call the score makes). */
  const liveFindings = computed<Finding[]>(() => {
    const s = selected.value;
    if (!s || !reply.value.trim()) return [];
    const customerMessage = lastCustomerMessage(s.scenario);
    return check(reply.value, { context: 'reply', ...(customerMessage !== undefined ? { customerMessage } : {}) });
  });

  /** Runs a task; `failed` is the message shown (with the error as $1) when it throws. */
  async function guard(failed: MessageKey, task: () => Promise<void>): Promise<void> {
    error.value = null;
    undoable.value = null;
    busy.value = true;
    try {
      await task();
    } catch (e) {
      error.value = t(failed, e instanceof Error ? e.message : String(e));
    } finally {
      busy.value = false;
    }
  }

  async function refresh(): Promise<void> {
    const [e, a, p, s] = await Promise.all([allScenarios(db), listAttempts(db), listPacks(db), getSettings(db)]);
    entries.value = e;
    attempts.value = a;
    packs.value = p;
    settings.value = s;
  }

  function select(id: string | null): void {
    if (id === selectedId.value) return;
    selectedId.value = id;
    reply.value = '';
    submission.value = null;
    showModel.value = false;
    view.value = 'practice';
  }

  async function submit(): Promise<void> {
    const entry = selected.value;
    const text = reply.value;
    if (!entry || !text.trim()) return;
    await guard('practice_failed_save', async () => {
      const tone = await readTone(text);
      const result = scoreReply(entry.scenario, text, { tone });
      const attempt = await recordAttempt(db, entry.scenario, entry.packId, result, text);
      attempts.value = [...attempts.value, attempt];
      submission.value = { result, attempt, reply: text };
    });
  }

  function retry(): void {
    submission.value = null;
  }

  async function importFiles(files: readonly File[]): Promise<void> {
    importErrors.value = [];
    message.value = null;
    await guard('practice_failed_import', async () => {
      // Count and sizes are checked before anything is read.
      const tooMany = tooManyFiles(files.length);
      const read = tooMany ? ({ ok: false, problems: [tooMany] } as const) : await readWithinLimits(files, (f) => packFileTooLarge(f.name, f.size));
      if (!read.ok) {
        importErrors.value = [...read.problems];
        return;
      }
      const result = await importPacks(db, read.files);
      if (!result.ok) {
        importErrors.value = result.errors;
        return;
      }
      await refresh();
      const count = result.packs.reduce((n, p) => n + p.scenarios.length, 0);
      message.value = t('practice_imported', tCount(result.packs.length, 'packs_one', 'packs_other'), tCount(count, 'scenarios_one', 'scenarios_other'));
    });
  }

  async function deletePack(packId: string): Promise<void> {
    await guard('practice_failed_remove', async () => {
      const removed = await removePack(db, packId);
      if (selected.value?.packId === packId) {
        // Drop the selection without leaving the packs tab, where Undo is offered.
        const shown = view.value;
        select(null);
        view.value = shown;
      }
      await refresh();
      message.value = t('practice_pack_removed');
      if (removed) {
        undoable.value = () =>
          guard('practice_failed_restore', async () => {
            const restored = await restorePack(db, removed);
            await refresh();
            message.value = t(restored ? 'practice_pack_restored' : 'practice_pack_not_restored', removed.name);
          });
      }
    });
  }

  /** The pack as a JSON file (download for the team lead to share or edit). */
  async function packDownload(packId: string): Promise<{ name: string; text: string } | null> {
    const pack = await getPack(db, packId);
    return pack ? { name: packFileName(pack), text: exportPack(pack) } : null;
  }

  async function setKeepReplies(keepReplies: boolean): Promise<void> {
    await guard('practice_failed_setting', async () => {
      settings.value = await setSettings(db, { keepReplies });
      attempts.value = await listAttempts(db);
    });
  }

  async function forgetHistory(): Promise<void> {
    await guard('practice_failed_clear', async () => {
      const removed = await clearHistory(db);
      attempts.value = [];
      submission.value = null;
      message.value = t('practice_history_cleared');
      // Kept in this page's memory only, until the next action or the page closes.
      undoable.value = () =>
        guard('practice_failed_restore', async () => {
          await restoreAttempts(db, removed);
          await refresh();
          message.value = t('practice_history_restored');
        });
    });
  }

  return {
    entries,
    attempts,
    packs,
    settings,
    view,
    filter,
    selectedId,
    selected,
    themes,
    visible,
    attemptsForSelected,
    reply,
    liveFindings,
    submission,
    showModel,
    busy,
    importErrors,
    message,
    error,
    refresh,
    select,
    submit,
    retry,
    importFiles,
    deletePack,
    packDownload,
    setKeepReplies,
    forgetHistory,
    undoable,
    undo: () => void undoable.value?.(),
  };
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;
