/**
 * Launches Firefox ESR from the OS packages with the built Firefox extension (.output/firefox-mv2)
 * installed as a temporary add-on, over WebDriver BiDi (puppeteer-core). Fails loudly (never
 * skips) when Firefox or the build is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CONSOLE_TO_STDOUT_PREFS, watchExtensionErrors, type ErrorLog } from './error-log';
import { QUIET_FIREFOX_PREFS } from './quiet-prefs';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/**
 * Firefox gives each install a random UUID for its moz-extension:// origin; a preset entry in
 * this pref makes it a known one, so tests can open the extension's pages.
 */
const ADDON_UUID = '6f1c3b52-2d7e-4e0a-9a43-5b8f7c1d2e90';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function firefoxPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('Firefox not found. Install it from the OS packages: `sudo apt-get install firefox-esr` (Debian/Ubuntu), or set FIREFOX_PATH.');
  }
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid>/ — the extension's pages are under it. */
  extensionOrigin: string;
  /** Console errors and uncaught errors of the extension's pages (see error-log.ts). */
  errors: ErrorLog;
  /** When Firefox was started (epoch ms). */
  startedAt: number;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(options: { headless?: boolean } = {}): Promise<FirefoxWithExtension> {
  const manifestFile = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  // The add-on id comes from wxt.config.ts (browser_specific_settings.gecko.id) via the build.
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestFile} has no browser_specific_settings.gecko.id`);
  const executablePath = firefoxPath();
  const profile = mkdtempSync(join(tmpdir(), 'rapport-firefox-'));
  const startedAt = Date.now();
  const launching = puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    userDataDir: profile,
    // Lets BiDi open moz-extension:// pages (the options, dashboard, practice and popup pages).
    args: ['--remote-allow-system-access'],
    // As the Chromium suite's window: a desktop agent's, wide enough that the panel fits beside the
    // reply box (in headless Firefox's 800 × 600 default Rapport starts as the badge, by design).
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      ...CONSOLE_TO_STDOUT_PREFS,
    },
  });
  const browser = await launching.catch((error: unknown) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  const extensionOrigin = `moz-extension://${ADDON_UUID}/`;
  let errors: ErrorLog;
  try {
    const process = browser.process();
    if (!process) throw new Error('puppeteer started Firefox without a child process');
    errors = watchExtensionErrors(process, extensionOrigin);
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`Firefox installed the add-on as ${installed}, expected ${addonId}`);
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    extensionOrigin,
    errors,
    startedAt,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
