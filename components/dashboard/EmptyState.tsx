import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

/** What the agent sees before anything is recorded: what will appear, and that it stays private. */
export function EmptyState({ team = false }: { team?: boolean }) {
  if (team) {
    return (
      <section class="empty" data-empty="team">
        <h3>{t('empty_team_title')}</h3>
        <p>
          <Filled message="empty_team_body">
            <strong>{t('empty_export_json')}</strong>
          </Filled>
        </p>
        <p>{t('empty_team_private')}</p>
      </section>
    );
  }
  return (
    <section class="empty" data-empty="mine">
      <h3>{t('empty_mine_title')}</h3>
      <p>{t('empty_mine_body')}</p>
      <p>{t('empty_mine_private')}</p>
    </section>
  );
}
