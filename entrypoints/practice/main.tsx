/** practice.html: mounts the practice page; the scenario in the URL hash (#printer-2am-deadline) opens directly. */
import { render } from 'preact';
import { PracticeApp } from '../../components/practice/PracticeApp';
import { createPracticeStore } from '../../components/practice/store';
import '../../components/practice/practice.css';

const store = createPracticeStore();
const root = document.getElementById('app');
if (root) render(<PracticeApp store={store} />, root);

function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && store.entries.value.some((e) => e.scenario.id === id)) store.select(id);
}

void store.refresh().then(() => {
  openFromHash();
  document.documentElement.dataset.practiceReady = 'true';
});
window.addEventListener('hashchange', openFromHash);
