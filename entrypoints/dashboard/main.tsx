import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import { registerPracticeStatsSection } from '../../lib/practice/stats-section';
import '../../components/dashboard/styles.css';
import { t } from '../../lib/i18n';

document.title = t('dash_page_title');

// Practice history travels in the JSON export's `practice` section (docs/export-schema.md).
registerPracticeStatsSection();

render(<App />, document.getElementById('app')!);
