/**
 * Apply: write a card's fix into the reply box through its editor strategy (undo-safe, lib/editing),
 * one at a time, to the card's words as they are now: the agent may have typed since the card was drawn.
 */
import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { CardFinding, Notice } from '../../components/sidebar/model';
import type { EditorHandle } from '../editing/types';
import { t } from '../i18n';
import { reasonOf } from './draft-check';

export interface FixOptions {
  /** The editor being coached, if any. */
  handle(): EditorHandle | null;
  /** The card with this key in a check of the text as it is now (undefined: gone). */
  fresh(key: string): CardFinding | undefined;
  /** Where a stale card or a failed apply is said. */
  notice: Signal<Notice | null>;
  /** The fix went in (for the stats). */
  applied(finding: CardFinding): void;
  /** Check the editor again after an apply. */
  recheck(): void;
}

export interface Fixer {
  /** True while an apply is running (the sidebar's buttons are disabled). */
  readonly busy: ReadonlySignal<boolean>;
  apply(finding: CardFinding, replacement: string): Promise<void>;
}

export function createFixer(options: FixOptions): Fixer {
  const busy = signal(false);
  const { notice } = options;

  async function apply(finding: CardFinding, replacement: string): Promise<void> {
    const target = options.handle();
    if (!target || busy.value) return;
    const now = options.fresh(finding.key);
    if (!now || !now.replacements.includes(replacement)) {
      notice.value = { tone: 'info', text: t('notice_stale') };
      return;
    }
    busy.value = true;
    try {
      const result = await target.replace(now.start, now.end, now.flagged, replacement);
      if (result.ok) {
        notice.value = null;
        options.applied(now);
      } else {
        notice.value = { tone: 'error', text: result.reason };
      }
    } catch (error) {
      notice.value = { tone: 'error', text: t('notice_apply_failed', reasonOf(error)) };
    } finally {
      busy.value = false;
      // Another reply box may have taken over meanwhile: it has its own checks.
      if (options.handle() === target) options.recheck();
    }
  }

  return { busy, apply };
}
