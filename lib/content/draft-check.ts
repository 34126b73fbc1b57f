/**
 * One check of the draft as the coach runs it: the engine with the agent's settings and the draft's
 * context, the cards with their stable keys, the tone reading, and the notice when it could not run.
 */
import type { CardFinding, Notice, ToneReading } from '../../components/sidebar/model';
import { check } from '../coaching';
import type { CheckOptions, DraftKind, Finding } from '../engine/types';
import { t } from '../i18n';
import { toCards } from './keys';

export interface DraftContext {
  kind: DraftKind;
  customerMessage?: string | undefined;
  /** Desk id or host name, for the stats. */
  site: string;
}

/** What the options page and team packs change (lib/settings/live.ts); the coach adds the draft's context. */
export type SettingsCheckOptions = Pick<CheckOptions, 'disabled' | 'severity' | 'ignorePhrases' | 'pack'> & {
  /** Categories the organisation keeps on: "Ignore this rule" there hides the card for this draft only. */
  lockedCategories?: readonly string[];
};

/** Whole-draft tone, when a tone model is available (null: no meter). */
export type ToneOf = (text: string, findings: readonly Finding[]) => ToneReading | null;

export interface DraftCheck {
  cards: CardFinding[];
  tone: ToneReading | null;
  /** Why there are no cards: the draft is too long, or the check failed. */
  problem: Notice | null;
}

/** Drafts longer than this are not checked live (a pasted log file is not a reply). */
const MAX_LIVE_CHARS = 100_000;

export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : t('unknown_error'));

/** `skipped`: the rules not to run (disabled in the settings or ignored by the agent). */
export function checkDraft(text: string, context: DraftContext, settings: SettingsCheckOptions, skipped: string[], toneOf?: ToneOf): DraftCheck {
  if (text.length > MAX_LIVE_CHARS) {
    return { cards: [], tone: null, problem: { tone: 'info', text: t('notice_too_long', MAX_LIVE_CHARS.toLocaleString()) } };
  }
  let found: Finding[];
  try {
    found = check(text, {
      context: context.kind,
      ...(context.customerMessage ? { customerMessage: context.customerMessage } : {}),
      ...(settings.pack ? { pack: settings.pack } : {}),
      ...(settings.severity ? { severity: settings.severity } : {}),
      ...(settings.ignorePhrases ? { ignorePhrases: settings.ignorePhrases } : {}),
      disabled: skipped,
    });
  } catch (error) {
    return { cards: [], tone: null, problem: { tone: 'error', text: t('notice_check_failed', reasonOf(error)) } };
  }
  let tone: ToneReading | null = null;
  try {
    tone = toneOf ? toneOf(text, found) : null;
  } catch {
    // The tone model is an extra: without it the cards still come.
  }
  return { cards: toCards(text, found), tone, problem: null };
}
