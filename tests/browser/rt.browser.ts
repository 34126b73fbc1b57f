/**
 * A real help desk: Request Tracker 5 from Debian's packages on 127.0.0.1 — the one at
 * $RAPPORT_RT_URL when .ci/run started it, else started here by scripts/rt/setup.sh (which
 * installs it first when missing, and needs root for that). Logs in as root, creates a ticket for a
 * frustrated requestor, then in RT's own CKEditor 4 iframe: Reply (customer-facing) gets the
 * customer-facing cards and an apply that Ctrl+Z undoes; Comment is treated as an internal note,
 * and switching its Update Type to "Reply to requestors" brings the customer-facing cards back.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { BrowserTest, TestContext } from './harness';
import { applyCard, eventually, panel, plain, shownRuleIds, waitForCards } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const SETUP = resolve(ROOT, 'scripts/rt/setup.sh');
const STOP = resolve(ROOT, 'scripts/rt/stop.sh');

const DRAFT = "Hi Dana, I'm happy to help. You must have changed the settings.";
const APPLIED = "Hi Dana, I'm happy to assist. You must have changed the settings.";
const CUSTOMER =
  'This is the third time I am writing about this. The VPN drops every hour and nobody has fixed it. I am really frustrated.';

interface Rt {
  base: string;
  ticket: number;
  createTxn: number;
}
let rt: Rt | undefined;
/** Whether this file started rt-server (then it stops it too). */
let startedHere = false;

function run(file: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    execFile('bash', [file, ...args], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${file} failed: ${error.message}\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`));
      else done(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

let stopping: Promise<unknown> | undefined;
function stopRt(): Promise<unknown> {
  stopping ??= run(STOP, [], 30000).catch(() => undefined);
  return stopping;
}
// If the runner dies mid-way, don't leave rt-server running.
process.once('exit', () => {
  if (startedHere && !stopping) execFile('bash', [STOP]);
});

/** RT's REST 1.0 API (its own session, separate from the browser's). */
async function rest(base: string, path: string, content?: string): Promise<string> {
  const body = new URLSearchParams({ user: 'root', pass: 'password', ...(content ? { content } : {}) });
  const response = await fetch(`${base}/REST/1.0/${path}`, { method: 'POST', body, headers: { Referer: `${base}/` } });
  const text = await response.text();
  if (!response.ok || !/ 200 Ok/.test(text)) throw new Error(`RT REST ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}

function need(): Rt {
  if (!rt) throw new Error('Request Tracker is not running (the start test failed)');
  return rt;
}

async function logIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  // The browser context is shared across tests: an earlier test may have logged in already.
  if ((await page.locator('input[name="user"]').count()) === 0) return;
  await page.locator('input[name="user"]').fill('root');
  await page.locator('input[name="pass"]').fill('password');
  await Promise.all([page.waitForURL((url) => !url.pathname.includes('Login')), page.locator('input[name="pass"]').press('Enter')]);
  await page.waitForSelector('#comp-index, body[id^="comp-"]');
}

/** Ticket/Update.html with RT's CKEditor 4 ready; returns the editing frame. */
async function openUpdate(t: TestContext, query: string): Promise<{ page: Page; frame: Frame }> {
  const { base, ticket } = need();
  const page = await t.newPage();
  await logIn(page, base);
  // RT refuses argument-carrying GETs without a Referer from itself (CSRF protection).
  await page.goto(`${base}/Ticket/Update.html?id=${ticket}&${query}`, { referer: `${base}/Ticket/Display.html?id=${ticket}` });
  await page.waitForSelector('#cke_UpdateContent iframe.cke_wysiwyg_frame', { timeout: 20000 });
  await page.waitForFunction(() => {
    const w = window as unknown as { CKEDITOR?: { instances: Record<string, { status: string }> } };
    return w.CKEDITOR?.instances.UpdateContent?.status === 'ready';
  });
  const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url() === 'about:blank');
  if (!frame) throw new Error(`RT's CKEditor frame is missing (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
  return { page, frame };
}

/** The editor's whole text as shown, and CKEditor's data as text (whitespace collapsed). */
async function editorTexts(page: Page, frame: Frame): Promise<[string, string]> {
  const dom = plain(await frame.locator('body.cke_editable').innerText()).replace(/\s+/g, ' ').trim();
  const data = await page.evaluate(() => {
    const w = window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } };
    const doc = new DOMParser().parseFromString(w.CKEDITOR.instances.UpdateContent!.getData(), 'text/html');
    return (doc.body.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  });
  return [dom, data];
}

/** Both the editor and CKEditor's data start with `draft` (RT's quote may follow). */
function startWith(draft: string): (texts: [string, string]) => boolean {
  return (texts) => texts.every((text) => text.startsWith(draft) && !text.slice(draft.length).includes('happy to'));
}

/** As an agent does: a new line above RT's quote (when there is one), then the reply. */
async function typeAtStart(page: Page, frame: Frame, text: string): Promise<void> {
  await frame.locator('body.cke_editable').click();
  await page.keyboard.press('Control+Home');
  if ((await frame.locator('blockquote').count()) > 0) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
  }
  await page.keyboard.type(text, { delay: 5 });
}

export const tests: BrowserTest[] = [
  {
    name: 'Request Tracker: install if needed, start rt-server on 127.0.0.1, create a ticket',
    timeoutMs: 20 * 60 * 1000,
    async run(t) {
      let base: string;
      const given = process.env.RAPPORT_RT_URL;
      if (given) {
        // .ci/run (or the developer) started RT already: use it, and leave it running.
        base = given.replace(/\/+$/, '');
        const answer = await fetch(`${base}/`).catch((error: unknown) => error as Error);
        if (answer instanceof Error || !answer.ok) {
          throw new Error(`RAPPORT_RT_URL=${given} does not answer: ${answer instanceof Error ? answer.message : answer.status}`);
        }
        t.note(`using the running RT at ${given}`);
      } else {
        const port = await freePort();
        const started = performance.now();
        const out = await run(SETUP, ['--port', String(port)], 19 * 60 * 1000);
        startedHere = true;
        t.note(`${out.trim().split('\n').at(-1)} (${Math.round((performance.now() - started) / 1000)} s)`);
        base = `http://127.0.0.1:${port}/rt`;
      }
      const created = await rest(
        base,
        'ticket/new',
        ['id: ticket/new', 'Queue: General', 'Requestor: dana@example.com', 'Subject: VPN keeps dropping', `Text: ${CUSTOMER}`].join('\n'),
      );
      const ticket = Number(/Ticket (\d+) created/.exec(created)?.[1]);
      assert.ok(ticket > 0, `ticket id from: ${created}`);
      const history = await rest(base, `ticket/${ticket}/history`);
      const createTxn = Number(/^(\d+): Ticket created/m.exec(history)?.[1]);
      assert.ok(createTxn > 0, `create transaction from: ${history}`);
      rt = { base, ticket, createTxn };
      t.note(`ticket #${ticket}, create transaction ${createTxn}`);
    },
  },
  {
    name: "Request Tracker Reply (quoting the customer): customer-facing cards in RT's CKEditor 4 iframe; Apply; Ctrl+Z",
    timeoutMs: 60000,
    async run(t) {
      const { createTxn } = need();
      const { page, frame } = await openUpdate(t, `Action=Respond&QuoteTransaction=${createTxn}`);
      await typeAtStart(page, frame, DRAFT);
      await eventually(() => editorTexts(page, frame), startWith(DRAFT), 'the typed reply');
      await waitForCards(page, ['help-wording', 'blame'], 10000);
      assert.equal(await panel(page).getAttribute('data-draft-kind'), 'reply');
      // The customer's quoted message is frustrated and the draft doesn't acknowledge it.
      await waitForCards(page, ['acknowledgement'], 5000);
      t.note(`cards: ${(await shownRuleIds(page)).join(', ')}`);

      await applyCard(page, 'help-wording');
      await eventually(
        () => editorTexts(page, frame),
        startWith(APPLIED),
        'Apply changes the editor and CKEditor’s data',
      );
      const quote = plain(await frame.locator('blockquote').innerText()).trim();
      assert.equal(quote, CUSTOMER, 'the quoted customer message is untouched');
      await page.keyboard.press('Control+z');
      await eventually(() => editorTexts(page, frame), startWith(DRAFT), 'Ctrl+Z restores the reply');
    },
  },
  {
    name: 'Request Tracker Comment: treated as an internal note; switching Update Type to Reply brings customer-facing cards back',
    timeoutMs: 60000,
    async run(t) {
      const { page, frame } = await openUpdate(t, 'Action=Comment');
      await typeAtStart(page, frame, DRAFT);
      await eventually(() => panel(page).getAttribute('data-draft-kind'), (kind) => kind === 'internal-note', 'RT Comment is an internal note');
      // Let the checks settle on the full draft, then: no customer-facing warnings.
      await eventually(() => editorTexts(page, frame), startWith(DRAFT), 'the typed comment');
      await new Promise((r) => setTimeout(r, 1000));
      const quiet = await shownRuleIds(page);
      assert.ok(!quiet.includes('blame'), `blame stays quiet in an internal note (cards: ${quiet.join(', ')})`);
      t.note(`internal-note cards: ${quiet.join(', ') || 'none'}`);

      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('select[name="UpdateType"]')!;
        select.value = 'response';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await frame.locator('body.cke_editable').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' ', { delay: 5 });
      await eventually(() => panel(page).getAttribute('data-draft-kind'), (kind) => kind === 'reply', 'Update Type "Reply to requestors" is a reply');
      await waitForCards(page, ['blame'], 8000);
    },
  },
  {
    name: 'Request Tracker: stop rt-server',
    async run(t) {
      if (!startedHere) return t.note('not started by this file: left running');
      const out = await stopRt();
      t.note(String(out ?? '').trim());
    },
  },
];
