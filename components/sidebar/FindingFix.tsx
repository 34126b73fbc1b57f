/**
 * The fix part of a finding, shared by the sidebar card and the popover at the words: the line that
 * says what Apply writes (or, with nothing to apply, a suggestion to try), and the Apply button.
 */
import type { CardFinding } from './model';
import { applyLabel, fixLabel } from './labels';
import { trusted } from './trusted';
import { t } from '../../lib/i18n';
import { cardSuggestion } from '../../lib/card-suggestion';

/** "Replace with …" / "Remove …" when there is a replacement; else "Try: …" when there is a suggestion. */
export function FixLine({ finding, replacement }: { finding: CardFinding; replacement: string | undefined }) {
  if (replacement !== undefined) return <p class="fix">{fixLabel(replacement, finding.flagged)}</p>;
  const suggestion = cardSuggestion(finding);
  return suggestion ? (
    <p class="fix suggestion">
      {t('try')} <span>{suggestion}</span>
    </p>
  ) : null;
}

interface ApplyProps {
  finding: CardFinding;
  replacement: string;
  busy: boolean;
  /** Runs on the agent's own click only (`trusted`). */
  onApply(): void;
  title?: string;
  keyShortcut?: string;
}

export function ApplyButton({ finding, replacement, busy, onApply, title, keyShortcut }: ApplyProps) {
  return (
    <button
      type="button"
      class="primary"
      data-rapport-action="apply"
      disabled={busy}
      aria-label={applyLabel(finding.flagged, replacement)}
      title={title}
      aria-keyshortcuts={keyShortcut}
      onClick={trusted(onApply)}
    >
      {t('apply')}
    </button>
  );
}
