/** The demo's findings table: every cell wraps inside its column, nothing is cut off. */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coaching';
import { findingsTable, renderTable, wrap } from '../../scripts/demo/table';

describe('demo findings table', () => {
  it('wraps words to the width and splits words longer than it', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('condescension-minimiser', 10)).toEqual(['condescens', 'ion-minimi', 'ser']);
    expect(wrap('', 5)).toEqual(['']);
  });

  it('keeps every line within the column widths and every word of every cell', () => {
    const columns = [
      { title: 'a', width: 5 },
      { title: 'b', width: 8 },
    ];
    const out = renderTable([['alpha beta', 'a long message here']], columns);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(5 + 3 + 8);
    for (const word of ['alpha', 'beta', 'long', 'message', 'here']) expect(out).toContain(word);
  });

  it('shows the flagged text and the one-click fix of a real finding', () => {
    const text = 'Happy to help with that.';
    const table = findingsTable(text, check(text));
    expect(table).toContain('help-wording');
    expect(table).toContain('"help"');
    expect(table).toContain('→ "assist"');
  });

  it('offers what the card offers, made from the flagged words, not the rule’s stock example', () => {
    const text = 'Installing your own drivers is against policy.';
    const findings = check(text);
    const table = findingsTable(text, findings).replace(/\s+/g, ' ');
    expect(findings.some((f) => f.suggestion?.includes('single sign-on'))).toBe(true);
    expect(table).not.toContain('sign-on');
    expect(table).toContain('“against policy”');
  });
});
