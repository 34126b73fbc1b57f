/**
 * Drives the demo desk like an agent would: focus the reply box, type a draft, wait for Rapport's
 * sidebar, screenshot, apply one suggestion with a click, verify the text changed, screenshot again.
 * Talks to the extension only through its stable test hooks (data-rapport-* attributes).
 */
import type { Locator, Page } from 'playwright-core';

export const SIDEBAR = '[data-rapport="sidebar"]';
export const CARD = '[data-rapport-finding]';
export const APPLY = '[data-rapport-action="apply"]';
export const COMPOSER = '#reply-body';

export class DemoError extends Error {}

export interface Card {
  ruleId: string;
  category: string;
  text: string;
}

export interface AppliedChange {
  ruleId: string;
  before: string;
  after: string;
}

/** Type the way a person does: real key events, so the extension sees input as it would live. */
export async function typeDraft(page: Page, draft: string): Promise<void> {
  const box = page.locator(COMPOSER);
  await box.click();
  await page.keyboard.type(draft, { delay: 6 });
  const typed = await box.inputValue();
  if (typed !== draft) throw new DemoError('The composer did not receive the typed draft exactly; the desk page may be broken.');
}

/** Wait for the sidebar and for its cards to stop changing (checks run as the agent types). */
export async function waitForCards(page: Page, timeoutMs = 20_000): Promise<Card[]> {
  try {
    await page.locator(SIDEBAR).waitFor({ state: 'attached', timeout: timeoutMs });
  } catch {
    throw new DemoError(
      `The Rapport sidebar (${SIDEBAR}) did not appear within ${timeoutMs / 1000} s. ` +
        'Is the extension built (`npm run build`) and does its content script match http://127.0.0.1/*?',
    );
  }
  try {
    await page.locator(CARD).first().waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    throw new DemoError(`The sidebar appeared but showed no suggestion cards (${CARD}) within ${timeoutMs / 1000} s.`);
  }
  return settledCards(page, timeoutMs);
}

/** Poll the cards until they stop changing (there may be none), for at most `timeoutMs`. */
export async function settledCards(page: Page, timeoutMs = 8000, quietMs = 1200): Promise<Card[]> {
  let last = '';
  let stableSince = Date.now();
  const deadline = Date.now() + timeoutMs;
  let cards = await readCards(page);
  while (Date.now() < deadline) {
    const key = cards.map((c) => `${c.ruleId}:${c.text}`).join('|');
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      break;
    }
    await page.waitForTimeout(200);
    cards = await readCards(page);
  }
  return cards;
}

/** Switch the composer to an internal note (the desk's own tab) and see what the sidebar keeps. */
export async function switchToInternalNote(page: Page): Promise<Card[]> {
  await page.locator('#mode-note').click();
  return settledCards(page);
}

/** The cards in the sidebar (Playwright's CSS locators pierce the open shadow root). */
export async function readCards(page: Page): Promise<Card[]> {
  return page.locator(CARD).evaluateAll((nodes) =>
    nodes.map((n) => ({
      ruleId: n.getAttribute('data-rapport-finding') ?? '',
      category: n.getAttribute('data-category') ?? '',
      text: (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** Click Apply on the first card of a preferred rule (one with a mechanical fix) and check the text changed. */
export async function applyOne(page: Page, preferredRules: readonly string[]): Promise<AppliedChange> {
  const before = await page.locator(COMPOSER).inputValue();
  let card: Locator | undefined;
  for (const ruleId of preferredRules) {
    const candidate = page.locator(`${CARD}[data-rapport-finding="${ruleId}"]`).filter({ has: page.locator(APPLY) });
    if (await candidate.count()) {
      card = candidate.first();
      break;
    }
  }
  card ??= page.locator(CARD).filter({ has: page.locator(APPLY) }).first();
  if (!(await card.count())) throw new DemoError('No card in the sidebar offers an Apply button.');
  const ruleId = (await card.getAttribute('data-rapport-finding')) ?? '?';
  await card.locator(APPLY).first().click();
  try {
    await page.waitForFunction(
      ([selector, previous]) => (document.querySelector(selector!) as HTMLTextAreaElement | null)?.value !== previous,
      [COMPOSER, before] as const,
      { timeout: 5000 },
    );
  } catch {
    throw new DemoError(`Clicked Apply on the ${ruleId} card, but the reply text did not change.`);
  }
  return { ruleId, before, after: await page.locator(COMPOSER).inputValue() };
}

/** The changed region between two texts, with a little context, for a one-line summary. */
export function describeChange(before: string, after: string): { removed: string; added: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  // Widen to whole words so the summary reads naturally.
  while (start > 0 && /\w/.test(before[start - 1]!)) start--;
  while (endBefore < before.length && /\w/.test(before[endBefore]!)) endBefore++, endAfter++;
  return { removed: before.slice(start, endBefore), added: after.slice(start, endAfter) };
}
