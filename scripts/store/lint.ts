/**
 * `npm run lint:store`: web-ext lint on the Firefox store build (`npm run zip`'s output), failing
 * on any error or notice and on any warning that is ours. Warnings from libraries we ship are listed
 * below with the reason each is there; a new warning, or a known one in a file of ours, fails.
 *
 *   node --import tsx scripts/store/lint.ts [source-dir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  description?: string;
}

interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Warnings that come from third-party code in the bundles: what it is, and the code it flags (read
 * around the reported line and column, since minified bundles mix our code and libraries).
 */
export const LIBRARY_WARNINGS: { code: string; why: string; flagged: RegExp }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer: innerHTML for dangerouslySetInnerHTML, which Rapport never passes",
    flagged: /__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/,
  },
  {
    code: 'DANGEROUS_EVAL',
    why: "zod's probe of whether Function('') is allowed before it compiles fast validators (falls back when not)",
    flagged: /jitless[^;]{0,120};try\{return Function\(``\),!0\}catch\{return!1\}/,
  },
];

/** Known library warnings: the code is listed and the flagged source is that library's. */
export function isLibraryWarning(m: LintMessage, sourceDir: string): boolean {
  const known = LIBRARY_WARNINGS.find((w) => w.code === m.code);
  if (!known || !m.file || !m.line || !m.column) return false;
  const line = readFileSync(join(sourceDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return known.flagged.test(line.slice(Math.max(0, m.column - 200), m.column + 200));
}

async function main(): Promise<number> {
  const sourceDir = resolve(process.argv[2] ?? '.output/firefox-mv2-store');
  const result = (await webExt.cmd.lint({ sourceDir, output: 'json', selfHosted: false, boring: true }, { shouldExitProgram: false })) as LintResult;
  const ours = [...result.errors, ...result.notices, ...result.warnings.filter((w) => !isLibraryWarning(w, sourceDir))];
  const library = result.warnings.filter((w) => isLibraryWarning(w, sourceDir));
  console.log(`web-ext lint ${sourceDir}: ${result.summary.errors} errors, ${result.summary.warnings} warnings (${library.length} from libraries), ${result.summary.notices} notices`);
  for (const m of library) console.log(`  library  ${m.code}  ${m.file ?? ''}: ${LIBRARY_WARNINGS.find((w) => w.code === m.code)?.why}`);
  for (const m of ours) console.log(`  OURS     ${m.code}  ${m.file ?? ''}  ${m.message}`);
  return ours.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`lint:store could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
