/**
 * Builds the `rapport` command into plain JavaScript so it starts without compiling TypeScript:
 *  - dist/rapport-cli.cjs: lib/cli/entry.ts and everything it imports, bundled by esbuild;
 *  - dist/rapport-cli.blob: a Node start-up snapshot of that bundle after it has loaded
 *    compromise's lexicon, the rules and both models (a third of a second of set-up per call,
 *    which no bundling removes), tied to the Node version in dist/rapport-cli.node;
 *  - dist/rapport-cli.json: what the build read, so a stale build is noticed (isCliStale).
 * bin/rapport runs the snapshot when its Node version matches, else the plain bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
export const CLI_DIST = join(ROOT, 'dist');
export const CLI_BUNDLE = join(CLI_DIST, 'rapport-cli.cjs');
export const CLI_SNAPSHOT = join(CLI_DIST, 'rapport-cli.blob');
const SNAPSHOT_NODE = join(CLI_DIST, 'rapport-cli.node');
const MANIFEST = join(CLI_DIST, 'rapport-cli.json');

/**
 * Read at run time next to the bundle, not bundled: lib/coaching.ts finds them from its own URL
 * ("../public/models/…"), which holds from dist/ because dist/ is one level down like lib/.
 */
const MODEL_FILES = ['public/models/tone/tone-model.json', 'public/models/coach/coach-model.json'];

interface Manifest {
  node: string;
  /** Repository-relative paths whose change makes the build stale. */
  inputs: string[];
  snapshot: boolean;
}

/** Why the build in dist/ no longer matches the sources (or is missing); null when it is current. */
export function isCliStale(): string | null {
  if (!existsSync(MANIFEST) || !existsSync(CLI_BUNDLE)) return 'not built';
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  if (manifest.node !== process.version) return `built with Node ${manifest.node}, this is ${process.version}`;
  if (manifest.snapshot && !existsSync(CLI_SNAPSHOT)) return 'the start-up snapshot is missing';
  const builtAt = statSync(MANIFEST).mtimeMs;
  const changed = manifest.inputs.find((file) => !existsSync(join(ROOT, file)) || statSync(join(ROOT, file)).mtimeMs > builtAt);
  return changed ? `${changed} changed` : null;
}

/** Runs `rapport check --format json` on one line, with the snapshot or the plain bundle. */
function checkOneLine(useSnapshot: boolean): { ok: boolean; stdout: string; detail: string } {
  const args = useSnapshot ? ['--snapshot-blob', CLI_SNAPSHOT, '--', 'check', '--format', 'json'] : [CLI_BUNDLE, 'check', '--format', 'json'];
  const result = spawnSync(process.execPath, args, { input: 'Just restart it.\n', encoding: 'utf8', cwd: ROOT });
  const ok = (result.status === 0 || result.status === 1) && result.stdout.includes('"results"');
  return { ok, stdout: result.stdout, detail: `exit ${result.status ?? result.signal}: ${result.stderr.trim().slice(0, 400)}` };
}

/** The bundle must check a line with both models loaded (tone is null without the tone model). */
function assertBundleWorks(): string {
  const plain = checkOneLine(false);
  if (!plain.ok) throw new Error(`the CLI bundle does not run (${plain.detail})`);
  const parsed = JSON.parse(plain.stdout) as { results: { findings: unknown[]; tone: unknown }[] };
  if (parsed.results[0]?.tone == null) throw new Error('the CLI bundle ran without the tone model (is public/models reachable from dist/?)');
  return plain.stdout;
}

function buildSnapshot(expected: string): boolean {
  const partial = `${CLI_SNAPSHOT}.partial`;
  const made = spawnSync(process.execPath, ['--snapshot-blob', partial, '--build-snapshot', CLI_BUNDLE], { encoding: 'utf8', cwd: ROOT });
  if (made.status !== 0 || !existsSync(partial)) {
    console.warn(`build:cli: no start-up snapshot (${made.stderr.trim().slice(0, 400)}); rapport runs from the plain bundle`);
    rmSync(partial, { force: true });
    return false;
  }
  renameSync(partial, CLI_SNAPSHOT);
  const warm = checkOneLine(true);
  if (!warm.ok || warm.stdout !== expected) {
    rmSync(CLI_SNAPSHOT, { force: true });
    throw new Error(`the start-up snapshot does not answer as the plain bundle does (${warm.detail})`);
  }
  return true;
}

export async function buildCli(): Promise<{ ms: number; snapshot: boolean; inputs: number }> {
  const started = performance.now();
  mkdirSync(CLI_DIST, { recursive: true });
  rmSync(MANIFEST, { force: true });
  rmSync(CLI_SNAPSHOT, { force: true });
  const result = await build({
    entryPoints: [join(ROOT, 'lib/cli/entry.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // CommonJS because Node builds start-up snapshots only from a CommonJS script; import.meta.url
    // (lib/coaching.ts finds the models with it) becomes the bundle's own URL.
    define: { 'import.meta.url': '__rapportBundleUrl' },
    banner: { js: "const __rapportBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    logLevel: 'warning',
  });
  const expected = assertBundleWorks();
  const snapshot = buildSnapshot(expected);
  if (snapshot) writeFileSync(SNAPSHOT_NODE, `${process.version}\n`);
  else rmSync(SNAPSHOT_NODE, { force: true });
  // Dependencies count through the lock file (node_modules may be a link out of the repository).
  const bundled = Object.keys(result.metafile.inputs)
    .map((file) => relative(ROOT, join(process.cwd(), file)))
    .filter((file) => !file.startsWith('..') && !file.includes('node_modules'));
  const inputs = [...bundled, ...MODEL_FILES, 'package.json', 'package-lock.json', 'scripts/cli-bundle.ts'].sort();
  const manifest: Manifest = { node: process.version, inputs, snapshot };
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ms: performance.now() - started, snapshot, inputs: inputs.length };
}
