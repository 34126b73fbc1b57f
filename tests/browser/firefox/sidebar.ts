/** Reading and driving Rapport's sidebar with puppeteer (`>>>` pierces open shadow roots). */
import type { Page } from 'puppeteer-core';
import { eventually, SIDEBAR } from '../helpers';

const FINDINGS = `${SIDEBAR} >>> [data-rapport-finding]`;

/** Rule ids of the cards shown now, in order. */
export function shownRuleIds(page: Page): Promise<string[]> {
  return page.$$eval(FINDINGS, (els) => els.map((el) => el.getAttribute('data-rapport-finding') ?? ''));
}

/** Wait for a card of each rule id to be in the sidebar. */
export function waitForCards(page: Page, ruleIds: string[], timeoutMs = 8000): Promise<string[]> {
  return eventually(
    () => shownRuleIds(page),
    (ids) => ruleIds.every((id) => ids.includes(id)),
    `expected cards ${ruleIds.join(', ')} in the sidebar`,
    timeoutMs,
  );
}

/** Click Apply on the sidebar card of `ruleId` (a real, trusted click through BiDi input). */
export async function applyCard(page: Page, ruleId: string): Promise<void> {
  await page.click(`${SIDEBAR} >>> [data-rapport-finding="${ruleId}"] [data-rapport-action="apply"]`);
}

/** Whether the sidebar host is in the page with an open shadow root (page CSS can't reach it). */
export function sidebarHasOpenShadowRoot(page: Page): Promise<boolean> {
  return page.$$eval(SIDEBAR, (hosts) => hosts.length === 1 && hosts[0]!.shadowRoot !== null);
}

export async function pressUndo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/** The meter's text equivalent ("Curt, 23 of 100" or similar), or null while there is no meter. */
export function meterText(page: Page): Promise<string | null> {
  return page.$$eval(`${SIDEBAR} >>> [data-rapport="tone"] [role="meter"]`, (els) => els[0]?.getAttribute('aria-valuetext') ?? null);
}
