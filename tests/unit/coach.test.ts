import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, COACH_LABELS, createChecker, getCoachModel, parseCoachModel } from '../../lib/coaching';
import { holdsInReply } from '../../lib/coach/context';
import { coachProbabilities, coachVerdicts, setCoachModel, type CoachLabel, type CoachModel } from '../../lib/engine/coach/index';
import { CORROBORATION, toneCardFlags } from '../../lib/rules/tone';
import { builtinRules } from '../../lib/rules';
import { DATA_DIR, loadDevBrandReplies, loadDevSentences, loadTestReplies, loadTestSentences, parseTsv, readTsvDir, trainingSet } from '../../models/coach/corpus';

const modelJson = () => JSON.parse(readFileSync(new URL('../../public/models/coach/coach-model.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('coach corpus', () => {
  it('keeps the held-out test split exactly as frozen (SHA256SUMS)', () => {
    const sums = readFileSync(join(DATA_DIR, 'test', 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(2);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/) as [string, string];
      expect(createHash('sha256').update(readFileSync(join(DATA_DIR, 'test', file))).digest('hex'), file).toBe(sum);
    }
  });

  it('has at least 300 training sentences per label and 2,500 good ones, 800 of them hard negatives', () => {
    const train = readTsvDir(join(DATA_DIR, 'train'));
    for (const label of COACH_LABELS) expect(train.filter((s) => s.labels.includes(label)).length, label).toBeGreaterThanOrEqual(300);
    const good = train.filter((s) => !s.labels.length);
    expect(good.length).toBeGreaterThanOrEqual(2500);
    expect(good.filter((s) => s.kind.startsWith('hard:')).length).toBeGreaterThanOrEqual(800);
  });

  it('has a test split of at least 60 per label, 400 good sentences and 60 replies', () => {
    const test = loadTestSentences();
    for (const label of COACH_LABELS) expect(test.filter((s) => s.labels.includes(label)).length, label).toBeGreaterThanOrEqual(60);
    expect(test.filter((s) => !s.labels.length).length).toBeGreaterThanOrEqual(400);
    expect(loadTestReplies().length).toBeGreaterThanOrEqual(60);
  });

  it('has a development split apart from training: 45 per label, 450 good sentences, 160 brand replies', () => {
    const dev = loadDevSentences();
    for (const label of COACH_LABELS) expect(dev.filter((s) => s.labels.includes(label)).length, label).toBeGreaterThanOrEqual(45);
    expect(dev.filter((s) => !s.labels.length).length).toBeGreaterThanOrEqual(450);
    expect(loadDevBrandReplies()).toHaveLength(160);
    // What training keeps never repeats a dev sentence (short stock lines like "Restart it." occur in both files).
    const { kept } = trainingSet(readTsvDir(join(DATA_DIR, 'train')), dev.map((s) => s.text));
    const trained = new Set(kept.map((s) => s.text.toLowerCase()));
    expect(dev.filter((s) => trained.has(s.text.toLowerCase()))).toEqual([]);
  });

  it('rejects malformed lines with file and line number', () => {
    expect(() => parseTsv('blame\tx\ty\t-\n', 'f.tsv')).toThrow(/f\.tsv:1: expected 5/);
    expect(() => parseTsv('rude\tx\ty\t-\tHello.\n', 'f.tsv')).toThrow(/unknown label "rude"/);
    expect(parseTsv('# comment\n-\tvpn\tterse chat\tplain\tOn it.\n', 'f.tsv')).toHaveLength(1);
  });
});

describe('coach model file', () => {
  it('parses and gives one probability per label', () => {
    const model = parseCoachModel(modelJson());
    const p = model.probabilities('You should have read the instructions first.');
    expect(p).toHaveLength(COACH_LABELS.length);
    for (const v of p) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
  });

  it('refuses a corrupt or foreign file with a clear error', () => {
    const json = modelJson();
    expect(() => parseCoachModel({ ...json, labels: ['blame'] })).toThrow(/labels must be/);
    expect(() => parseCoachModel({ ...json, ngramKernel: { ...(json.ngramKernel as object), data: 'AAAA' } })).toThrow(/ngramKernel holds 3 bytes/);
    expect(() => parseCoachModel({ ...json, bias2: [1, 2] })).toThrow(/bias2 must be 10/);
    expect(() => parseCoachModel({ format: 'something-else' })).toThrow(/not a rapport-coach-model/);
    expect(() => parseCoachModel(null)).toThrow(/Coach model/);
  });
});

describe('rules fused with the coach model', () => {
  it('is loaded by default in Node', () => {
    expect(getCoachModel()).not.toBeNull();
  });

  it('catches a paraphrased blame no phrase rule lists', () => {
    const found = check('You should have read the instructions first.');
    expect(found.some((f) => f.category === 'blame')).toBe(true);
  });

  it('names the problem when the tone card and the coach model agree something is wrong', () => {
    // Every dev sentence the tone card would flag and the coach model gives no card of its own: with
    // the coach's likeliest problem ≥ CORROBORATION it gets that problem's card (blame only when it
    // speaks to the customer, else curt); below it, no coach card.
    for (const { text } of loadDevSentences()) {
      if (/[.!?]\s+\S/.test(text.trim())) continue; // one sentence at a time
      if (!toneCardFlags(text) || coachVerdicts(text).some((v) => v.label !== 'help-wording')) continue;
      const p = coachProbabilities(text)!;
      const ranked = COACH_LABELS.map((l, i) => [l, p[i]!] as const).filter(([l]) => l !== 'help-wording').sort((a, b) => b[1] - a[1]);
      const [best, bestP] = ranked[0]!;
      const ids = check(text).filter((f) => f.scope === 'span' && f.category !== 'help-wording').map((f) => f.ruleId);
      if (ids.some((id) => !id.startsWith('coach-'))) continue; // a phrase rule spoke first
      if (bestP < CORROBORATION) expect(ids, text).toEqual([]);
      else expect(ids, text).toEqual([best === 'blame' && !/\b(?:you|your|yours|yourself|u|ur)\b/i.test(text) ? 'coach-curt' : `coach-${best}`]);
    }
    // How many dev sentences need this depends on the trained weights (a better model names more of
    // them itself); the mechanism is pinned below with a model whose probabilities are set.
  });

  it('reads a link the agent gave after a handoff, not one in a quoted line', () => {
    const shipped = getCoachModel()!;
    const handoff = 'That one is for the regional office.';
    const deflecting: CoachModel = {
      labels: shipped.labels,
      thresholds: Object.fromEntries(shipped.labels.map((l) => [l, 0.9])) as CoachModel['thresholds'],
      probabilities: (t) => {
        const out = new Float32Array(COACH_LABELS.length);
        if (t.trim() === handoff) out[COACH_LABELS.indexOf('deflection')] = 0.95;
        return out;
      },
      classify: () => [],
    };
    const ids = (text: string) => check(text).map((f) => f.ruleId);
    try {
      setCoachModel(deflecting);
      expect(ids(`${handoff} Thanks for waiting.`)).toContain('coach-deflection');
      expect(ids(`${handoff} https://support.example.com/contact`)).not.toContain('coach-deflection');
      expect(ids(`${handoff}\n> see https://support.example.com/contact`)).toContain('coach-deflection');
    } finally {
      setCoachModel(shipped);
    }
  });

  it('relabels a tone card only when the coach model backs a named problem with ≥ CORROBORATION', () => {
    const shipped = getCoachModel()!;
    const text = 'Why is the form still empty?';
    expect(toneCardFlags(text)).toBe(true);
    const withProblem = (label: CoachLabel, p: number): CoachModel => ({
      labels: shipped.labels,
      thresholds: Object.fromEntries(shipped.labels.map((l) => [l, 0.9])) as CoachModel['thresholds'],
      probabilities: (t) => {
        const out = new Float32Array(COACH_LABELS.length);
        if (t.trim() === text) out[COACH_LABELS.indexOf(label)] = p;
        return out;
      },
      classify: () => [],
    });
    try {
      setCoachModel(withProblem('condescension', CORROBORATION + 0.05));
      expect(check(text).map((f) => f.ruleId)).toEqual(['coach-condescension']);
      // Not said to the customer, so not blame: the blunt question gets the curt card.
      setCoachModel(withProblem('blame', CORROBORATION + 0.05));
      expect(check(text).map((f) => f.ruleId)).toEqual(['coach-curt']);
      setCoachModel(withProblem('condescension', CORROBORATION - 0.05));
      expect(check(text).map((f) => f.ruleId)).toEqual([]);
    } finally {
      setCoachModel(shipped);
    }
  });

  it('stands in for the tone card with its curt label, with the tone card’s tips', () => {
    const text = 'Why did you not reboot before logging a ticket? Send the logs.';
    const fused = check(text);
    expect(fused.map((f) => f.ruleId)).not.toContain('tone');
    const rulesOnly = createChecker([builtinRules]).check(text);
    expect(rulesOnly.map((f) => f.ruleId)).toContain('tone');
    const curt = check('Read the documentation before asking.').find((f) => f.ruleId === 'coach-curt');
    expect(curt?.suggestion).toMatch(/Ask rather than instruct/);
  });

  it('gives one card per sentence and category', () => {
    const text = 'You people never read the instructions, you should have read them first.';
    const found = check(text);
    const keys = found.filter((f) => f.scope === 'span').map((f) => `${f.category}@${text.slice(f.start, f.end)}`);
    const perCategory = new Map<string, number>();
    for (const f of found.filter((f) => f.scope === 'span')) perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + 1);
    for (const [cat, n] of perCategory) expect(n, `${cat}: ${keys.join(' | ')}`).toBe(1);
  });

  it('stays quiet on good sentences that use trigger words well', () => {
    for (const text of ['Our Help Center has a step-by-step guide for the new VPN client.', 'Just to confirm, is it the printer on the third floor?', 'The network team deployed a fix last night, so the drops should stop.']) {
      expect(check(text).filter((f) => f.scope === 'span'), text).toEqual([]);
    }
  });

  it('adds nothing customer-facing to an internal note', () => {
    const found = check('You should have read the instructions first.', { context: 'internal-note' });
    expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('tone meter with findings', () => {
  it('never reads Warm over a draft with a warning or suggestion, and is untouched without one', async () => {
    const { analyze, toneWithFindings, WARM_FROM } = await import('../../lib/coaching');
    expect(toneWithFindings(0.95, [{ severity: 'warning' }])).toBeLessThan(WARM_FROM);
    expect(toneWithFindings(0.95, [{ severity: 'info' }])).toBe(0.95);
    expect(toneWithFindings(0.4, [{ severity: 'suggestion' }])).toBe(0.4);
    const warmButBlaming = analyze('Thanks so much for your patience, Dana! Honestly, you people never read the instructions, but I really appreciate you.');
    expect(warmButBlaming.findings.some((f) => f.severity !== 'info')).toBe(true);
    expect(warmButBlaming.tone!.draft).toBeLessThan(WARM_FROM);
  });
});

describe('coach verdicts read in context', () => {
  it('drops a policy-wall or deflection verdict when one of the next two sentences offers a way forward', () => {
    const wall = ["Personal Dropbox accounts aren't allowed on work laptops.", 'That is the rule.'];
    expect(holdsInReply('policy-wall', wall, 0)).toBe(true);
    const offered = [wall[0]!, 'Files there sit outside our backups.', "I can set up a shared OneDrive folder for you instead."];
    expect(holdsInReply('policy-wall', offered, 0)).toBe(false);
    expect(holdsInReply('deflection', ["That's one for payroll.", "I've passed it to them and copied you in."], 0)).toBe(false);
    // Too far away, or a label that context doesn't change.
    expect(holdsInReply('policy-wall', [wall[0]!, 'a.', 'b.', 'I can set up OneDrive instead.'], 0)).toBe(true);
    expect(holdsInReply('blame', ['You deleted the folder.', 'I can restore it instead.'], 0)).toBe(true);
  });

  it('reads relief for the customer as no brush-off', () => {
    expect(holdsInReply('dismissive', ['No worries at all about the late reply.'], 0)).toBe(false);
    expect(holdsInReply('dismissive', ["It's not a big deal to fix: the permissions were set to free/busy only."], 0)).toBe(false);
    expect(holdsInReply('dismissive', ["It's not a big deal, calm down."], 0)).toBe(true);
    expect(holdsInReply('dismissive', ["No worries, it's only a printer."], 0)).toBe(true);
  });

  it('reads a short sentence as curt only in a short, cold reply', () => {
    expect(holdsInReply('curt', ['Restart it.', 'Send the log.'], 0)).toBe(true);
    expect(holdsInReply('curt', ['The account locked after several failed sign-ins from an old saved password.', 'Unlocked now.'], 1)).toBe(false);
    expect(holdsInReply('curt', ['Fixed it!', 'Scan away.'], 1)).toBe(false);
    expect(holdsInReply('curt', ['Thanks for waiting.', 'Done.'], 1)).toBe(false);
    // A six-word sentence that says what was done explains the short one next to it.
    expect(holdsInReply('curt', ['Printer queue jammed overnight.', "I've cleared it and it's printing."], 0)).toBe(false);
    expect(holdsInReply('curt', ['Reboot it.', 'Then call back.'], 0)).toBe(true);
    // An accusing question explains nothing; a polite one warms.
    expect(holdsInReply('curt', ['Why did you not read the instructions?', 'Send me the logs now.'], 1)).toBe(true);
    expect(holdsInReply('curt', ['Could you check your spam folder?', 'It lands there.'], 1)).toBe(false);
    // Greetings and sign-offs are formulas, and an instruction explains only with a reason.
    expect(holdsInReply('curt', ['Hi Dana,', 'Reboot the laptop.', 'Send the logs if it fails again.', 'Thanks,'], 1)).toBe(true);
    expect(holdsInReply('curt', ['Reboot the laptop.', 'Send the logs so that I can see which driver crashed.'], 0)).toBe(false);
  });

  it('judges curtness over the whole reply: a brisk close stays quiet, a clipped reply does not', () => {
    const curtCards = (text: string) => check(text).filter((f) => f.ruleId === 'coach-curt');
    expect(curtCards("We've got your files back. Let me know if anything's missing.")).toEqual([]);
    expect(curtCards('Wrong queue. Resubmit.').length).toBeGreaterThan(0);
    expect(curtCards("It's encrypted. I've locked it. Loaner Monday 9 AM. Send the police reference.").length).toBeGreaterThan(0);
  });

  it('drops a deflection verdict when a link is given with the handoff', () => {
    const handoff = ['Please contact our phone support for the repair status.'];
    expect(holdsInReply('deflection', [...handoff, 'That is how it works.'], 0)).toBe(true);
    // Links are blanked out of the agent's text: a gap of spaces where the address was.
    expect(holdsInReply('deflection', [...handoff, 'Open link:                     Select the product type.'], 0)).toBe(false);
    expect(holdsInReply('deflection', ['You can reach them by clicking on the Contact us link.', ...handoff], 1)).toBe(false);
  });

  it('the checker asks the classifier about its own findings only, with the reply’s sentences', () => {
    const meta = { ...builtinRules.rules.find((r) => r.meta.id === 'policy-wall')!.meta, id: 'fake-wall' };
    const seen: Array<[string, number, number]> = [];
    const checker = createChecker([builtinRules], {
      classifier: {
        classify: (text) => (/allowed/.test(text) ? [{ meta, report: { start: 0, end: text.trim().length, messageId: 'wall' } }] : []),
        holdsInContext: (ruleId, sentences, index) => {
          seen.push([ruleId, sentences.length, index]);
          return !/instead/.test(sentences[index + 1] ?? '');
        },
      },
    });
    expect(checker.check('Hi Sam. USB drives are not allowed. Sorry.').some((f) => f.ruleId === 'fake-wall')).toBe(true);
    expect(checker.check('Hi Sam. USB drives are not allowed. I can share a OneDrive link instead.').some((f) => f.ruleId === 'fake-wall')).toBe(false);
    expect(seen.every(([id]) => id === 'fake-wall')).toBe(true);
    expect(seen[0]).toEqual(['fake-wall', 3, 1]);
  });
});
