/**
 * The bundled command: bin/rapport starts from the start-up snapshot when it can and from the plain
 * bundle otherwise; both must give the same bytes, and neither needs TypeScript at run time.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, isCliStale } from '../../scripts/cli-bundle';
import { rapport, repoRoot } from './helpers/cli';

const DRAFTS = join(repoRoot, 'tests/fixtures/drafts/bad-replies.txt');

function plainBundle(args: string[], input: string) {
  return spawnSync(process.execPath, [CLI_BUNDLE, ...args], { cwd: repoRoot, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('the bundled rapport command', () => {
  it('is current with the sources (the test set-up rebuilt it if not)', () => {
    expect(isCliStale()).toBeNull();
  });

  it('answers --jsonl byte for byte the same from the snapshot and from the plain bundle', async () => {
    const text = readFileSync(DRAFTS, 'utf8');
    const input = `${JSON.stringify({ id: 'a', text })}\n${JSON.stringify({ id: 'b', text, context: 'internal-note' })}\nnot json\n`;
    const viaLauncher = await rapport(['check', '--jsonl'], input);
    const viaBundle = plainBundle(['check', '--jsonl'], input);
    expect(viaLauncher.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(viaBundle.stdout).toBe(viaLauncher.stdout);
    expect(viaBundle.status).toBe(viaLauncher.code);
  });

  it('knows its version without reading package.json at run time', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect((await rapport(['--version'])).stdout).toBe(`${version}\n`);
    expect(plainBundle(['--version'], '').stdout).toBe(`${version}\n`);
  });

  it('has no TypeScript loader in it', () => {
    expect(readFileSync(CLI_BUNDLE, 'utf8')).not.toMatch(/from ["']tsx|require\(["']tsx/);
    expect(readFileSync(join(repoRoot, 'bin/rapport'), 'utf8')).not.toContain('tsx');
  });
});
