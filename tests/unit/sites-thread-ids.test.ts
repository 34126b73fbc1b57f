// @vitest-environment happy-dom
/**
 * osTicket and FreeScout number their thread entries (`#thread-entry-<id>`, `#thread-<id>`) in the
 * order they were written, so the customer's latest message is the one with the highest id, whatever
 * order the agent sorted the thread in, when timestamps don't say (two entries in the same second).
 */
import { describe, expect, it } from 'vitest';
import * as desks from '../../lib/sites/desks';
import { loadFixture, pick } from './helpers/site-fixtures';

const reverseChildren = (list: Element): void => {
  for (const item of Array.from(list.children).reverse()) list.appendChild(item);
};

describe('osTicket thread order', () => {
  const url = 'https://help.example.org/scp/tickets.php?id=7';
  const latest = "I did that four times. It still asks every ten minutes and I can't get any work done.";
  const editorOf = (doc: Document): HTMLElement => pick(doc, ['form#reply .redactor-in']);

  it('an agent who sorts the thread Descending still gets the latest message', async () => {
    const doc = await loadFixture('osticket.html', url);
    reverseChildren(pick(doc, ['#thread-items']));
    expect(desks.osticket.customerMessage(editorOf(doc))).toBe(latest);
  });

  it('messages posted in the same second: the entry id decides, in either order', async () => {
    const doc = await loadFixture('osticket.html', url);
    for (const time of Array.from(doc.querySelectorAll('#thread-items time'))) time.setAttribute('datetime', '2024-05-03T11:42:00+00:00');
    expect(desks.osticket.customerMessage(editorOf(doc))).toBe(latest);
    reverseChildren(pick(doc, ['#thread-items']));
    expect(desks.osticket.customerMessage(editorOf(doc))).toBe(latest);
  });

  it('without entry ids the timestamps still decide', async () => {
    const doc = await loadFixture('osticket.html', url);
    for (const wrapper of Array.from(doc.querySelectorAll('[id^="thread-entry-"]'))) wrapper.removeAttribute('id');
    reverseChildren(pick(doc, ['#thread-items']));
    expect(desks.osticket.customerMessage(editorOf(doc))).toBe(latest);
  });
});

describe('FreeScout thread order', () => {
  const url = 'https://support.example.org/conversation/482';
  const latest = "This is the third time the queue has stuck this week. I have payroll to print by noon and I'm really frustrated.";

  it('thread ids decide even if a module lists the thread oldest first', async () => {
    const doc = await loadFixture('freescout.html', url);
    reverseChildren(pick(doc, ['#conv-layout-main']));
    expect(desks.freescout.customerMessage(pick(doc, ['.conv-reply-block .note-editable']))).toBe(latest);
  });
});

describe('osTicket: timestamps before entry ids', () => {
  it('an older message that got a higher id (osTicket re-numbers an entry it edits, keeping its time) is not the latest', async () => {
    const doc = await loadFixture('osticket.html', 'https://help.example.org/scp/tickets.php?id=7');
    pick(doc, ['#thread-entry-31']).id = 'thread-entry-40';
    expect(desks.osticket.customerMessage(pick(doc, ['form#reply .redactor-in']))).toBe(
      "I did that four times. It still asks every ten minutes and I can't get any work done.",
    );
  });
});
