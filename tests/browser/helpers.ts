/** Helpers for browser tests that drive Rapport's sidebar. Selectors are the stable test hooks. */
import type { Frame, Locator, Page } from 'playwright-core';

export const SIDEBAR = '[data-rapport="sidebar"]';

/** Playwright's CSS engine pierces open shadow roots, so these reach into the sidebar. */
export function card(page: Page, ruleId: string): Locator {
  return page.locator(`${SIDEBAR} [data-rapport-finding="${ruleId}"]`);
}

export function cards(page: Page): Locator {
  return page.locator(`${SIDEBAR} [data-rapport-finding]`);
}

export function panel(page: Page): Locator {
  return page.locator(`${SIDEBAR} aside`);
}

/** Wait until `check` returns true, else fail with `message` (and the last value seen). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, message: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`${message} (last value: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Click Apply on the sidebar card of `ruleId`. */
export async function applyCard(page: Page, ruleId: string): Promise<void> {
  await card(page, ruleId).locator('[data-rapport-action="apply"]').click();
}

/** Rule ids of the cards shown now, in order. */
export async function shownRuleIds(page: Page): Promise<string[]> {
  return cards(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-rapport-finding') ?? ''));
}

/** Wait for a card of each rule id to be in the sidebar. */
export async function waitForCards(page: Page, ruleIds: string[], timeoutMs = 5000): Promise<string[]> {
  return eventually(
    () => shownRuleIds(page),
    (ids) => ruleIds.every((id) => ids.includes(id)),
    `expected cards ${ruleIds.join(', ')} in the sidebar`,
    timeoutMs,
  );
}

/** Text as the agent sees it: no-break spaces (contenteditable typing) read as spaces. */
export function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** Number of sidebar hosts in a frame (not counting frames below it). */
export async function sidebarCount(frame: Frame | Page): Promise<number> {
  return frame.evaluate((selector) => document.querySelectorAll(selector).length, SIDEBAR);
}

/** A box in the page's viewport pixels (getBoundingClientRect), for comparing what covers what. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The viewport box of the first element matching `selector` in the page (null when none or hidden). */
export async function rectOf(page: Page, selector: string): Promise<Rect | null> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  }, selector);
}

/** The viewport box of an element inside a Rapport host's shadow root (`host`: its data-rapport value). */
export async function shadowRectOf(page: Page, host: string, selector: string): Promise<Rect | null> {
  return page.evaluate(
    ([host, selector]) => {
      const el = document.querySelector(`[data-rapport="${host}"]`)?.shadowRoot?.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    },
    [host, selector] as const,
  );
}
