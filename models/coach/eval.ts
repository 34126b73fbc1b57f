/**
 * npm run eval:coach — the coach figures on the held-out test split (models/coach/data/test/,
 * written before training from the category definitions alone; never tuned on):
 *   - per category precision / recall / F1 on the test sentences, for the rules alone, the model
 *     alone and the fused engine (what ships);
 *   - false alarms on the good test sentences (any card);
 *   - the full test replies: each labelled quote caught by a card of its category over its words,
 *     and replies without problems that get any card;
 *   - the share of the shared real agent replies (../shared/data/real-agent-replies, evaluation
 *     only: read here, never copied) that get a card other than help-wording;
 *   - a confusion table of the fused engine.
 * --markdown prints the same as Markdown tables (for EVAL.md).
 * --dev reads the development split (data/dev/) instead: the figures to compare models and rules
 * on while working, so the test split is read only for the figures that are reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinRules } from '../../lib/rules';
import { check, coachVerdicts, createChecker, COACH_LABELS, categoryOfLabel, type CoachLabel, type Finding } from '../../lib/coaching';
import { loadDevBrandReplies, loadDevSentences, loadTestReplies, loadTestSentences } from './corpus';

const REAL_REPLIES = new URL('../../../shared/data/real-agent-replies/replies.jsonl', import.meta.url).pathname;
const rulesOnly = createChecker([builtinRules]);
type System = 'rules' | 'model' | 'fused';
const SYSTEMS: System[] = ['rules', 'model', 'fused'];

/** The label a finding speaks for (blame splits into customer and other-team by rule id). */
function labelOf(f: Finding): CoachLabel | 'other' {
  if (f.ruleId === 'blame-other-team' || f.ruleId === 'coach-blame-other-team') return 'blame-other-team';
  if (f.category === 'tone') return 'curt';
  return (COACH_LABELS as readonly string[]).includes(f.category) ? (f.category as CoachLabel) : 'other';
}

function spanFindings(text: string, system: Exclude<System, 'model'>): Finding[] {
  const found = system === 'rules' ? rulesOnly.check(text) : check(text);
  return found.filter((f) => f.scope === 'span');
}

/** Categories flagged in one sentence by a system. */
function flagged(text: string, system: System): Set<string> {
  if (system === 'model') return new Set(coachVerdicts(text).map((v) => categoryOfLabel(v.label)));
  return new Set(spanFindings(text, system).map((f) => (labelOf(f) === 'other' ? f.category : categoryOfLabel(labelOf(f) as CoachLabel))));
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');

/** How many replies get a card other than help-wording, per system, and from which rules. */
function flagRates(name: string, texts: readonly string[], out: (s?: string) => void): void {
  for (const sys of ['rules', 'fused'] as const) {
    const byRule = new Map<string, number>();
    let n = 0;
    for (const t of texts) {
      const found = (sys === 'rules' ? rulesOnly.check(t) : check(t)).filter((f) => f.category !== 'help-wording');
      if (found.length) n++;
      for (const c of new Set(found.map((f) => f.ruleId))) byRule.set(c, (byRule.get(c) ?? 0) + 1);
    }
    const detail = [...byRule].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', ');
    out(`${sys.padEnd(6)} ${name} flagged by anything but help-wording: ${n}/${texts.length} = ${((n / texts.length) * 100).toFixed(1)}% (${detail})`);
  }
}

/** The full test replies: labelled quotes caught by a card of their category, clean replies flagged. */
function replyFigures(replies: ReturnType<typeof loadTestReplies>, out: (s?: string) => void): void {
  out();
  out(`Test replies: ${replies.length} (${replies.filter((r) => !r.problems.length).length} without problems)`);
  for (const sys of ['rules', 'fused'] as const) {
    let caught = 0;
    let total = 0;
    const perLabel = new Map<string, [number, number]>();
    let cleanFlagged = 0;
    let spuriousCards = 0;
    for (const r of replies) {
      const found = sys === 'rules' ? rulesOnly.check(r.text) : check(r.text);
      const covered: [number, number][] = [];
      for (const p of r.problems) {
        const start = r.text.indexOf(p.quote);
        const end = start + p.quote.length;
        const cat = categoryOfLabel(p.label);
        covered.push([start, end]);
        const hit = found.some((f) => f.category === cat && f.start < end && f.end > start);
        total++;
        if (hit) caught++;
        const c = perLabel.get(p.label) ?? [0, 0];
        perLabel.set(p.label, [c[0] + (hit ? 1 : 0), c[1] + 1]);
      }
      if (!r.problems.length && found.length) cleanFlagged++;
      spuriousCards += found.filter((f) => f.scope === 'span' && !covered.some(([s, e]) => f.start < e && f.end > s)).length;
    }
    const by = [...perLabel].map(([l, [c, n]]) => `${l} ${c}/${n}`).join(', ');
    out(`${sys.padEnd(6)} problems caught ${caught}/${total} = ${pct(caught / total)} (${by}); clean replies with any card ${cleanFlagged}/${replies.filter((r) => !r.problems.length).length}; span cards outside labelled quotes ${spuriousCards}`);
  }

}

function main() {
  const markdown = process.argv.includes('--markdown');
  const onDev = process.argv.includes('--dev');
  const sentences = onDev ? loadDevSentences() : loadTestSentences();
  const labelled = sentences.filter((s) => s.labels.length);
  const good = sentences.filter((s) => !s.labels.length);
  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  out(`${onDev ? 'Dev' : 'Test'} sentences: ${labelled.length} labelled, ${good.length} good (${good.filter((g) => g.kind.startsWith('hard:')).length} hard negatives)`);
  out();
  out(markdown ? '| label | n | rules P | rules R | model P | model R | fused P | fused R | fused F1 |' : 'label              n   rules P/R      model P/R      fused P/R/F1');
  if (markdown) out('|---|---|---|---|---|---|---|---|---|');
  const predictions = new Map<System, Set<string>[]>();
  for (const sys of SYSTEMS) predictions.set(sys, sentences.map((s) => flagged(s.text, sys)));
  const allTp: Record<System, number> = { rules: 0, model: 0, fused: 0 };
  for (const label of COACH_LABELS) {
    const cat = categoryOfLabel(label);
    const row: string[] = [];
    const n = sentences.filter((s) => s.labels.includes(label)).length;
    let f1 = 0;
    for (const sys of SYSTEMS) {
      const pred = predictions.get(sys)!;
      const isPos = (i: number) => sentences[i]!.labels.includes(label);
      const catPos = (i: number) => sentences[i]!.labels.some((l) => categoryOfLabel(l) === cat);
      let tp = 0;
      let flaggedN = 0;
      let correct = 0;
      sentences.forEach((_, i) => {
        const hit = pred[i]!.has(cat);
        if (hit && isPos(i)) tp++;
        if (hit && (label === 'blame' || label === 'blame-other-team' ? isPos(i) || !catPos(i) : true)) {
          flaggedN++;
          if (isPos(i)) correct++;
        }
      });
      const p = correct / flaggedN;
      const r = tp / n;
      allTp[sys] += tp;
      f1 = (2 * p * r) / (p + r);
      row.push(pct(p), pct(r));
    }
    out(markdown ? `| ${label} | ${n} | ${row.join(' | ')} | ${pct(f1)} |` : `${label.padEnd(17)} ${String(n).padStart(3)}   ${row[0]}/${row[1]}    ${row[2]}/${row[3]}    ${row[4]}/${row[5]}/${pct(f1)}`);
  }
  const positives = labelled.reduce((s, x) => s + x.labels.length, 0);
  out();
  for (const sys of SYSTEMS) {
    const pred = predictions.get(sys)!;
    const fa = sentences.filter((s, i) => !s.labels.length && pred[i]!.size > 0).length;
    out(`${sys.padEnd(6)} overall recall ${pct(allTp[sys] / positives)}; false alarms on good sentences ${fa}/${good.length} = ${((fa / good.length) * 100).toFixed(2)}%`);
  }

  // The dev split has sentences only; full replies are the test split's.
  if (!onDev) replyFigures(loadTestReplies(), out);

  out();
  if (onDev) {
    flagRates('dev consumer-brand good replies', loadDevBrandReplies(), out);
  } else if (existsSync(REAL_REPLIES)) {
    const real = readFileSync(REAL_REPLIES, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
    flagRates('real agent replies', real, out);
  } else out(`real agent replies: ${REAL_REPLIES} not found (it lives outside the repository); figure not computed`);

  out();
  out('Confusion (fused; rows = true label, columns = categories flagged):');
  const cats = [...new Set(COACH_LABELS.map(categoryOfLabel))];
  out(`${''.padEnd(17)} ${cats.map((c) => c.slice(0, 6).padStart(7)).join('')}   none`);
  const fused = predictions.get('fused')!;
  for (const label of [...COACH_LABELS, 'good'] as const) {
    const idx = sentences.map((s, i) => ((label === 'good' ? !s.labels.length : s.labels.includes(label as CoachLabel)) ? i : -1)).filter((i) => i >= 0);
    const counts = cats.map((c) => idx.filter((i) => fused[i]!.has(c)).length);
    const none = idx.filter((i) => fused[i]!.size === 0).length;
    out(`${label.padEnd(17)} ${counts.map((c) => String(c).padStart(7)).join('')}   ${none}`);
  }
  console.log(lines.join('\n'));
}

main();
