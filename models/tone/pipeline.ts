/**
 * Shared by train.ts and eval.ts: featurise the corpora once, build training sets (labelled
 * top/bottom-quartile rows, plus optionally the middle half with soft targets), and pick
 * hyperparameters by inner cross-validation on training rows only.
 */
import { toneFeatures, type FeatureConfig, type ToneFeatures } from '../../lib/engine/tone/features';
import { groupedStratifiedFolds } from './cv';
import { groupKey, loadCorpus, quartileLabels, type Domain, type LabelledRow } from './data';
import { DEFAULT_PARAMS, linearLogit, trainLogistic, type LinearWeights, type TrainParams, type TrainSet } from './trainer';
import { loadEmbeddings, type Embeddings } from './embeddings';
import { wordIndexOf } from '../../lib/engine/tone/words';

/** The hashed n-gram part of the features (the vocabulary comes from the embeddings). */
export const FEATURES: FeatureConfig = { buckets: 16384, charNgrams: [4] };
/** The most frequent GloVe words kept; the model ships one number per word. */
export const EMBEDDING_WORDS = 20000;

export function embeddings(): Embeddings {
  return loadEmbeddings(EMBEDDING_WORDS);
}

let config: FeatureConfig | undefined;
/** FEATURES plus the embedding vocabulary: what training, evaluation and the product compute. */
export function featureConfig(): FeatureConfig {
  config ??= { ...FEATURES, words: wordIndexOf(embeddings().words) };
  return config;
}

/** Trains on a training set with the pipeline's features and embeddings. */
export function fit(set: TrainSet, params: TrainParams): Promise<LinearWeights> {
  return trainLogistic(set, FEATURES.buckets, params, embeddings());
}

/** Weight of a middle-half row (soft target) relative to a labelled row; 0 = paper's setting. */
export const MIDDLE_WEIGHT = 1;
/** Soft target for a middle-half row: sigmoid(SOFT_SLOPE · normalised score). */
export const SOFT_SLOPE = 3;

/** The grid inner CV chooses from. */
export const GRID: TrainParams[] = [
  { c: 1, nbPower: 0 },
  { c: 1, nbPower: 0.5 },
  { c: 1, nbPower: 1 },
  { c: 0.3, nbPower: 0.5 },
  { c: 3, nbPower: 0.5 },
].map((g) => ({ ...DEFAULT_PARAMS, ...g }));
export const INNER_FOLDS = 3;

/** How a grid entry is named in logs and EVAL.md. */
export function describeParams(p: TrainParams): string {
  return `C=${p.c} NB^${p.nbPower}`;
}

export interface Row extends LabelledRow {
  domain: Domain;
  group: string;
  features: ToneFeatures;
}

export function loadRows(domain: Domain, features: FeatureConfig = featureConfig()): Row[] {
  return quartileLabels(loadCorpus(domain)).map((r) => ({ ...r, domain, group: `${domain}:${groupKey(r.text)}`, features: toneFeatures(r.text, features) }));
}

export function trainSetOf(rows: readonly Row[], middleWeight = MIDDLE_WEIGHT): TrainSet {
  const features: ToneFeatures[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  for (const r of rows) {
    if (r.label !== undefined) {
      features.push(r.features);
      targets.push(r.label);
      weights.push(1);
    } else if (middleWeight > 0) {
      features.push(r.features);
      targets.push(1 / (1 + Math.exp(-SOFT_SLOPE * r.score)));
      weights.push(middleWeight);
    }
  }
  return { features, targets, weights };
}

export function accuracy(model: LinearWeights, rows: readonly Row[]): { correct: number; n: number } {
  let correct = 0;
  let n = 0;
  for (const r of rows) {
    if (r.label === undefined) continue;
    n++;
    if ((linearLogit(r.features, model) > 0 ? 1 : 0) === r.label) correct++;
  }
  return { correct, n };
}

/**
 * k grouped, stratified folds over the labelled rows; middle-half rows never go to a validation
 * side, and are dropped from training when a duplicate of theirs is being validated.
 */
export function foldsOf(rows: readonly Row[], k: number, seed: number): { train: Row[]; test: Row[] }[] {
  const labelled = rows.filter((r) => r.label !== undefined);
  const strat = labelled.map((r) => (r.label ?? 0) + (r.domain === 'so' ? 2 : 0));
  const fold = groupedStratifiedFolds(strat, labelled.map((r) => r.group), k, seed);
  const out: { train: Row[]; test: Row[] }[] = [];
  for (let f = 0; f < k; f++) {
    const test = labelled.filter((_, i) => fold[i] === f);
    const testGroups = new Set(test.map((r) => r.group));
    out.push({ train: rows.filter((r) => !testGroups.has(r.group)), test });
  }
  return out;
}

export interface Selection {
  params: TrainParams;
  innerAccuracy: number[];
}

/** Inner CV over the grid on `rows` (training rows only). Ties go to the earlier grid entry. */
export async function selectParams(rows: readonly Row[], seed: number, grid = GRID, k = INNER_FOLDS): Promise<Selection> {
  if (grid.length === 1) return { params: grid[0]!, innerAccuracy: [] };
  const folds = foldsOf(rows, k, seed + 1);
  const acc: number[] = [];
  for (const params of grid) {
    let correct = 0;
    let n = 0;
    for (const f of folds) {
      const m = await fit(trainSetOf(f.train), params);
      const a = accuracy(m, f.test);
      correct += a.correct;
      n += a.n;
    }
    acc.push(correct / n);
  }
  let best = 0;
  acc.forEach((a, i) => {
    if (a > acc[best]!) best = i;
  });
  return { params: grid[best]!, innerAccuracy: acc };
}
