import { render } from 'preact';
import { OptionsApp } from '../../components/options/App';
import '../../components/options/options.css';
import { t } from '../../lib/i18n';

document.title = t('options_page_title');

render(<OptionsApp />, document.getElementById('app')!);
