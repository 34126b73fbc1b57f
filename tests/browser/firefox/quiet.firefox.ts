/**
 * Firefox's own services stay quiet for the whole run (./quiet-prefs.ts). Runs last (files run in
 * name order). Nimbus' request to the test profile's unreachable Remote Settings server used to give
 * up 30 s after start-up and log a console error that the extension error log blamed on whichever
 * extension page was open; this test waits past that point and then finds no console error or
 * extension error in the log at all, other than the pages test's own probes.
 */
import assert from 'node:assert/strict';
import type { FirefoxTest } from './harness';
import { PROBE } from './pages.firefox';

/** Past the old 30 s Remote Settings timeout, with slack for a loaded machine. */
const QUIET_FOR_MS = 35_000;

export const tests: FirefoxTest[] = [
  {
    name: "Firefox's own services (Nimbus, Remote Settings) log no error during the run",
    timeoutMs: QUIET_FOR_MS + 10_000,
    async run(t) {
      const wait = t.firefoxStartedAt + QUIET_FOR_MS - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const lines = t.extensionErrors.since(0).filter((line) => !line.includes(PROBE));
      assert.deepEqual(lines, [], 'console or extension errors during the run');
      t.note(`no error in ${Math.round((Date.now() - t.firefoxStartedAt) / 1000)} s since Firefox started`);
    },
  },
];
