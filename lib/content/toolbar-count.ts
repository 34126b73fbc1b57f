/**
 * The toolbar button's badge shows this tab's suggestion count (issue 14, item 5), so a glance at
 * the toolbar says whether the draft has anything to look at. The content script sends the number
 * only (never text) when it changes; the background sets the badge for the sending tab
 * (`rapport:toolbar-count`, lib/messages.ts). The browser clears a tab's badge when it navigates.
 */
import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Coach } from './coach';

/** Report the count while a reply box is coached (0 once none is); returns the stop function, which clears a count it set. */
export function reportCountToToolbar(coach: Pick<Coach, 'attached' | 'findings'>): () => void {
  // Nothing said yet: a frame that never coaches (an iframe without a reply box) must not clear the
  // count its top frame set.
  let said = 0;
  const send = (count: number): void => {
    said = count;
    void Promise.resolve()
      .then(() => browser.runtime.sendMessage({ type: 'rapport:toolbar-count', count }))
      .catch(() => undefined); // The extension reloaded under the page: no badge to keep.
  };
  const stop = effect(() => {
    const count = coach.attached.value ? coach.findings.value.length : 0;
    if (count !== said) send(count);
  });
  return () => {
    stop();
    if (said !== 0) send(0);
  };
}
