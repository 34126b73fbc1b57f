/** practice.html: mounts the practice page; the scenario in the URL hash (#printer-2am-deadline) opens directly. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadToneModel } from '../../lib/coaching';
// The faster, equivalent compromise sweep (extension pages have no size budget).
import '../../lib/engine/compromise-sweep';
import { modelToneReading } from '../../lib/practice/model-tone';
import { setToneReader } from '../../lib/practice/tone';
import { PracticeApp } from '../../components/practice/PracticeApp';
import { createPracticeStore } from '../../components/practice/store';
import '../../components/practice/practice.css';

/**
 * The tone model's weights ship in the extension (public/models/tone/); this page reads them from
 * its own package, never the network. Until they load (or if they can't), tone items fall back to
 * wording and the meter says so.
 */
const toneModelReady = fetch(browser.runtime.getURL('/models/tone/tone-model.json' as Parameters<typeof browser.runtime.getURL>[0]))
  .then(async (response) => {
    if (!response.ok) throw new Error(`no tone model in this build (${response.status})`);
    loadToneModel(await response.json());
    setToneReader(modelToneReading);
  })
  .catch((error: unknown) => console.warn('Rapport practice: scoring without the tone model:', error));

const store = createPracticeStore();
const root = document.getElementById('app');
if (root) render(<PracticeApp store={store} />, root);

function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && store.entries.value.some((e) => e.scenario.id === id)) store.select(id);
}

void Promise.all([store.refresh(), toneModelReady]).then(() => {
  openFromHash();
  document.documentElement.dataset.practiceReady = 'true';
});
window.addEventListener('hashchange', openFromHash);
