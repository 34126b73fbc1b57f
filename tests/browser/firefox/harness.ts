/**
 * The Firefox browser-test contract, like ../harness.ts for Chromium: a file
 * `tests/browser/firefox/<name>.firefox.ts` exports `tests: FirefoxTest[]`; firefox/run.ts finds
 * it by name. Every test gets the shared Firefox (the extension installed as a temporary add-on),
 * the fixture server's origin and fresh tabs that are closed afterwards.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { ErrorLog } from './error-log';

export interface FirefoxTestContext {
  browser: Browser;
  /** Fixture server origin, e.g. http://127.0.0.1:41234 (tests/fixtures is served at "/"). */
  origin: string;
  /** moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** Console errors and uncaught errors of the extension's pages. */
  extensionErrors: ErrorLog;
  /** When Firefox was started (epoch ms). */
  firefoxStartedAt: number;
  /**
   * A fresh tab, opened at `path` (relative to origin) when given. Headless Firefox sends focus
   * events only to tabs opened after start-up, so every test types into one of these.
   */
  newPage(path?: string): Promise<Page>;
  note(message: string): void;
}

export interface FirefoxTest {
  name: string;
  /** Default 30 s. */
  timeoutMs?: number;
  run(t: FirefoxTestContext): Promise<void>;
}
