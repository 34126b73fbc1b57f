// @vitest-environment happy-dom
/** The coach with the agent's settings: options apply at once to the open draft; locked categories can't be ignored for good. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoach } from '../../lib/content/coach';
import { textareaStrategy } from '../../lib/editing/textarea';
import { compilePack } from '../../lib/packs/compile';
import { parsePack } from '../../lib/packs';
import { loadCoachModel, setCoachModel } from '../../lib/coaching';
const coachJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/models/coach/coach-model.json'), 'utf8')) as unknown;

const ACME = parsePack(readFileSync(resolve(import.meta.dirname, '../../examples/packs/acme-it.yaml'), 'utf8'), 'acme-it.yaml');

function coachOn(text: string) {
  document.body.innerHTML = '<textarea></textarea>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = text;
  const ignored: string[][] = [];
  const coach = createCoach({ draftReportMs: 1_000_000, onIgnoredRulesChanged: (ids) => ignored.push([...ids]) });
  coach.attach(textareaStrategy.attach(textarea), () => ({ kind: 'reply', site: 'example.test' }));
  return { coach, textarea, ignored };
}

const ids = (coach: ReturnType<typeof createCoach>) => coach.findings.value.map((f) => f.ruleId);

describe('coach with settings', () => {
  // A test that unloads the coach model gets it back, whether its assertions pass or not.
  afterEach(() => loadCoachModel(coachJson));
  it('re-checks the open draft when the options change: packs, disabled categories, severity, ignore list', () => {
    const { coach } = coachOn("Happy to help. I opened a ticket and I'll reach out to the vendor.");
    expect(ids(coach)).toEqual(['help-wording']);
    coach.setCheckOptions({ pack: [compilePack(ACME)] });
    expect(ids(coach)).toEqual(['help-wording', 'acme/request-not-ticket', 'acme/contact-not-reach-out']);
    coach.setCheckOptions({ pack: [compilePack(ACME)], ignorePhrases: ['reach out to'], severity: { terminology: 'warning' } });
    expect(ids(coach)).toEqual(['help-wording', 'acme/request-not-ticket']);
    expect(coach.findings.value[1]!.severity).toBe('warning');
    coach.setCheckOptions({ pack: [compilePack(ACME)], disabled: ['terminology', 'help-wording'] });
    expect(ids(coach)).toEqual([]);
    coach.dispose();
  });

  it('"Ignore this rule" in a locked category hides the card for this draft only and is not remembered', () => {
    const { coach, textarea, ignored } = coachOn('You must have deleted the file. Happy to help.');
    coach.setCheckOptions({ lockedCategories: ['blame'] });
    expect(ids(coach)).toEqual(['blame', 'help-wording']);
    coach.ignoreRule(coach.findings.value[0]!);
    expect(ids(coach)).toEqual(['help-wording']);
    expect(coach.notice.value?.text).toMatch(/organisation keeps this category on/);
    expect(ignored).toEqual([]);
    // A new blame sentence in the same draft is still shown; an ignored unlocked rule is not.
    textarea.value = 'You must have deleted the file. Happy to help. You should have saved it.';
    coach.checkNow();
    expect(ids(coach)).toContain('blame');
    coach.ignoreRule(coach.findings.value.find((f) => f.ruleId === 'help-wording')!);
    expect(ids(coach)).not.toContain('help-wording');
    expect(ignored.at(-1)).toEqual(['help-wording']);
    coach.dispose();
  });

  it('a rule ignored before its category was locked shows again once it is locked', () => {
    // Rules only: with the blame rule ignored, the coach model may read the sentence as curt.
    setCoachModel(null);
    const { coach } = coachOn('You must have deleted the file.');
    coach.ignoreRule(coach.findings.value[0]!);
    expect(ids(coach)).toEqual([]);
    coach.setCheckOptions({ lockedCategories: ['blame'] });
    expect(ids(coach)).toEqual(['blame']);
    coach.dispose();
  });

  it('"Ignore this rule" on this site is kept for the site apart from the everywhere list; Restore brings both back', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const textarea = document.querySelector('textarea')!;
    textarea.value = 'You must have deleted the file. Happy to help.';
    const everywhere: string[][] = [];
    const site: string[][] = [];
    const coach = createCoach({
      draftReportMs: 1_000_000,
      onIgnoredRulesChanged: (ids) => everywhere.push([...ids]),
      onSiteIgnoredRulesChanged: (ids) => site.push([...ids]),
    });
    coach.attach(textareaStrategy.attach(textarea), () => ({ kind: 'reply', site: 'example.test' }));
    coach.ignoreRule(coach.findings.value.find((f) => f.ruleId === 'help-wording')!, 'site');
    expect(site).toEqual([['help-wording']]);
    expect(everywhere).toEqual([]);
    expect(ids(coach)).not.toContain('help-wording');
    coach.ignoreRule(coach.findings.value.find((f) => f.ruleId === 'blame')!);
    expect(everywhere).toEqual([['blame']]);
    expect(coach.ignoredRuleCount?.value).toBe(2);
    coach.restoreIgnoredRules?.();
    expect(site.at(-1)).toEqual([]);
    expect(everywhere.at(-1)).toEqual([]);
    expect(ids(coach)).toEqual(expect.arrayContaining(['help-wording', 'blame']));
    coach.dispose();
  });
});
