/**
 * Records every network request made by an extension context during the browser tests:
 *  - the service worker (Playwright reports its requests with `request.serviceWorker()`),
 *  - extension pages (frames whose URL is chrome-extension://…),
 *  - content scripts — their requests go out in the page's name, so each page gets a CDP session
 *    and a request counts when its initiator stack runs through chrome-extension:// code,
 * and, independently, any request from anywhere to a host other than 127.0.0.1/localhost (the
 * fixtures are all local, so nothing should leave the machine).
 * Loading the extension's own files (chrome-extension://, data:, blob:) is not network traffic.
 * Requests to /__audit_canary/ are the audit's own self-check and are kept apart.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export type RequestSource = 'service-worker' | 'extension-page' | 'content-script' | 'external';

export interface RecordedRequest {
  source: RequestSource;
  url: string;
  detail: string;
}

export interface NetworkAudit {
  /** Requests that break the rule (canaries excluded). */
  readonly violations: RecordedRequest[];
  /** Canary requests the self-check made, with how they were classified. */
  readonly canaries: RecordedRequest[];
  /** Make sure a page is watched before it navigates (pages opened by tests). */
  watch(page: Page): Promise<void>;
  stop(): Promise<void>;
}

const LOCAL_SCHEMES = /^(chrome-extension|moz-extension|data|blob|about|chrome):/;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface CdpStackTrace {
  callFrames: { url: string }[];
  parent?: CdpStackTrace;
}
interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStackTrace;
}

function stackMentionsExtension(stack: CdpStackTrace | undefined): string | null {
  for (let s = stack; s; s = s.parent) {
    for (const frame of s.callFrames) if (frame.url.startsWith('chrome-extension://')) return frame.url;
  }
  return null;
}

export function isCanary(url: string): boolean {
  return url.includes('/__audit_canary/');
}

export async function startNetworkAudit(context: BrowserContext): Promise<NetworkAudit> {
  const violations: RecordedRequest[] = [];
  const canaries: RecordedRequest[] = [];
  const sessions = new Map<Page, Promise<CDPSession>>();

  const record = (entry: RecordedRequest): void => {
    (isCanary(entry.url) ? canaries : violations).push(entry);
  };

  const onRequest = (request: Request): void => {
    const url = request.url();
    if (LOCAL_SCHEMES.test(url)) return;
    const worker = request.serviceWorker();
    if (worker) {
      if (worker.url().startsWith('chrome-extension://')) record({ source: 'service-worker', url, detail: worker.url() });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // Requests without a frame (e.g. from a worker) have no page to blame.
    }
    if (frameUrl.startsWith('chrome-extension://')) {
      record({ source: 'extension-page', url, detail: frameUrl });
      return;
    }
    let host = '';
    try {
      host = new URL(url).host.replace(/:\d+$/, '');
    } catch {
      host = '';
    }
    if (!LOCAL_HOSTS.has(host)) record({ source: 'external', url, detail: frameUrl });
  };

  async function watch(page: Page): Promise<void> {
    let pending = sessions.get(page);
    if (!pending) {
      pending = (async () => {
        const session = await context.newCDPSession(page);
        session.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: CdpInitiator }) => {
          const url = event.request.url;
          if (LOCAL_SCHEMES.test(url)) return;
          const script = stackMentionsExtension(event.initiator.stack) ?? (event.initiator.url?.startsWith('chrome-extension://') ? event.initiator.url : null);
          if (script) record({ source: 'content-script', url, detail: script });
        });
        await session.send('Network.enable');
        return session;
      })();
      sessions.set(page, pending);
    }
    await pending;
  }

  const onPage = (page: Page): void => {
    void watch(page).catch(() => undefined);
  };
  context.on('request', onRequest);
  context.on('page', onPage);
  await Promise.all(context.pages().map((p) => watch(p)));

  return {
    violations,
    canaries,
    watch,
    async stop() {
      context.off('request', onRequest);
      context.off('page', onPage);
      for (const pending of sessions.values()) {
        try {
          await (await pending).detach();
        } catch {
          // The page is already closed.
        }
      }
    },
  };
}
