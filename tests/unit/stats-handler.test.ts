import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handleStatsMessage, type StatsHandlerContext } from '../../lib/stats/handler';
import { StatsRecorder } from '../../lib/stats/record';
import { draftChecked, dumpDb, freshDbs, noon, suggestion } from './stats-fixtures';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const contentScript = { id: EXT_ID, url: 'https://desk.example.com/tickets/42', tab: { url: 'https://desk.example.com/tickets/42' } };
const iframeScript = { id: EXT_ID, url: 'about:blank', tab: { url: 'https://desk.example.com/tickets/42' } };
const dashboard = { id: EXT_ID, url: `${ORIGIN}dashboard.html`, tab: { url: `${ORIGIN}dashboard.html` } };

const freshDb = freshDbs();
function context(): StatsHandlerContext {
  const db = freshDb();
  return { db, recorder: new StatsRecorder(db, { now: () => noon('2025-03-10') }), extensionId: EXT_ID, extensionOrigin: ORIGIN };
}

const record = (...events: unknown[]) => ({ type: 'stats:record', events });

describe('handleStatsMessage', () => {
  it('records valid events from our content script, including one in an about:blank editor frame', async () => {
    const ctx = context();
    expect(await handleStatsMessage(record(suggestion(), draftChecked()), contentScript, ctx)).toMatchObject({ ok: true, recorded: 2 });
    expect(await handleStatsMessage(record(suggestion({ site: 'zendesk' })), iframeScript, ctx)).toMatchObject({ ok: true, recorded: 1 });
    expect(await ctx.db.events.count()).toBe(2);
  });

  it.each([
    ['another extension', { ...contentScript, id: 'otherextensionidotherextensionid' }],
    ['no sender id', { url: contentScript.url, tab: contentScript.tab }],
    ['no tab and not our page', { id: EXT_ID, url: 'https://evil.example/' }],
  ])('refuses messages from %s', async (_label, sender) => {
    const ctx = context();
    const response = await handleStatsMessage(record(suggestion()), sender, ctx);
    expect(response).toMatchObject({ ok: false, error: expect.stringMatching(/only from Rapport/) });
    expect(await ctx.db.events.count()).toBe(0);
  });

  it.each([
    ['text smuggled in an extra field', record({ ...suggestion(), text: 'Hi Dana, you must have deleted it' }), /events\[0\]/],
    ['a whole draft as the category', record(suggestion({ category: 'You must have deleted it yourself' })), /events\[0\]\.category/],
    ['an unknown action', record({ ...suggestion(), action: 'deleted' }), /events\[0\]\.action/],
    ['a negative count', record(draftChecked({ counts: { blame: -1 } })), /events\[0\]\.counts/],
    ['a prototype key in counts', record({ ...draftChecked(), counts: JSON.parse('{"__proto__": 3}') }), /events\[0\]\.counts/],
    ['too many events', record(...Array.from({ length: 201 }, () => suggestion())), /events/],
    ['no events', record(), /events/],
    ['a tone score out of range', record(draftChecked({ toneScore: 101 })), /events\[0\]\.toneScore/],
    ['a fractional tone score', record(draftChecked({ toneScore: 62.5 })), /events\[0\]\.toneScore/],
    ['flagged words as an example', record({ ...suggestion(), example: 'calm down' }), /events\[0\]/],
    ['not an object', 'stats:record', /\(root\)/],
    ['an unknown stats type', { type: 'stats:drop-tables' }, /type/],
  ])('rejects %s and stores nothing', async (_label, message, where) => {
    const ctx = context();
    const response = await handleStatsMessage(message, contentScript, ctx);
    expect(response.ok).toBe(false);
    expect(!response.ok && response.error).toMatch(where);
    const dump = await dumpDb(ctx.db);
    expect(Object.values(dump).flat().filter((r) => (r as { key?: string }).key !== 'settings')).toEqual([]);
    expect(JSON.stringify(dump)).not.toContain('Dana');
  });

  it('refuses a hostname that is not the sending page', async () => {
    const ctx = context();
    const response = await handleStatsMessage(record(suggestion({ site: 'other-desk.example.org' })), contentScript, ctx);
    expect(response).toMatchObject({ ok: false, error: expect.stringMatching(/not the page that sent/) });
  });

  it('lets only extension pages ask for status or delete everything', async () => {
    const ctx = context();
    await handleStatsMessage(record(suggestion()), contentScript, ctx);
    expect(await handleStatsMessage({ type: 'stats:delete-all' }, contentScript, ctx)).toMatchObject({ ok: false });
    expect(await handleStatsMessage({ type: 'stats:status' }, contentScript, ctx)).toMatchObject({ ok: false });
    expect(await ctx.db.events.count()).toBe(1);
    expect(await handleStatsMessage({ type: 'stats:status' }, dashboard, ctx)).toMatchObject({ ok: true, status: { pending: 0, storageFull: false } });
    expect(await handleStatsMessage({ type: 'stats:delete-all' }, dashboard, ctx)).toMatchObject({ ok: true });
    expect(await ctx.db.events.count()).toBe(0);
    expect(await ctx.db.daily.count()).toBe(0);
  });
});
