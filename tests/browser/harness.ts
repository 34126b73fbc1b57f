/**
 * The browser-test contract. A test file is `tests/browser/<name>.browser.ts` exporting
 * `tests: BrowserTest[]`; run.ts finds it by name — no runner edits needed. Every test gets a
 * shared Chromium (extension loaded), the fixture server's origin, and fresh pages that the
 * network audit watches and that are closed afterwards.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface TestContext {
  context: BrowserContext;
  /** Fixture server origin, e.g. http://127.0.0.1:41234 (tests/fixtures is served at "/"). */
  origin: string;
  extensionId: string;
  /** A fresh tab, watched by the network audit, opened at `path` (relative to origin) when given. */
  newPage(path?: string): Promise<Page>;
  /** A line of detail printed under the test's result (figures, what was checked). */
  note(message: string): void;
}

export interface BrowserTest {
  name: string;
  /** Default 30 s. */
  timeoutMs?: number;
  run(t: TestContext): Promise<void>;
}
