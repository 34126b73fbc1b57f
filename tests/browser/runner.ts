/**
 * What the browser-test runners (Chromium: run.ts, Firefox: firefox/run.ts) share: finding the
 * test files, timeouts and the printed report.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Result {
  name: string;
  ok: boolean;
  ms: number;
  error?: unknown;
  notes: string[];
}

export interface RunnerArgs {
  grep?: string;
  headed: boolean;
  files: string[];
}

/** `[--grep <text>] [--headed] [file …]` */
export function parseRunnerArgs(argv: readonly string[]): RunnerArgs {
  const args: RunnerArgs = { headed: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--grep') args.grep = argv[++i];
    else if (arg === '--headed') args.headed = true;
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
    else args.files.push(resolve(arg));
  }
  return args;
}

/** Each file's exported `tests`: the `files` given, else every `*<suffix>` file in `dir`, sorted. */
export async function loadTestFiles<T>(dir: string, suffix: string, files: readonly string[]): Promise<{ file: string; tests: T[] }[]> {
  const found = files.length
    ? files
    : readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => join(dir, f));
  const loaded = [];
  for (const file of found) {
    const mod = (await import(pathToFileURL(file).href)) as { tests?: unknown };
    if (!Array.isArray(mod.tests)) throw new Error(`${basename(file)} must export \`tests\` (an array of tests)`);
    loaded.push({ file: basename(file), tests: mod.tests as T[] });
  }
  return loaded;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function formatError(error: unknown): string {
  if (error instanceof Error) return (error.stack ?? error.message).split('\n').slice(0, 8).join('\n      ');
  return String(error);
}

/** One line per test, its notes under it, and the error when it failed. */
export function print(result: Result): void {
  const mark = result.ok ? '\u2713' : '\u2717';
  console.log(`  ${mark} ${result.name} (${Math.round(result.ms)} ms)`);
  for (const note of result.notes) console.log(`      ${note}`);
  if (!result.ok) console.log(`      ${formatError(result.error)}`);
}

/** The closing lines: "N passed, N failed" and the names of the failures. Returns the exit code. */
export function summarise(results: readonly Result[]): number {
  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  for (const f of failed) console.log(`  \u2717 ${f.name}`);
  return failed.length ? 1 : 0;
}

/** Runs a suite's main and exits with its code; a suite that can't start at all fails loudly. */
export function exitWith(main: () => Promise<number>, suite: string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${suite} could not run: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
