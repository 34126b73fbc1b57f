// @vitest-environment happy-dom
/**
 * A desk adapter that throws (a selector a desk's new UI breaks, a DOM it never expected) must not
 * leave the agent without coaching: the page falls back to the generic adapter.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor, adapterForEditor } from '../../lib/sites';
import * as desks from '../../lib/sites/desks';
import { loadFixture, pick } from './helpers/site-fixtures';

afterEach(() => vi.restoreAllMocks());

const url = new URL('https://support.example.org/conversation/482');

describe('a failing desk adapter', () => {
  it('isReplyBox throwing: the generic adapter takes the reply box, and says which desk failed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = await loadFixture('freescout.html', url.href);
    const editor = pick(doc, ['.conv-reply-block .note-editable']);
    vi.spyOn(editor, 'getBoundingClientRect').mockReturnValue({ width: 600, height: 120 } as DOMRect);
    expect(adapterForEditor(url, doc, editor)?.id).toBe('freescout');
    vi.spyOn(desks.freescout, 'isReplyBox').mockImplementation(() => {
      throw new TypeError('Cannot read properties of null');
    });
    expect(adapterForEditor(url, doc, editor)?.id).toBe('generic');
    expect(warn).toHaveBeenCalledWith('Rapport: the FreeScout adapter failed (isReplyBox)', expect.any(TypeError));
  });

  it('matches throwing: the desks after it are still asked', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const doc = await loadFixture('freescout.html', url.href);
    vi.spyOn(desks.zendesk, 'matches').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(adapterFor(url, doc).id).toBe('freescout');
  });
});
