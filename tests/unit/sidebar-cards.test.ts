// @vitest-environment happy-dom
/**
 * Card wording (issue 14): a deletion says what it removes; "For your information" findings are a
 * quiet note with nothing to apply; "Ignore this rule" has an accessible name that contains its
 * visible label and tells the truth about its scope; Restore is a target at least 24 px tall.
 */
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { mountSidebar, type MountedSidebar } from '../../components/sidebar/mount';
import { SIDEBAR_CSS } from '../../components/sidebar/styles';
import { createCoach } from '../../lib/content/coach';
import type { EditorHandle } from '../../lib/editing/types';
import { CATEGORIES } from '../../lib/rules/categories';
import { cardFinding, fakeModel, type FakeModel } from './helpers/sidebar-model';

let mounted: MountedSidebar | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  document.body.innerHTML = '';
});

function show(model: FakeModel): ShadowRoot {
  mounted = mountSidebar(model, { placement: 'inline', container: document.body });
  return mounted.shadow;
}

/** The accessible name a screen reader gets for a button: its aria-label, else its text. */
function accessibleName(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const just = cardFinding({
  ruleId: 'condescension-minimiser',
  category: 'condescension',
  start: 0,
  end: 5,
  // Deletions take the following space with the word.
  flagged: 'just ',
  replacements: [''],
  key: 'condescension-minimiser\u0000just \u00000',
});

describe('a deletion fix', () => {
  it('reads "Remove “just”", and so does its Apply button', () => {
    const shadow = show(fakeModel([just]));
    const card = shadow.querySelector('[data-rapport-finding="condescension-minimiser"]')!;
    expect(card.querySelector('.fix')?.textContent).toBe('Remove “just”');
    expect(card.textContent).not.toContain('Replace with');
    const apply = card.querySelector('[data-rapport-action="apply"]')!;
    expect(accessibleName(apply)).toBe('Apply: remove “just”');
  });

  it('a replacement still reads "Replace with …"', () => {
    const shadow = show(fakeModel([cardFinding()]));
    expect(shadow.querySelector('.fix')?.textContent).toBe('Replace with “assist”');
    expect(accessibleName(shadow.querySelector('[data-rapport-action="apply"]')!)).toBe('Apply: replace “help” with “assist”');
  });
});

describe('"For your information" findings', () => {
  const info = cardFinding({ severity: 'info', key: 'help-wording\u0000help\u00000' });

  it('are one quiet line with Dismiss and no Apply, even with a fix', () => {
    const model = fakeModel([info]);
    const shadow = show(model);
    const card = shadow.querySelector('[data-rapport-finding="help-wording"]')!;
    expect(card.getAttribute('data-severity')).toBe('info');
    expect(card.getAttribute('data-compact')).toBe('true');
    expect(card.querySelector('[data-rapport-action="apply"]')).toBeNull();
    expect(card.querySelector('[data-rapport-action="ignore-rule"]')).toBeNull();
    expect(card.querySelectorAll('p')).toHaveLength(1);
    expect(card.querySelector('p')?.textContent).toContain('For your information:');
    const dismiss = card.querySelector<HTMLButtonElement>('[data-rapport-action="ignore"]')!;
    expect(dismiss.textContent).toBe('Dismiss');
    // The page's own click (isTrusted false) does nothing; the agent's does.
    dismiss.click();
    expect(model.calls).toEqual([]);
    const agentClick = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(agentClick, 'isTrusted', { value: true });
    dismiss.dispatchEvent(agentClick);
    expect(model.calls).toEqual(['ignore-once help-wording']);
  });

  it('the apply shortcut leaves them alone too', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Happy to help.';
    document.body.append(textarea);
    const edits: string[] = [];
    const coach = createCoach();
    coach.setCheckOptions({ severity: { 'help-wording': 'info' } });
    const handle: EditorHandle = {
      kind: 'textarea',
      element: textarea,
      readText: () => textarea.value,
      rangeFor: () => null,
      replace: async (_start, _end, _expected, replacement) => (edits.push(replacement), { ok: true }),
    };
    coach.attach(handle, () => ({ kind: 'reply', site: 'test' }));
    expect(coach.findings.value.map((f) => `${f.ruleId}:${f.severity}`)).toContain('help-wording:info');
    coach.runCommand('apply-finding');
    expect(edits).toEqual([]);
    expect(coach.notice.value?.text).toMatch(/no automatic fix/);
    coach.dispose();
  });
});

describe('"Ignore this rule"', () => {
  it('has an accessible name that contains its visible label and says it hides the rule everywhere', () => {
    const shadow = show(fakeModel([cardFinding()]));
    const button = shadow.querySelector('[data-rapport-action="ignore-rule"]')!;
    const visible = button.textContent!.trim();
    expect(visible).toBe('Ignore this rule');
    expect(accessibleName(button).startsWith(visible)).toBe(true);
    expect(accessibleName(button)).toBe('Ignore this rule (Help wording) everywhere, until you restore it');
    expect(accessibleName(button)).not.toMatch(/on this page/);
  });

  it('in a category the organisation keeps on, says it hides this draft’s card only', () => {
    const model = { ...fakeModel([cardFinding()]), lockedCategories: signal<ReadonlySet<string>>(new Set(['help-wording'])) };
    const shadow = show(model);
    const button = shadow.querySelector('[data-rapport-action="ignore-rule"]')!;
    expect(accessibleName(button)).toBe('Ignore this rule (Help wording) for this draft only (your organisation keeps it on)');
    expect(accessibleName(button)).not.toMatch(/everywhere/);
  });
});

describe('"Ignore this rule" with a choice of scope (help desk pages)', () => {
  it('offers "everywhere" and "on this site", each named for what it does', () => {
    const shadow = show({ ...fakeModel([cardFinding()]), canIgnoreOnSite: true });
    const everywhere = shadow.querySelector('[data-rapport-action="ignore-rule"]')!;
    const site = shadow.querySelector('[data-rapport-action="ignore-rule-site"]')!;
    expect(everywhere.textContent!.trim()).toBe('everywhere');
    expect(site.textContent!.trim()).toBe('on this site');
    expect(accessibleName(everywhere)).toBe('Ignore this rule (Help wording) everywhere, until you restore it');
    expect(accessibleName(site)).toBe('Ignore this rule (Help wording) on this site, until you restore it');
    expect(everywhere.closest('[role="group"]')?.getAttribute('aria-label')).toBe('Ignore this rule (Help wording)');
  });
});

describe('Restore', () => {
  it('is a target at least 24 px tall (and wide)', () => {
    const shadow = show(fakeModel([cardFinding()], { ignoredRules: 2 }));
    const restore = shadow.querySelector<HTMLButtonElement>('[data-rapport-action="restore-rules"]')!;
    expect(restore.textContent).toBe('Restore');
    const style = getComputedStyle(restore);
    expect(parseFloat(style.minHeight)).toBeGreaterThanOrEqual(24);
    expect(parseFloat(style.minWidth)).toBeGreaterThanOrEqual(24);
    // The same, read from the stylesheet itself, in case the DOM's style engine skips shadow styles.
    const rule = /button\.link\s*\{([^}]*)\}/.exec(SIDEBAR_CSS)?.[1] ?? '';
    expect(Number(/min-height:\s*(\d+)px/.exec(rule)?.[1])).toBeGreaterThanOrEqual(24);
  });
});

describe('category headings', () => {
  it('name every built-in category as lib/rules/categories.ts does', () => {
    const findings = CATEGORIES.map((c, i) => cardFinding({ ruleId: `rule-${c.id}`, category: c.id, start: i, end: i + 1, key: `rule-${c.id}\u0000x\u00000` }));
    const shadow = show(fakeModel(findings));
    const headings = Object.fromEntries(
      Array.from(shadow.querySelectorAll('section[data-group]'), (s) => [s.getAttribute('data-group'), s.querySelector('h3')!.firstChild!.textContent!.trim()]),
    );
    expect(headings).toEqual(Object.fromEntries(CATEGORIES.map((c) => [c.id, c.name])));
  });
});
