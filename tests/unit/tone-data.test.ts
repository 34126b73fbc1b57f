/** The politeness corpus ships in the repository, so a plain clone can retrain the tone model. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadCorpus } from '../../models/tone/data';

/** `file` → sha256 as PROVENANCE.md's table lists them. */
function listedHashes(): Map<string, string> {
  const table = readFileSync(join(DATA_DIR, 'PROVENANCE.md'), 'utf8');
  const rows = [...table.matchAll(/^\| `([^`]+\.jsonl)` \| [\d,]+ \| [\d,]+ \| `([0-9a-f]{64})` \|$/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!]));
}

describe('tone training data', () => {
  it('is inside the repository, next to the models that use it', () => {
    expect(DATA_DIR).toBe(join(import.meta.dirname, '..', '..', 'models', 'tone', 'data', 'politeness'));
  });

  it('matches the sha256 PROVENANCE.md records for each file', () => {
    const hashes = listedHashes();
    expect([...hashes.keys()].sort()).toEqual(['stackexchange-so.jsonl', 'wikipedia.jsonl']);
    for (const [file, sum] of hashes) {
      expect(createHash('sha256').update(readFileSync(join(DATA_DIR, file))).digest('hex'), file).toBe(sum);
    }
  });

  it('loads both domains with the row counts the model card states', () => {
    expect(loadCorpus('wiki')).toHaveLength(4353);
    expect(loadCorpus('so')).toHaveLength(4003);
  });

  it('carries its licence and attribution', () => {
    expect(readFileSync(join(DATA_DIR, 'LICENSE-sudhof-politeness-Apache-2.0.txt'), 'utf8')).toContain('Apache License');
    const notice = readFileSync(join(DATA_DIR, 'NOTICE.md'), 'utf8');
    expect(notice).toContain('Contains data from the Stanford Politeness Corpus');
    expect(existsSync(join(DATA_DIR, 'scripts', 'politeness-extract.py'))).toBe(true);
  });
});
