/**
 * npm run train:tone — trains the shipped tone model on both corpora (Wikipedia + Stack Overflow),
 * calibrates the curt threshold on support-calibration.jsonl, and writes
 * public/models/tone/tone-model.json.
 *
 * Reproducible: features are deterministic, folds use a seeded PRNG, training is full-batch Adam
 * from zero weights (no random init, no shuffling). `--verify-reproducible` trains the final model
 * twice and fails unless the float32 weight hashes match.
 * Options: --out PATH, --no-select (skip inner CV, use C from GRID[1]), --verify-reproducible.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseToneModel, type ToneScore } from '../../lib/engine/tone/model';
import { exportToneModel, weightsHash } from './export';
import { GRID, MIDDLE_WEIGHT, describeParams, featureConfig, fit, loadRows, selectParams, trainSetOf, type Row } from './pipeline';
import { linearLogit, type LinearWeights, type TrainSet } from './trainer';
import { percentile } from './data';
import { groupedStratifiedFolds } from './cv';
import { toneFeatures } from '../../lib/engine/tone/features';
import { isCurtCandidate } from '../../lib/engine/tone/curt';
import { strategyRecord } from '../../lib/engine/tone/strategies';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const SEED = 0;
/**
 * The calibration replies also join training (not curt = 1, curt = 0) at this weight per row: the
 * corpus is requests, where "Your …" openings and bare statements read cold; in support replies they
 * are normal. Their effect on the threshold is measured out of fold (CALIBRATION_FOLDS).
 */
export const SUPPORT_WEIGHT = 10;
const CALIBRATION_FOLDS = 5;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export type CalibrationLabel = 'good-plain' | 'warm' | 'curt';
export interface CalibrationRow {
  text: string;
  label: CalibrationLabel;
}

export function loadCalibration(path = join(HERE, 'support-calibration.jsonl')): CalibrationRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as CalibrationRow;
      if (!['good-plain', 'warm', 'curt'].includes(r.label) || typeof r.text !== 'string') throw new Error(`${path}:${i + 1}: bad row`);
      return r;
    });
}

export interface ThresholdChoice {
  threshold: number;
  precision: number;
  recall: number;
  flaggedPlain: number;
  flaggedWarm: number;
}

/** A curt sentence must at least read more impolite than polite. */
export const MAX_CURT_THRESHOLD = 0.5;

/**
 * The curt threshold: the highest cut that flags no good-plain or warm reply in the calibration
 * set (false alarms on good replies are worse than a missed nit), placed halfway between the
 * lowest-scoring good reply and the highest curt score under it, and at most MAX_CURT_THRESHOLD.
 * Scores are as the product decides (curtDecisionScore): a reply the rule can never flag is +∞.
 */
export function chooseCurtThreshold(scored: { score: number; label: CalibrationLabel }[]): ThresholdChoice {
  const good = scored.filter((s) => s.label !== 'curt').map((s) => s.score);
  const minGood = Math.min(...good);
  const below = scored.filter((s) => s.label === 'curt' && s.score < minGood).map((s) => s.score);
  const cut = below.length ? (Math.max(...below) + minGood) / 2 : minGood * 0.9;
  const threshold = Math.min(cut, MAX_CURT_THRESHOLD);
  return { threshold, ...calibrationMetrics(scored, threshold) };
}

/** The score the curt decision compares with the threshold: +∞ when no cue makes it a candidate. */
export function curtDecisionScore(text: string, tone: Pick<ToneScore, 'score' | 'strategies'>): number {
  return isCurtCandidate(text.trim(), tone.strategies) ? tone.score : Infinity;
}

/** A trained (not yet exported) model's reading of one reply: features computed once. */
function replyTone(text: string, m: LinearWeights): Pick<ToneScore, 'score' | 'strategies'> {
  const f = toneFeatures(text, featureConfig());
  return { score: 1 / (1 + Math.exp(-linearLogit(f, m))), strategies: strategyRecord(f.strategies) };
}

export function calibrationMetrics(scored: { score: number; label: CalibrationLabel }[], threshold: number) {
  const flagged = scored.filter((s) => s.score < threshold);
  const tp = flagged.filter((s) => s.label === 'curt').length;
  const curt = scored.filter((s) => s.label === 'curt').length;
  return {
    precision: flagged.length ? tp / flagged.length : 1,
    recall: curt ? tp / curt : 1,
    flaggedPlain: flagged.filter((s) => s.label === 'good-plain').length,
    flaggedWarm: flagged.filter((s) => s.label === 'warm').length,
  };
}

async function main() {
  const t0 = Date.now();
  const out = arg('--out') ?? join(ROOT, 'public', 'models', 'tone', 'tone-model.json');
  const rows: Row[] = [...loadRows('wiki'), ...loadRows('so')];
  console.log(`corpus: ${rows.length} rows, ${rows.filter((r) => r.label !== undefined).length} labelled (top/bottom quartile per domain)`);

  const sel = process.argv.includes('--no-select') ? { params: GRID[1]!, innerAccuracy: [] } : await selectParams(rows, SEED);
  console.log(`inner CV accuracy per ${GRID.map(describeParams).join(' / ')}: ${sel.innerAccuracy.map((a) => (100 * a).toFixed(2)).join(' / ')} → ${describeParams(sel.params)}`);

  const corpusSet = trainSetOf(rows);
  const calibration = loadCalibration();
  const withSupport = (support: readonly CalibrationRow[]): TrainSet => ({
    features: [...corpusSet.features, ...support.map((r) => toneFeatures(r.text, featureConfig()))],
    targets: [...corpusSet.targets, ...support.map((r) => (r.label === 'curt' ? 0 : 1))],
    weights: [...(corpusSet.weights ?? []), ...support.map(() => SUPPORT_WEIGHT)],
  });

  // Out-of-fold scores on the calibration replies: each fold's replies are scored by a model that
  // did not train on them, and the threshold is chosen on those scores.
  const labelCode = { 'good-plain': 0, warm: 1, curt: 2 } as const;
  const folds = groupedStratifiedFolds(calibration.map((r) => labelCode[r.label]), calibration.map((r) => r.text), CALIBRATION_FOLDS, SEED);
  const oof: { score: number; label: CalibrationLabel; text: string }[] = [];
  for (let f = 0; f < CALIBRATION_FOLDS; f++) {
    const m = await fit(withSupport(calibration.filter((_, i) => folds[i] !== f)), sel.params);
    calibration.forEach((r, i) => {
      if (folds[i] === f) oof.push({ ...r, score: curtDecisionScore(r.text, replyTone(r.text, m)) });
    });
  }
  const choice = chooseCurtThreshold(oof);
  console.log(
    `curt threshold ${choice.threshold.toFixed(3)}: out-of-fold precision ${(100 * choice.precision).toFixed(1)}%, recall ${(100 * choice.recall).toFixed(1)}% ` +
      `on ${oof.length} calibration replies (plain flagged ${choice.flaggedPlain}, warm flagged ${choice.flaggedWarm})`,
  );
  const corpusOnly = await fit(corpusSet, sel.params);
  const corpusOnlyScored = calibration.map((r) => ({
    ...r,
    score: curtDecisionScore(r.text, replyTone(r.text, corpusOnly)),
  }));
  const corpusOnlyChoice = chooseCurtThreshold(corpusOnlyScored);
  console.log(
    `for comparison, corpus-only model: precision ${(100 * corpusOnlyChoice.precision).toFixed(1)}%, recall ${(100 * corpusOnlyChoice.recall).toFixed(1)}% at its own best no-false-alarm threshold`,
  );

  const fitShipped = () => fit(withSupport(calibration), sel.params);
  const weights: LinearWeights = await fitShipped();
  const hash = weightsHash(weights);
  console.log(`weights sha256 (float32): ${hash}`);
  if (process.argv.includes('--verify-reproducible')) {
    const again = weightsHash(await fitShipped());
    if (again !== hash) throw new Error(`Not reproducible: second run gave ${again}`);
    console.log('reproducible: a second training run gave identical weights');
  }

  // Customer threshold: the corpus's least polite quarter, as the model scores it.
  const corpusScores = rows.map((r) => 1 / (1 + Math.exp(-linearLogit(r.features, weights))));
  const customerThreshold = percentile(corpusScores, 25);
  const shipped = parseToneModel(await exportToneModel(weights, featureConfig(), { curtThreshold: choice.threshold, customerThreshold, meta: {} }));
  const inSample = calibrationMetrics(
    calibration.map((r) => ({ ...r, score: curtDecisionScore(r.text, shipped.score(r.text)) })),
    choice.threshold,
  );

  const file = await exportToneModel(weights, featureConfig(), {
    curtThreshold: choice.threshold,
    customerThreshold,
    meta: {
      trainedOn: 'Stanford Politeness Corpus: Wikipedia (4,353) + Stack Overflow (4,003); see MODEL_CARD.md',
      attribution:
        'Contains data from the Stanford Politeness Corpus by Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec and Potts (Apache-2.0; CC BY 4.0 via ConvoKit). Modified: JSONL, SE restricted to Stack Overflow.',
      params: sel.params,
      middleWeight: MIDDLE_WEIGHT,
      floatWeightsSha256: hash,
      supportWeight: SUPPORT_WEIGHT,
      calibration: { outOfFold: { ...choice, n: oof.length }, shippedInSample: inSample, corpusOnly: corpusOnlyChoice },
    },
  });
  mkdirSync(dirname(out), { recursive: true });
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(out, text);
  console.log(`wrote ${out} (${(text.length / 1024).toFixed(1)} KB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
