// @vitest-environment happy-dom
/**
 * "Resolved" counts what the agent really fixed: an applied fix, or flagged words edited away while
 * the draft is still there. Ignoring, switching to a note, or clearing the whole draft resolves
 * nothing, and a card whose sentence is edited but still flagged stays one card.
 */
import { describe, expect, it } from 'vitest';
import { createCoach, type Coach } from '../../lib/content/coach';
import { createResolutionTracker } from '../../lib/content/resolution';
import { textareaStrategy } from '../../lib/editing/textarea';
import type { CardFinding } from '../../components/sidebar/model';
import type { DraftKind } from '../../lib/engine/types';
import type { StatsEvent } from '../../lib/stats/events';

const tick = () => new Promise((r) => setTimeout(r, 5));

function setUp(text: string) {
  document.body.innerHTML = '<textarea></textarea>';
  const textarea = document.querySelector('textarea')!;
  textarea.value = text;
  const events: StatsEvent[] = [];
  let kind: DraftKind = 'reply';
  const coach: Coach = createCoach({ report: (e) => events.push(...e), shownReportMs: 0, draftReportMs: 0 });
  // happy-dom has no execCommand: apply by setting the value, as the real strategy's result reads.
  const handle = {
    ...textareaStrategy.attach(textarea),
    async replace(start: number, end: number, _expected: string, replacement: string) {
      textarea.value = textarea.value.slice(0, start) + replacement + textarea.value.slice(end);
      return { ok: true as const };
    },
  };
  coach.attach(handle, () => ({ kind, site: 'example.test' }));
  const type = async (next: string) => {
    textarea.value = next;
    coach.checkNow();
    await tick();
  };
  const actions = (action: string) => events.filter((e) => e.type === 'suggestion' && e.action === action).map((e) => (e as { ruleId: string }).ruleId);
  return { coach, events, type, actions, setKind: (k: DraftKind) => (kind = k), textarea };
}

describe('resolved cards', () => {
  it('counts blame rewritten away as edited away, once, and never the help fix applied', async () => {
    const { coach, type, actions, textarea } = setUp('Happy to help. You must have deleted the file.');
    await tick();
    expect(actions('shown').sort()).toEqual(['blame', 'help-wording']);
    coach.apply(coach.findings.value.find((f) => f.ruleId === 'help-wording')!, 'assist');
    await tick();
    expect(textarea.value).toBe('Happy to assist. You must have deleted the file.');
    await type('Happy to assist. The file was deleted by the sync, so I have restored it.');
    await type('Happy to assist. The file was deleted by the sync, so I have restored it from backup.');
    expect(actions('applied')).toEqual(['help-wording']);
    expect(actions('edited-away')).toEqual(['blame']);
    coach.dispose();
  });

  it('does not count ignored cards, a switch to an internal note, or a cleared draft', async () => {
    const { coach, type, actions, setKind } = setUp('Happy to help. You must have deleted the file.');
    await tick();
    coach.ignoreOnce(coach.findings.value.find((f) => f.ruleId === 'help-wording')!);
    setKind('internal-note');
    coach.checkNow();
    await tick();
    setKind('reply');
    await type('');
    await type('Anything else?');
    expect(actions('edited-away')).toEqual([]);
    coach.dispose();
  });

  it('keeps a card that is still flagged after its words move or its sentence grows', async () => {
    const { coach, type, actions } = setUp('You must have deleted the file.');
    await tick();
    await type('Hi Sam, you must have deleted the file.');
    await type('Hi Sam, you must have deleted the file yesterday.');
    // Shown once, not again as its words moved (a model card may join it: it is not this test's concern).
    expect(actions('shown').filter((id) => id === 'blame')).toEqual(['blame']);
    expect(actions('edited-away').filter((id) => id === 'blame')).toEqual([]);
    coach.dispose();
  });
});

describe('resolution tracker', () => {
  const card = (key: string, ruleId: string, start: number, end: number, scope: 'span' | 'draft' = 'span'): CardFinding => ({
    key,
    ruleId,
    category: ruleId,
    severity: 'warning',
    start,
    end,
    scope,
    flagged: '',
    message: '',
    replacements: [],
    principle: { id: 'p', text: 'p' },
  });

  it('follows a card through edits before it and counts it when its words are edited', () => {
    const t = createResolutionTracker();
    t.observe('You must have deleted it.', [card('a', 'blame', 0, 21)], true);
    expect(t.newlyShown([card('a', 'blame', 0, 21)])).toHaveLength(1);
    // Text typed before it: the same card under a new key (its coach sentence changed) is no new card.
    t.observe('Hi. You must have deleted it.', [card('b', 'blame', 4, 25)], true);
    expect(t.newlyShown([card('b', 'blame', 4, 25)])).toHaveLength(0);
    expect(t.settle()).toEqual([]);
    t.observe('Hi. It was deleted.', [], true);
    expect(t.settle()).toEqual([{ ruleId: 'blame', category: 'blame', severity: 'warning' }]);
    expect(t.settle()).toEqual([]);
  });

  it('a re-check without an edit (settings, a model loading) keeps a card the agent already edited away', () => {
    const t = createResolutionTracker();
    t.observe('Calm down.', [card('a', 'dismissive', 0, 9)], true);
    t.newlyShown([card('a', 'dismissive', 0, 9)]);
    t.observe('I hear you.', [], true);
    t.observe('I hear you.', [], false);
    expect(t.settle().map((f) => f.ruleId)).toEqual(['dismissive']);
  });

  it('undoing the edit brings the card back before it is settled', () => {
    const t = createResolutionTracker();
    t.observe('Calm down.', [card('a', 'dismissive', 0, 9)], true);
    t.newlyShown([card('a', 'dismissive', 0, 9)]);
    t.observe('I hear you.', [], true);
    t.observe('Calm down.', [card('a', 'dismissive', 0, 9)], true);
    expect(t.settle()).toEqual([]);
  });

  it('a card another rule now covers is still edited away; a draft-level card goes with its rule', () => {
    const t = createResolutionTracker();
    t.observe('x', [card('a', 'blame', 0, 5), card('d', 'acknowledgement', 0, 1, 'draft')], true);
    t.newlyShown([card('a', 'blame', 0, 5), card('d', 'acknowledgement', 0, 1, 'draft')]);
    t.observe('xy', [card('c', 'condescension', 0, 5), card('d2', 'acknowledgement', 0, 2, 'draft')], true);
    expect(t.settle().map((f) => f.ruleId)).toEqual(['blame']);
  });
});
