/**
 * Per-label thresholds, chosen on the development splits. Precision is measured against good
 * sentences (flags on the label's sentences versus flags on good ones; a sentence of another category is neither — confusing blame
 * with condescension still shows a card about a real problem).
 */
export interface CalibrationRow {
  /** Probability per label. */
  p: Float32Array;
  /** Multi-hot truth per label. */
  y: Float32Array;
}

export interface DevCalibration {
  threshold: number;
  /** Precision against good development sentences at the threshold. */
  precision: number;
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
}

/**
 * Per-label threshold from the development splits (written apart from the training data, so they
 * show how the model does on someone else's phrasing): the lowest threshold at which the label
 * keeps its development precision against good sentences and its good-sentence budget. When none
 * qualifies, 0.99.
 */
export function calibrateOnDev(dev: readonly CalibrationRow[], l: number, targets: DevTargets): DevCalibration {
  let pos = 0;
  for (const r of dev) if (r.y[l] === 1) pos++;
  const candidates = [...new Set(dev.filter((r) => r.y[l] === 1).map((r) => Math.fround(r.p[l]!)))].sort((a, b) => a - b);
  for (const t of candidates) {
    if (t < 0.05) continue;
    let tp = 0;
    let fpGood = 0;
    for (const r of dev) {
      if (r.p[l]! < t) continue;
      if (r.y[l] === 1) tp++;
      else if (r.y.every((v) => v === 0)) fpGood++;
    }
    const precision = tp / Math.max(1, tp + fpGood);
    if (precision >= targets.precision && fpGood <= targets.maxGoodFlagged) {
      return { threshold: t, precision, devRecall: tp / Math.max(1, pos), devGoodFlagged: fpGood };
    }
  }
  return { threshold: 0.99, precision: 1, devRecall: 0, devGoodFlagged: 0 };
}
