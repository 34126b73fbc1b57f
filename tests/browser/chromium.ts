/**
 * Launches Debian's Chromium with the built extension loaded, for browser tests and the demo.
 * Fails loudly (never skips) when Chromium or the build is missing.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it from the OS packages: `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // New headless mode runs extensions; the old one does not.
      ...(options.headless ?? true ? ['--headless=new'] : []),
    ],
    viewport: { width: 1400, height: 900 },
  });
}

/** The extension's id, read from its service worker URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const id = new URL(worker.url()).host;
  if (!id) throw new Error('Could not read the extension id from its service worker');
  return id;
}
