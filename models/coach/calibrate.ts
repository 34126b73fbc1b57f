/**
 * Per-label thresholds from out-of-fold probabilities: the lowest threshold at which the label's
 * precision against the good sentences is at least `precision` (flags on the label's sentences
 * versus flags on good ones; a sentence of another category is neither — confusing blame with
 * condescension still shows a card about a real problem) and its false alarms on good sentences
 * are at most `maxGoodRate` (the product's budget of 2% across all labels, shared out). When no
 * threshold meets both, 0.99.
 */
export interface CalibrationRow {
  /** Out-of-fold probability per label. */
  p: Float32Array;
  /** Multi-hot truth per label. */
  y: Float32Array;
}

export interface LabelCalibration {
  threshold: number;
  precision: number;
  recall: number;
  goodRate: number;
}

export function calibrateLabel(rows: readonly CalibrationRow[], l: number, precision: number, maxGoodRate: number): LabelCalibration {
  const scored = rows.map((r) => ({ p: r.p[l]!, pos: r.y[l] === 1, good: r.y.every((v) => v === 0) }));
  const positives = scored.filter((s) => s.pos).length;
  const goods = scored.filter((s) => s.good).length;
  scored.sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let fpGood = 0;
  let best: LabelCalibration = { threshold: 0.99, precision: 1, recall: 0, goodRate: 0 };
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    if (s.pos) tp++;
    else if (s.good) {
      fp++;
      fpGood++;
    }
    // Only cut between distinct scores.
    if (i + 1 < scored.length && scored[i + 1]!.p === s.p) continue;
    const prec = tp / (tp + fp);
    const goodRate = goods ? fpGood / goods : 0;
    if (prec >= precision && goodRate <= maxGoodRate && s.p < best.threshold) {
      best = { threshold: Math.max(0.05, Math.fround(s.p)), precision: prec, recall: positives ? tp / positives : 0, goodRate };
    }
  }
  return best;
}
