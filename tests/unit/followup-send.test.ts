// @vitest-environment happy-dom
/**
 * Knowing a reply was sent (lib/sites/send.ts) on saved composer markup: which controls are the
 * composer's send controls, when the status control says the reply solves the ticket, and that
 * script on the page can't fake a send (untrusted events). The trusted path — the agent's own click
 * and the desk clearing the draft — is covered in the built extension by tests/browser/followup.browser.ts.
 * Then what a sent reply offers: its promises, and a follow-up in three working days when solved.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offersFor } from '../../lib/content/follow-through';
import { composerOf, isSendControl, solvesTicket, watchSends } from '../../lib/sites/send';

process.env.TZ = 'America/New_York';

function desk(html: string): HTMLTextAreaElement {
  document.body.innerHTML = html;
  return document.querySelector('textarea')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('send controls', () => {
  it('are the composer form’s submit button and buttons whose words say send, submit or reply', () => {
    const editor = desk(`
      <form id="c"><textarea></textarea>
        <button type="button" id="draft">Save draft</button><button type="button" id="macro">Apply macro</button>
        <button type="submit" id="send">Send</button><input type="submit" id="submit" value="Post">
        <button type="button" id="reply" aria-label="Reply and close">↩</button></form>
      <button type="button" id="outside">Send feedback</button>`);
    const control = (id: string) => document.getElementById(id)!;
    expect(composerOf(editor).id).toBe('c');
    expect(['draft', 'macro', 'send', 'submit', 'reply', 'outside'].filter((id) => isSendControl(control(id), editor))).toEqual(['send', 'submit', 'reply']);
  });

  it('without a form, are found a few levels around the reply box; an adapter can name its own', () => {
    const editor = desk(`<div class="desk"><div class="composer"><div><textarea></textarea></div>
      <div class="bar"><button id="send">Send reply</button><button id="go" class="x-send-icon">➤</button></div></div></div>`);
    expect(isSendControl(document.getElementById('send')!, editor)).toBe(true);
    expect(isSendControl(document.getElementById('go')!, editor)).toBe(false);
    expect(isSendControl(document.getElementById('go')!, editor, { sendControls: '.x-send-icon' })).toBe(true);
  });

  it('say the reply solves the ticket from the pressed control or the status select', () => {
    const editor = desk(`<form><textarea></textarea><select name="ticket_status"><option value="open">Open</option><option value="solved">Solved</option></select>
      <button id="solve">Submit as Solved</button><button id="send">Send</button></form>`);
    expect(solvesTicket(editor, document.getElementById('send'))).toBe(false);
    expect(solvesTicket(editor, document.getElementById('solve'))).toBe(true);
    document.querySelector('select')!.value = 'solved';
    expect(solvesTicket(editor, document.getElementById('send'))).toBe(true);
  });
});

describe('sends the page fakes', () => {
  it('an untrusted click, submit or Ctrl+Enter is never a send, even when the draft is cleared', async () => {
    vi.useFakeTimers();
    const editor = desk(`<form><textarea></textarea><button type="submit" id="send">Send</button></form>`);
    editor.value = "I'll call you tomorrow morning.";
    const sent = vi.fn();
    const stop = watchSends(editor, { readText: () => editor.value, onSent: sent });
    document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    editor.value = '';
    await vi.advanceTimersByTimeAsync(4000);
    expect(sent).not.toHaveBeenCalled();
    stop();
    vi.useRealTimers();
  });
});

describe('what a sent reply offers', () => {
  const now = new Date(2026, 2, 11, 10, 15);

  it('its promises with a time still to come, in order, with the agent’s words', () => {
    const offers = offersFor({ text: "I'll reset it now. I'll check back at 2:30. You'll hear from me by Friday either way.", solves: false }, now);
    expect(offers.map((o) => [o.kind, o.action, new Date(o.dueAt).getDay(), new Date(o.dueAt).getHours()])).toEqual([
      ['promise', 'check back', 3, 14],
      ['promise', 'get back to them', 5, 17],
    ]);
    expect(offers.map((o) => o.promise)).toEqual(["I'll check back at 2:30.", "You'll hear from me by Friday either way."]);
  });

  it('a reply that solves the ticket: a follow-up three working days later', () => {
    const friday = new Date(2026, 2, 13, 16, 0);
    const [offer] = offersFor({ text: 'Your laptop is fixed and you are all set.', solves: true }, friday);
    expect(offer!.kind).toBe('follow-up');
    expect(new Date(offer!.dueAt).toDateString()).toBe(new Date(2026, 2, 18).toDateString());
  });
});
