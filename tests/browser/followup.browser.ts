/**
 * Follow-through end to end in the built extension: a reply with a promise typed into a fixture desk
 * and sent, the reminder accepted in Rapport's question, the alarm fired from the service worker,
 * the notification read back there, a click on it landing on the ticket, and Done in the popup; then
 * Change (another time) and Drop.
 * A draft saved but not sent schedules nothing; with the feature off nothing is stored at all
 * (every database, table and storage key of the extension is read, as kept.browser.ts does).
 */
import assert from 'node:assert/strict';
import type { Page, Worker } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { eventually } from './helpers';

const DESK = '/pages/followup-desk.html';
const TITLE = 'Ticket #4821: Printer jams on the 2nd floor';
const PROMISE = "I'll check back at 2:30 to make sure it's printing.";
const REPLY = `Hi Dana, I've reseated the drum and cleared the jam. ${PROMISE}`;
const QUESTION = '[data-rapport="followup"] [data-followup="question"]';
const KEY = 'rapport.followUp';

/** Everything the extension's origin holds (plain JavaScript: it runs in an extension page). */
const READ_EVERYTHING = `(async () => {
  const req = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const tables = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await req(indexedDB.open(name));
    for (const store of Array.from(db.objectStoreNames)) tables[name + '/' + store] = await req(db.transaction(store).objectStore(store).getAll());
    db.close();
  }
  const local = await chrome.storage.local.get(null);
  const session = chrome.storage.session ? await chrome.storage.session.get(null) : {};
  const alarms = (await chrome.alarms.getAll()).map((a) => a.name);
  return { tables, local, session, alarms };
})()`;

interface Everything {
  tables: Record<string, Record<string, unknown>[]>;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  alarms: string[];
}

async function extensionPage(t: TestContext, path: string): Promise<Page> {
  const page = await t.newPage();
  await page.goto(`chrome-extension://${t.extensionId}/${path}`);
  await page.locator('h1').waitFor();
  return page;
}

function worker(t: TestContext): Worker {
  const [sw] = t.context.serviceWorkers();
  assert.ok(sw, 'the extension has a service worker');
  return sw;
}

interface StoredReminder {
  id: string;
  ticketUrl: string;
  ticketTitle: string;
  promise: string;
  dueAt: number;
  notifiedAt?: number;
}

async function reminders(t: TestContext): Promise<StoredReminder[]> {
  const state = (await worker(t).evaluate(`chrome.storage.local.get('${KEY}')`)) as Record<string, { reminders?: StoredReminder[] } | undefined>;
  return state[KEY]?.reminders ?? [];
}

async function setFollowThrough(t: TestContext, on: boolean): Promise<void> {
  const options = await extensionPage(t, 'options.html');
  const toggle = options.locator('[data-followup-toggle="enabled"]');
  await eventually(() => toggle.isEnabled(), (ready) => ready, 'the follow-through switch loads');
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await eventually(() => toggle.isChecked(), (checked) => checked === on, `follow-through switched ${on ? 'on' : 'off'}`);
  await options.close();
}

/** Types the reply with the keyboard, as the agent would. */
async function typeReply(desk: Page, text: string): Promise<void> {
  await desk.locator('#reply').click();
  await desk.keyboard.type(text, { delay: 2 });
}

async function promiseTotals(t: TestContext): Promise<Record<string, string>> {
  const dashboard = await extensionPage(t, 'dashboard.html');
  const totals = dashboard.locator('[data-totals="promises"]');
  await totals.waitFor({ timeout: 10000 });
  const read = await totals.locator('dd').evaluateAll((dds) => Object.fromEntries(dds.map((d) => [d.getAttribute('data-total'), d.textContent ?? ''])));
  await dashboard.close();
  return read;
}

export const tests: BrowserTest[] = [
  {
    name: 'follow-through off: a sent promise asks nothing and nothing is stored anywhere',
    timeoutMs: 45000,
    async run(t) {
      await setFollowThrough(t, false);
      const desk = await t.newPage(DESK);
      await typeReply(desk, REPLY);
      await desk.locator('#send').click();
      await eventually(() => desk.locator('#reply').inputValue(), (v) => v === '', 'the desk clears the composer after sending');
      await desk.waitForTimeout(1500);
      assert.equal(await desk.locator(QUESTION).count(), 0, 'no reminder question while follow-through is off');

      const page = await extensionPage(t, 'dashboard.html');
      const all = (await page.evaluate(READ_EVERYTHING)) as Everything;
      assert.ok(!(KEY in all.local), `no ${KEY} key while off (keys: ${Object.keys(all.local).join(', ')})`);
      assert.deepEqual(all.alarms.filter((a) => a.startsWith('rapport-followup:')), [], 'no reminder alarm');
      const text = JSON.stringify(all);
      for (const words of ['check back', 'Printer jams', 'followup-desk']) assert.ok(!text.includes(words), `"${words}" is stored somewhere`);
      const promiseCounts = Object.values(all.tables['rapport-stats/tone'] ?? {}).map((r) => [r.promisesMade, r.promisesKept, r.promisesLate, r.promisesDropped]);
      assert.ok(promiseCounts.every((c) => c.every((n) => !n)), `no promise counted: ${JSON.stringify(promiseCounts)}`);
      t.note(`${Object.keys(all.tables).length} tables, ${Object.keys(all.local).length} storage keys, ${all.alarms.length} alarms read: nothing of the reply`);
    },
  },
  {
    name: 'follow-through on: send a promise, accept the reminder, the alarm notifies, a click opens the ticket, Done counts it kept; Change and Drop',
    timeoutMs: 60000,
    async run(t) {
      await setFollowThrough(t, true);
      const desk = await t.newPage(DESK);
      const ticketUrl = desk.url();

      // Saved, not sent: the draft stays in the composer, so nothing is asked and nothing kept.
      await typeReply(desk, REPLY);
      await desk.locator('#save-draft').click();
      await desk.waitForTimeout(3500);
      assert.equal(await desk.locator(QUESTION).count(), 0, 'a draft that was not sent asks nothing');
      assert.deepEqual(await reminders(t), [], 'a draft that was not sent schedules nothing');

      // Sent: Rapport asks, with the agent's own words and the due time.
      await desk.locator('#send').click();
      const question = desk.locator(QUESTION);
      await question.waitFor({ timeout: 5000 });
      const asked = (await question.textContent()) ?? '';
      assert.match(asked, /^Remind me (?:at|on) .*(?:14:30|0?2:30\s?PM) to check back\?$/i, asked);
      await desk.locator('[data-rapport="followup"] [data-followup-action="yes"]').click();
      await desk.locator('[data-rapport="followup"] [data-followup="result"]').waitFor({ timeout: 5000 });

      const [reminder] = await eventually(() => reminders(t), (r) => r.length === 1, 'one reminder kept');
      assert.equal(reminder!.ticketUrl, ticketUrl);
      assert.equal(reminder!.ticketTitle, TITLE);
      assert.equal(reminder!.promise, PROMISE);
      const due = new Date(reminder!.dueAt);
      assert.deepEqual([due.getHours(), due.getMinutes()], [14, 30], `due at 14:30 local time (${due.toString()})`);
      const alarm = `rapport-followup:${reminder!.id}`;
      assert.ok(await worker(t).evaluate(`chrome.alarms.get('${alarm}').then(Boolean)`), 'its alarm is set');

      // Leave the ticket, then fire the alarm now from the service worker.
      await desk.close();
      await worker(t).evaluate(`chrome.alarms.create('${alarm}', { when: Date.now() })`);
      await eventually(() => worker(t).evaluate('chrome.notifications.getAll()') as Promise<Record<string, boolean>>, (n) => alarm in n, 'the reminder notification is shown', 10000);
      const [shown] = await reminders(t);
      assert.ok(shown!.notifiedAt, 'the reminder is marked as shown');

      // Click it: Chromium's notification click event, dispatched in the worker, opens the ticket.
      const opened = t.context.waitForEvent('page', { timeout: 10000 });
      const dispatched = await worker(t).evaluate(`(() => { const e = chrome.notifications.onClicked; if (typeof e.dispatch !== 'function') return false; e.dispatch('${alarm}'); return true; })()`);
      assert.ok(dispatched, 'the worker can deliver a notification click (onClicked.dispatch)');
      const ticket = await opened;
      await ticket.waitForLoadState();
      assert.equal(ticket.url(), ticketUrl, 'the click lands on the ticket');
      assert.equal(await ticket.title(), TITLE);

      // The popup lists it; Done keeps it on time and deletes it.
      const popup = await extensionPage(t, 'popup.html');
      const item = popup.locator(`[data-reminder="${reminder!.id}"]`);
      await item.waitFor();
      assert.match((await item.textContent()) ?? '', /check back at 2:30/);
      await item.locator('[data-reminder-action="done"]').click();
      await eventually(() => reminders(t), (r) => r.length === 0, 'Done deletes the reminder');
      await popup.locator('[data-popup="promises"]').getByText('No open promises.').waitFor();

      // Change: the agent picks another time; Drop in the popup counts the promise dropped.
      const again = await t.newPage(DESK);
      await typeReply(again, "Thanks Dana, I'll call you tomorrow morning about the toner.");
      await again.locator('#send').click();
      await again.locator(QUESTION).waitFor({ timeout: 5000 });
      await again.locator('[data-rapport="followup"] [data-followup-action="change"]').click();
      const field = again.locator('[data-rapport="followup"] [data-followup="time"]');
      const chosen = new Date(Date.now() + 2 * 86_400_000);
      chosen.setHours(11, 45, 0, 0);
      const p = (n: number) => String(n).padStart(2, '0');
      await field.fill(`${chosen.getFullYear()}-${p(chosen.getMonth() + 1)}-${p(chosen.getDate())}T11:45`);
      await again.locator('[data-rapport="followup"] [data-followup-action="set"]').click();
      const [changed] = await eventually(() => reminders(t), (r) => r.length === 1, 'the changed reminder is kept');
      assert.equal(changed!.dueAt, chosen.getTime(), 'due at the time the agent chose');
      assert.equal(changed!.promise, "Thanks Dana, I'll call you tomorrow morning about the toner.");
      await popup.reload();
      await popup.locator(`[data-reminder="${changed!.id}"] [data-reminder-action="drop"]`).click();
      await eventually(() => reminders(t), (r) => r.length === 0, 'Drop deletes the reminder');
      assert.equal(await worker(t).evaluate(`chrome.alarms.get('rapport-followup:${changed!.id}').then(Boolean)`), false, 'and its alarm');

      const totals = await eventually(() => promiseTotals(t), (v) => v['promises-kept'] === '1' && v['promises-dropped'] === '1', 'the dashboard counts one kept, one dropped', 10000);
      assert.equal(totals['promises-made'], '2');
      t.note(`asked "${asked}"; alarm → notification → ticket; counts ${JSON.stringify(totals)}`);

      await setFollowThrough(t, false);
      assert.equal(((await worker(t).evaluate(`chrome.storage.local.get('${KEY}')`)) as Record<string, unknown>)[KEY], undefined, 'switching off deletes the key');
    },
  },
];
