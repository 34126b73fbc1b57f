// @vitest-environment happy-dom
/**
 * The reminder question on the desk page: it asks with the agent's words and the due time, and
 * script on the page can't answer it (untrusted clicks do nothing). The agent's own Yes / Change /
 * No are driven in the built extension by tests/browser/followup.browser.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFollowUpPrompt } from '../../components/followup/mount';
import { localInputValue } from '../../components/followup/Confirm';

afterEach(() => {
  document.documentElement.querySelectorAll('[data-rapport="followup"]').forEach((el) => el.remove());
});

const shadow = () => document.querySelector('[data-rapport="followup"]')!.shadowRoot!;

describe('reminder question', () => {
  it('asks with the action and the time, in its own shadow root', async () => {
    const prompt = mountFollowUpPrompt(document);
    const due = new Date();
    due.setHours(23, 30, 0, 0);
    void prompt.ask({ kind: 'promise', action: 'check back', dueAt: due.getTime(), promise: "I'll check back." }, async () => null);
    await vi.waitFor(() => expect(shadow().querySelector('[data-followup="question"]')).not.toBeNull());
    expect(shadow().querySelector('[data-followup="question"]')!.textContent).toMatch(/^Remind me at .*(?:23:30|11:30\s?PM) to check back\?$/i);
    expect([...shadow().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Yes', 'Change', 'No']);
    prompt.unmount();
  });

  it('ignores clicks the page makes', async () => {
    const prompt = mountFollowUpPrompt(document);
    const onAnswer = vi.fn(async () => null);
    void prompt.ask({ kind: 'follow-up', action: '', dueAt: Date.now() + 86_400_000 }, onAnswer);
    await vi.waitFor(() => expect(shadow().querySelector('[data-followup-action="yes"]')).not.toBeNull());
    for (const action of ['yes', 'no', 'change']) (shadow().querySelector(`[data-followup-action="${action}"]`) as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 20));
    expect(onAnswer).not.toHaveBeenCalled();
    expect(shadow().querySelector('[data-followup="time"]')).toBeNull();
    prompt.unmount();
  });

  it('fills the time field with the due time in local time', () => {
    expect(localInputValue(new Date(2026, 2, 11, 14, 30).getTime())).toBe('2026-03-11T14:30');
  });
});
