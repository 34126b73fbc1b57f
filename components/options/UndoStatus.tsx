import { t } from '../../lib/i18n';

/** A section's status line: what just happened, and an Undo button while the last removal can be taken back. */
export function UndoStatus({ message, undoAction, onUndo }: { message: string; undoAction: string; onUndo: (() => void) | null }) {
  return (
    <p role="status" class="hint">
      {message}{' '}
      {onUndo && (
        <button type="button" class="link" data-action={undoAction} onClick={onUndo}>
          {t('undo')}
        </button>
      )}
    </p>
  );
}
