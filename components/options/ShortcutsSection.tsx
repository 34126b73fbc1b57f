/** Keyboard shortcuts: what each one does and the key the browser has for it now. */
import { Shortcuts } from '../shared/Shortcuts';
import { t } from '../../lib/i18n';

export function ShortcutsSection() {
  return (
    <section aria-labelledby="shortcuts-title" data-section="shortcuts">
      <h2 id="shortcuts-title">{t('shortcuts_title')}</h2>
      <p class="hint">{t('shortcuts_intro')}</p>
      <Shortcuts />
    </section>
  );
}
