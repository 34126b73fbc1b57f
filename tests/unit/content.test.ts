// @vitest-environment happy-dom
/**
 * The content script's pure parts on plain DOM: contenteditable text ↔ offsets, finding keys, the
 * generic adapter's reading of a composer, message validation, and the coach's ignore/events.
 */
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeInMap } from '../../lib/editing/contenteditable';
import { textareaStrategy } from '../../lib/editing/textarea';
import { createCoach } from '../../lib/content/coach';
import { toCards } from '../../lib/content/keys';
import { parseMessage } from '../../lib/messages';
import { genericAdapter } from '../../lib/sites/generic';
import type { StatsEvent } from '../../lib/stats/events';
import type { Finding } from '../../lib/engine/types';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

describe('contenteditable text map', () => {
  it('puts blocks and <br> on their own lines and skips layout whitespace', () => {
    const root = html(`<div contenteditable="true">
      <p>Hi <b>Sam</b>,</p>
      <p>Happy to help.<br>Thanks</p>
      <div><br></div>
    </div>`);
    expect(buildTextMap(root).text).toBe('Hi Sam,\nHappy to help.\nThanks\n');
  });

  it('reads no-break spaces and tabs as spaces, one for one', () => {
    const root = html('<div contenteditable="true">a\u00a0b\tc</div>');
    const map = buildTextMap(root);
    expect(map.text).toBe('a b c');
    expect(map.segments[0]!.end - map.segments[0]!.start).toBe(5);
  });

  it('maps every word back to a DOM range that reads the same text', () => {
    const root = html('<div contenteditable="true"><p>Hi <i>Sam</i>, happy to <b>he</b>lp.</p><p>You must have deleted it.</p></div>');
    const map = buildTextMap(root);
    for (const m of map.text.matchAll(/[A-Za-z]+/g)) {
      const range = rangeInMap(map, document, m.index, m.index + m[0].length);
      expect(range?.toString()).toBe(m[0]);
    }
    const across = map.text.indexOf('help');
    expect(rangeInMap(map, document, across, across + 4)?.toString()).toBe('help');
  });
});

describe('finding keys', () => {
  const finding = (start: number, end: number): Finding => ({
    ruleId: 'help-wording',
    category: 'help-wording',
    severity: 'suggestion',
    start,
    end,
    message: 'm',
    replacements: ['assist'],
    principle: { id: 'p', text: 'p' },
    scope: 'span',
  });

  it('stay the same when text before the finding changes, and count repeats', () => {
    const a = toCards('help and help', [finding(0, 4), finding(9, 13)]);
    const b = toCards('Oh, help and help', [finding(4, 8), finding(13, 17)]);
    expect(a.map((c) => c.key)).toEqual(b.map((c) => c.key));
    expect(a[0]!.key).not.toBe(a[1]!.key);
    expect(a[0]!.flagged).toBe('help');
  });
});

describe('generic adapter', () => {
  it('reads an explicit data-rapport-kind', () => {
    html('<section data-rapport-kind="internal-note"><textarea id="t"></textarea></section>');
    expect(genericAdapter.draftKind(document.getElementById('t')!)).toBe('internal-note');
  });

  it('reads the active tab next to the composer', () => {
    html(`<div class="composer"><div role="tablist">
      <button role="tab" aria-selected="false">Public reply</button>
      <button role="tab" aria-selected="true">Internal note</button></div><textarea id="t"></textarea></div>`);
    const editor = document.getElementById('t')!;
    expect(genericAdapter.draftKind(editor)).toBe('internal-note');
    const [reply, note] = Array.from(document.querySelectorAll('[role="tab"]'));
    reply!.setAttribute('aria-selected', 'true');
    note!.setAttribute('aria-selected', 'false');
    expect(genericAdapter.draftKind(editor)).toBe('reply');
  });

  it('reads internal-note classes on the composer, but not Summernote’s note-editable', () => {
    html('<div class="composer composer--internal-note"><div id="e" contenteditable="true"></div></div>');
    expect(genericAdapter.draftKind(document.getElementById('e')!)).toBe('internal-note');
    html('<div class="note-editor note-frame"><div id="e" class="note-editable" contenteditable="true"></div></div>');
    expect(genericAdapter.draftKind(document.getElementById('e')!)).toBe('reply');
  });

  it('reads the editor’s own label and defaults to a reply', () => {
    html('<textarea id="t" placeholder="Add an internal note"></textarea>');
    expect(genericAdapter.draftKind(document.getElementById('t')!)).toBe('internal-note');
    html('<textarea id="t" placeholder="Write your reply"></textarea>');
    expect(genericAdapter.draftKind(document.getElementById('t')!)).toBe('reply');
  });

  it('finds the customer’s last message, without quoted history', () => {
    html(`<main><article data-rapport-role="customer-message">First message.</article>
      <article data-rapport-role="customer-message">Still broken! <blockquote>First message.</blockquote></article>
      <textarea id="t"></textarea></main>`);
    expect(genericAdapter.customerMessage(document.getElementById('t')!)).toBe('Still broken!');
  });
});

describe('messages', () => {
  it('accepts a ping and refuses unknown types and extra fields', () => {
    expect(parseMessage({ type: 'rapport:ping' })).toEqual({ ok: true, message: { type: 'rapport:ping' } });
    expect(parseMessage({ type: 'rapport:ping', text: 'draft' }).ok).toBe(false);
    expect(parseMessage({ type: 'rapport:exfiltrate' }).ok).toBe(false);
    expect(parseMessage('rapport:ping').ok).toBe(false);
    expect(parseMessage(null).ok).toBe(false);
  });

  it.each(['rapport:ping', 'rapport:tone-model', 'rapport:coach-model', 'rapport:shortcuts'])('accepts %s only with no fields', (type) => {
    expect(parseMessage({ type })).toEqual({ ok: true, message: { type } });
    expect(parseMessage({ type, model: {} })).toEqual({ ok: false, error: `${type} takes no fields` });
  });

  it('validates stats messages with their strict schema', () => {
    const event = { type: 'suggestion', action: 'shown', ruleId: 'blame', category: 'blame', severity: 'warning', site: '127.0.0.1', kind: 'reply' };
    expect(parseMessage({ type: 'stats:record', events: [event] }).ok).toBe(true);
    const bad = parseMessage({ type: 'stats:record', events: [{ ...event, draft: 'You must have deleted it' }] });
    expect(bad.ok).toBe(false);
  });
});

describe('coach', () => {
  it('checks the attached editor, ignores once or by rule, and reports events without draft text', async () => {
    const textarea = html('<textarea></textarea>') as HTMLTextAreaElement;
    textarea.value = 'Happy to help. Glad to help again.';
    const events: StatsEvent[] = [];
    const coach = createCoach({ report: (e) => events.push(...e), draftReportMs: 1_000_000, shownReportMs: 0 });
    coach.attach(textareaStrategy.attach(textarea), () => ({ kind: 'reply', site: 'example.test' }));
    expect(coach.findings.value.map((f) => f.ruleId)).toEqual(['help-wording', 'help-wording']);
    await new Promise((r) => setTimeout(r, 5));
    expect(events.filter((e) => e.type === 'suggestion' && e.action === 'shown')).toHaveLength(2);

    coach.ignoreOnce(coach.findings.value[0]!);
    expect(coach.findings.value).toHaveLength(1);
    coach.checkNow();
    expect(coach.findings.value).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(events.filter((e) => e.type === 'suggestion' && e.action === 'shown')).toHaveLength(2);

    coach.ignoreRule(coach.findings.value[0]!);
    expect(coach.findings.value).toHaveLength(0);
    textarea.value = 'Happy to help. Glad to help again. Always happy to help!';
    coach.checkNow();
    expect(coach.findings.value).toHaveLength(0);

    expect(JSON.stringify(events)).not.toMatch(/happy|glad/i);
    coach.dispose();
    expect(coach.attached.value).toBe(false);
  });

  it('starts a new draft (ignores forgotten) when the reply box is emptied', () => {
    const textarea = html('<textarea></textarea>') as HTMLTextAreaElement;
    textarea.value = 'Happy to help.';
    const coach = createCoach({ draftReportMs: 1_000_000 });
    coach.attach(textareaStrategy.attach(textarea), () => ({ kind: 'reply', site: 'example.test' }));
    coach.ignoreOnce(coach.findings.value[0]!);
    expect(coach.findings.value).toHaveLength(0);
    textarea.value = '';
    coach.checkNow();
    textarea.value = 'Happy to help.';
    coach.checkNow();
    expect(coach.findings.value).toHaveLength(1);
    coach.dispose();
  });
});
