/**
 * From corpus sentences to training examples: the runtime's own feature code
 * (lib/engine/coach/features.ts) plus the mean GloVe vector the trainer needs in place of the
 * shipped per-word projections.
 */
import { coachFeatures, type CoachFeatureConfig } from '../../lib/engine/coach/features';
import { wordIndexOf } from '../../lib/engine/tone/words';
import type { Embeddings } from '../tone/embeddings';
import { targetOf, type CorpusSentence } from './corpus';
import type { CoachExample } from './trainer';

export const FEATURES = { buckets: 1 << 14, charNgrams: [3, 4, 5], vocabulary: 20000 } as const;

export function featureConfig(emb: Embeddings): CoachFeatureConfig {
  return { buckets: FEATURES.buckets, charNgrams: [...FEATURES.charNgrams], words: wordIndexOf(emb.words) };
}

export function toExample(text: string, target: Float32Array, config: CoachFeatureConfig, emb: Embeddings): CoachExample {
  const features = coachFeatures(text, config);
  const glove = new Float32Array(emb.dims);
  const { indices, values } = features.words;
  for (let k = 0; k < indices.length; k++) {
    const row = indices[k]! * emb.dims;
    for (let d = 0; d < emb.dims; d++) glove[d] = glove[d]! + values[k]! * emb.matrix[row + d]!;
  }
  return { features, glove, target };
}

export function examplesOf(sentences: readonly CorpusSentence[], config: CoachFeatureConfig, emb: Embeddings): CoachExample[] {
  return sentences.map((s) => toExample(s.text, targetOf(s), config, emb));
}
