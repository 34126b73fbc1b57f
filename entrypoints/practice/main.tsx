/** practice.html: mounts the practice page; the scenario in the URL hash (#printer-2am-deadline) opens directly. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadCoachModel, loadToneModel } from '../../lib/coaching';
// The faster, equivalent compromise sweep (extension pages have no size budget).
import '../../lib/engine/compromise-sweep';
import { modelToneReading } from '../../lib/practice/model-tone';
import { setToneReader } from '../../lib/practice/tone';
import { PracticeApp } from '../../components/practice/PracticeApp';
import { createPracticeStore } from '../../components/practice/store';
import '../../components/practice/practice.css';
import { t } from '../../lib/i18n';

document.title = t('practice_page_title');

/**
 * The tone and coach models' weights ship in the extension (public/models/); this page reads them
 * from its own package, never the network. Until they load (or if they can't), tone items fall back to
 * wording and the meter says so.
 */
async function packaged(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`${path} is not in this build (${response.status})`);
  return response.json();
}

const toneModelReady = packaged('/models/tone/tone-model.json')
  .then((json) => {
    loadToneModel(json);
    setToneReader(modelToneReading);
  })
  .catch((error: unknown) => console.warn('Rapport practice: scoring without the tone model:', error));

// Scores read each sentence with the coach model too (as the sidebar does); the calibration figures
// in lib/practice/README.md are measured with it loaded.
const coachModelReady = packaged('/models/coach/coach-model.json')
  .then((json) => void loadCoachModel(json))
  .catch((error: unknown) => console.warn('Rapport practice: scoring without the coach model:', error));

const store = createPracticeStore();
const root = document.getElementById('app');
if (root) render(<PracticeApp store={store} />, root);

function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && store.entries.value.some((e) => e.scenario.id === id)) store.select(id);
}

void Promise.all([store.refresh(), toneModelReady, coachModelReady]).then(() => {
  openFromHash();
  document.documentElement.dataset.practiceReady = 'true';
});
window.addEventListener('hashchange', openFromHash);
