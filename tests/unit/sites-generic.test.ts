// @vitest-environment happy-dom
/**
 * The generic adapter on desks it has no selectors for: note vs reply from the fields a composer
 * submits, its tabs and toggles and its wrapper classes; the customer's latest message from common
 * thread markup in either listing order, or nothing when the order can't be told.
 */
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/sites/generic';
import { adapterFor } from '../../lib/sites';
import { loadFixture, pick } from './helpers/site-fixtures';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  const editor = document.getElementById('e');
  if (!editor) throw new Error('markup needs an #e editor');
  return editor;
}

const kind = (markup: string): string => genericAdapter.draftKind(html(markup));

describe('generic adapter on the FreeScout page (no FreeScout selectors used)', () => {
  const url = 'https://support.example.org/conversation/482';
  const latest = "This is the third time the queue has stuck this week. I have payroll to print by noon and I'm really frustrated.";

  it('reads a reply, then a note from the conv-note-block wrapper and from is_note alone', async () => {
    const doc = await loadFixture('freescout.html', url);
    const editor = pick(doc, ['.note-editable']);
    expect(genericAdapter.draftKind(editor)).toBe('reply');
    (pick(doc, ['input[name="is_note"]']) as HTMLInputElement).value = '1';
    expect(genericAdapter.draftKind(editor)).toBe('internal-note');
    (pick(doc, ['input[name="is_note"]']) as HTMLInputElement).value = '';
    expect(genericAdapter.draftKind(editor)).toBe('reply');
    // The wrapper alone says note when no field does (the hidden field removed).
    pick(doc, ['input[name="is_note"]']).remove();
    pick(doc, ['.conv-reply-block']).classList.add('conv-note-block');
    expect(genericAdapter.draftKind(editor)).toBe('internal-note');
  });

  it("reads the customer's newest message: the thread is listed newest first, under the composer", async () => {
    const doc = await loadFixture('freescout.html', url);
    expect(genericAdapter.customerMessage(pick(doc, ['.note-editable']))).toBe(latest);
  });
});

describe('generic adapter: note vs reply from form fields', () => {
  it('a hidden is_note / private / internal flag', () => {
    expect(kind('<form><input type="hidden" name="is_note" value="1"><div id="e" contenteditable="true"></div></form>')).toBe('internal-note');
    expect(kind('<form><input type="hidden" name="is_note" value="0"><div id="e" contenteditable="true"></div></form>')).toBe('reply');
    expect(kind('<form><input type="hidden" name="isPrivate" value="true"><textarea id="e"></textarea></form>')).toBe('internal-note');
    expect(kind('<form><input type="hidden" name="internal" value="false"><textarea id="e"></textarea></form>')).toBe('reply');
    // A hidden field with another name says nothing.
    expect(kind('<form><input type="hidden" name="thread_id" value="1"><textarea id="e"></textarea></form>')).toBe('reply');
  });

  it('a hidden channel field such as note_type', () => {
    expect(kind('<form><input type="hidden" name="note_type" value="internal"><textarea id="e"></textarea></form>')).toBe('internal-note');
    expect(kind('<form><input type="hidden" name="note_type" value="public"><textarea id="e"></textarea></form>')).toBe('reply');
  });

  it('a checkbox by name or by label, both ways', () => {
    const privateBox = (checked: boolean) =>
      kind(`<form><label><input type="checkbox" name="private" ${checked ? 'checked' : ''}> Private</label><textarea id="e"></textarea></form>`);
    expect(privateBox(true)).toBe('internal-note');
    expect(privateBox(false)).toBe('reply');
    const publicBox = (checked: boolean) => kind(`<div><input type="checkbox" name="isPublic" ${checked ? 'checked' : ''}><textarea id="e"></textarea></div>`);
    expect(publicBox(true)).toBe('reply');
    expect(publicBox(false)).toBe('internal-note');
    expect(kind('<div><input type="checkbox" id="wn" checked><label for="wn">Work notes</label><textarea id="e"></textarea></div>')).toBe('internal-note');
    expect(kind('<div><input type="checkbox" id="cc" checked><label for="cc">Send me a copy</label><textarea id="e"></textarea></div>')).toBe('reply');
  });

  it('a switch labelled internal, and a channel select', () => {
    expect(kind('<div><button role="switch" aria-checked="true" aria-label="Internal"></button><textarea id="e"></textarea></div>')).toBe('internal-note');
    expect(kind('<div><button role="switch" aria-checked="false" aria-label="Internal"></button><textarea id="e"></textarea></div>')).toBe('reply');
    const select = (value: string) =>
      kind(`<form><select name="UpdateType"><option value="private">Comments (Not sent to requestors)</option><option value="response" ${value === 'response' ? 'selected' : ''}>Reply to requestors</option></select><textarea id="e"></textarea></form>`);
    expect(select('private')).toBe('internal-note');
    expect(select('response')).toBe('reply');
  });
});

describe('generic adapter: note vs reply from controls and wrappers', () => {
  it('a pressed toggle or selected tab that says comment / work notes, but not "Additional comments"', () => {
    expect(kind('<div><button aria-pressed="true">Comment</button><button aria-pressed="false">Reply</button><textarea id="e"></textarea></div>')).toBe('internal-note');
    expect(kind('<div><button role="tab" aria-selected="true">Work notes</button><textarea id="e"></textarea></div>')).toBe('internal-note');
    expect(kind('<div><button role="tab" aria-selected="true">Additional comments (Customer visible)</button><button role="tab" aria-selected="false">Work notes</button><textarea id="e"></textarea></div>')).toBe('reply');
  });

  it('…-note-block wrappers, but not editor libraries’ note-editor / note-editable', () => {
    expect(kind('<div class="conv-block conv-note-block"><div class="note-editor note-frame"><div class="note-editing-area"><div id="e" class="note-editable" contenteditable="true"></div></div></div></div>')).toBe('internal-note');
    expect(kind('<div class="conv-block conv-reply-block"><div class="note-editor note-frame"><div class="note-editing-area"><div id="e" class="note-editable" contenteditable="true"></div></div></div></div>')).toBe('reply');
    expect(kind('<section class="ticket-reply-note-form"><textarea id="e"></textarea></section>')).toBe('internal-note');
  });

  it('form fields outrank a stale wrapper class', () => {
    expect(kind('<div class="composer-note-block"><form><input type="hidden" name="is_note" value=""><textarea id="e"></textarea></form></div>')).toBe('reply');
  });
});

describe("generic adapter: the customer's latest message", () => {
  const read = (markup: string) => genericAdapter.customerMessage(html(markup));

  it('oldest first, composer below: the last one', () => {
    expect(read('<div class="thread thread-type-customer"><div class="thread-content">First.</div></div><div class="thread thread-type-customer"><div class="thread-content">Second.</div></div><textarea id="e"></textarea>')).toBe('Second.');
  });

  it('newest first, composer above: the first one', () => {
    expect(read('<textarea id="e"></textarea><div class="thread thread-type-customer"><div class="thread-content">Second.</div></div><div class="thread thread-type-customer"><div class="thread-content">First.</div></div>')).toBe('Second.');
  });

  it('timestamps decide over position', () => {
    expect(
      read(`<div data-direction="inbound"><time datetime="2024-05-03T09:00:00Z">9:00</time><div class="message-body">Newest.</div></div>
        <div data-direction="inbound"><time datetime="2024-05-01T09:00:00Z">1 May</time><div class="message-body">Oldest.</div></div>
        <textarea id="e"></textarea>`),
    ).toBe('Newest.');
  });

  it('leaves out headers and dates inside a thread item without a body element', () => {
    expect(read('<article data-thread-type="customer"><header>Dana · 2 hours ago</header><p>Still broken.</p></article><textarea id="e"></textarea>')).toBe('Still broken.');
  });

  it('none when the order cannot be told (composer between messages, no timestamps)', () => {
    expect(read('<div class="thread thread-type-customer"><div class="thread-content">One.</div></div><textarea id="e"></textarea><div class="thread thread-type-customer"><div class="thread-content">Two.</div></div>')).toBeUndefined();
  });

  it('agents’ messages and notes are not the customer’s', () => {
    expect(read('<div class="thread thread-type-message"><div class="thread-content">Agent.</div></div><div class="thread thread-type-note"><div class="thread-content">Note.</div></div><textarea id="e"></textarea>')).toBeUndefined();
  });

  it('compares across shadow roots through their hosts', () => {
    document.body.innerHTML = '<x-composer></x-composer><x-thread></x-thread>';
    const composer = document.querySelector('x-composer')!.attachShadow({ mode: 'open' });
    composer.innerHTML = '<textarea id="e"></textarea>';
    const thread = document.querySelector('x-thread')!.attachShadow({ mode: 'open' });
    thread.innerHTML = '<div data-thread-type="customer"><div class="message-body">Newest.</div></div><div data-thread-type="customer"><div class="message-body">Older.</div></div>';
    expect(genericAdapter.customerMessage(composer.querySelector('textarea')!)).toBe('Newest.');
  });
});

describe('generic adapter on a desk with no adapter (generic-desk.html, also run in the browser)', () => {
  const url = 'https://requests.example.net/requests/5521';

  it('no desk claims the page; the latest inbound message, without its quote; the Private box makes a note', async () => {
    const doc = await loadFixture('generic-desk.html', url);
    expect(adapterFor(new URL(url), doc).id).toBe('generic');
    const editor = pick(doc, ['form.composer .reply-editor']);
    expect(genericAdapter.customerMessage(editor)).toBe("This is the third time it dropped this morning and I'm really frustrated. I have a client call at ten.");
    expect(genericAdapter.draftKind(editor)).toBe('reply');
    (pick(doc, ['input[name="private"]']) as HTMLInputElement).checked = true;
    expect(genericAdapter.draftKind(editor)).toBe('internal-note');
  });
});
