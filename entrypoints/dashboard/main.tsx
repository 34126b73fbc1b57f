import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import { registerPracticeStatsSection } from '../../lib/practice/stats-section';
import '../../components/dashboard/styles.css';

// Practice history travels in the JSON export's `practice` section (docs/export-schema.md).
registerPracticeStatsSection();

render(<App />, document.getElementById('app')!);
