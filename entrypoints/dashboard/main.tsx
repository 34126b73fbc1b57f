import { render } from 'preact';
import { App } from '../../components/dashboard/App';
import '../../components/dashboard/styles.css';

render(<App />, document.getElementById('app')!);
