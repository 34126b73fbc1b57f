// @vitest-environment happy-dom
/**
 * Every desk adapter against its saved page: it recognises the page, finds the reply box (and
 * only it), tells a customer reply from an internal note, and reads the customer's last message.
 */
import { describe, expect, it } from 'vitest';
import { deskAdapters } from '../../lib/sites/desks';
import { cases } from './helpers/desk-cases';
import { loadFixture, pick } from './helpers/site-fixtures';
import { DESK_HOST_PATTERNS, INSTALL_HOST_PATTERNS, patternMatches } from '../../lib/sites/host-permissions';

describe.each(Object.entries(cases))('%s adapter', (_name, desk) => {
  it('recognises its page and no other desk claims it first', async () => {
    const doc = await loadFixture(desk.fixture, desk.url);
    expect(desk.adapter.matches(new URL(desk.url), doc)).toBe(true);
    const first = deskAdapters.find((a) => a.matches(new URL(desk.url), doc));
    expect(first?.id).toBe(desk.adapter.id);
  });

  it('finds the reply box, and only the reply box', async () => {
    const doc = await loadFixture(desk.fixture, desk.url);
    expect(desk.adapter.isReplyBox(pick(doc, desk.editor))).toBe(true);
    if (desk.notReplyBox) expect(desk.adapter.isReplyBox(pick(doc, desk.notReplyBox))).toBe(false);
  });

  it('says the draft is a customer reply in reply mode', async () => {
    const doc = await loadFixture(desk.fixture, desk.url);
    expect(desk.adapter.draftKind(pick(doc, desk.editor))).toBe('reply');
  });

  // Gmail and Outlook have no internal notes: every draft is an email.
  if (desk.toNote) it('says the draft is an internal note in note mode', async () => {
    const doc = await loadFixture(desk.fixture, desk.url);
    const noteEditor = desk.toNote!(doc);
    expect(desk.adapter.isReplyBox(noteEditor)).toBe(true);
    expect(desk.adapter.draftKind(noteEditor)).toBe('internal-note');
  });

  it("reads the customer's last message, without quoted history or agents' words", async () => {
    const doc = await loadFixture(desk.fixture, desk.url);
    expect(desk.adapter.customerMessage(pick(doc, desk.editor))).toBe(desk.customer);
  });
});

describe('host permissions', () => {
  const selfHosted = new Set(['request-tracker', 'request-tracker-6', 'osticket', 'freescout']);
  it.each(Object.entries(cases).filter(([name]) => !selfHosted.has(name)))('%s is covered at install time', (_name, desk) => {
    expect(DESK_HOST_PATTERNS.some((p) => patternMatches(p, new URL(desk.url)))).toBe(true);
  });

  it('covers local desks on any port, and nothing else by accident', () => {
    expect(INSTALL_HOST_PATTERNS.some((p) => patternMatches(p, new URL('http://127.0.0.1:8091/rt/')))).toBe(true);
    for (const url of ['https://example.com/', 'https://zendesk.com.evil.example/', 'https://notzendesk.com/']) {
      expect(INSTALL_HOST_PATTERNS.some((p) => patternMatches(p, new URL(url))), url).toBe(false);
    }
  });

  it('every pattern is a valid match pattern', () => {
    for (const p of INSTALL_HOST_PATTERNS) expect(() => patternMatches(p, new URL('https://x.example/'))).not.toThrow();
  });
});
