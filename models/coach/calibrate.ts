/**
 * Per-label thresholds: chosen on the development split, guarded by out-of-fold false alarms on the
 * good training sentences. Precision is measured against good sentences (flags on the label's
 * sentences versus flags on good ones; a sentence of another category is neither — confusing blame
 * with condescension still shows a card about a real problem).
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

export interface DevCalibration extends LabelCalibration {
  /** Recall on the development split's sentences of this label at the threshold. */
  devRecall: number;
  /** Good development sentences the label flags at the threshold. */
  devGoodFlagged: number;
}

export interface DevTargets {
  /** Precision against good development sentences, at least. */
  precision: number;
  /** Good development sentences one label may flag, at most. */
  maxGoodFlagged: number;
  /** Out-of-fold false-alarm rate on good training sentences, at most (a guard with more sentences). */
  maxOofGoodRate: number;
}

/**
 * Per-label threshold from the development split (written apart from the training data, so it
 * shows how the model does on someone else's phrasing): the lowest threshold at which the label
 * keeps its development precision and good-sentence budget, and its out-of-fold false alarms on the
 * (larger) good training set stay under the guard. When none qualifies, 0.99.
 */
export function calibrateOnDev(oof: readonly CalibrationRow[], dev: readonly CalibrationRow[], l: number, targets: DevTargets): DevCalibration {
  const stats = (rows: readonly CalibrationRow[], t: number) => {
    let tp = 0, fpGood = 0, pos = 0, goods = 0;
    for (const r of rows) {
      const good = r.y.every((v) => v === 0);
      if (r.y[l] === 1) pos++;
      if (good) goods++;
      if (r.p[l]! < t) continue;
      if (r.y[l] === 1) tp++;
      else if (good) fpGood++;
    }
    return { tp, fpGood, pos, goods };
  };
  const candidates = [...new Set(dev.filter((r) => r.y[l] === 1).map((r) => Math.fround(r.p[l]!)))].sort((a, b) => a - b);
  for (const t of candidates) {
    if (t < 0.05) continue;
    const d = stats(dev, t);
    const o = stats(oof, t);
    const precision = d.tp / Math.max(1, d.tp + d.fpGood);
    const oofGoodRate = o.goods ? o.fpGood / o.goods : 0;
    if (precision >= targets.precision && d.fpGood <= targets.maxGoodFlagged && oofGoodRate <= targets.maxOofGoodRate) {
      return { threshold: t, precision, recall: o.pos ? o.tp / o.pos : 0, goodRate: oofGoodRate, devRecall: d.tp / Math.max(1, d.pos), devGoodFlagged: d.fpGood };
    }
  }
  return { threshold: 0.99, precision: 1, recall: 0, goodRate: 0, devRecall: 0, devGoodFlagged: 0 };
}
