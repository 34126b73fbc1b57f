/**
 * The sidebar lives in the help desk's page, in an open shadow root (tests and other suites read
 * it), so page script can reach its buttons and call `.click()` or `dispatchEvent()` on them. Such
 * events have `isTrusted === false`; only the browser sets it true, for real input from the agent.
 * Every sidebar action goes through `trusted`, so the page can't apply a fix (editing the draft
 * and recording stats), ignore a rule on every site, restore rules, collapse the sidebar (saved
 * per site) or move between cards.
 */
export function trusted<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
