/** The mark next to a control the organisation set: the control is disabled and this says why. */
import { t } from '../../lib/i18n';

export function Locked({ id }: { id?: string }) {
  return (
    <span class="locked" id={id} data-locked="true">
      <span aria-hidden="true">🔒 </span>
      {t('locked')}
    </span>
  );
}
