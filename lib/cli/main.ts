/** `rapport check`: the engine on files, standard input or JSON Lines, for people and for CI. */
import type { Readable, Writable } from 'node:stream';
import packageJson from '../../package.json' with { type: 'json' };
import { analyze } from '../coaching';
import type { CheckOptions, Finding, RuleSet } from '../engine/types';
import { parseCommandLine, UsageError, type CheckCommandOptions } from './args';
import { locate, locateTone, plural, textLine, type LocatedFinding, type LocatedTone } from './format';
import { helpText } from './help';
import { decodedText, describeReadError, openLines, readAll, readTextFile, STDIN_NAME } from './inputs';
import { processJsonl } from './jsonl';
import { loadPackFiles } from './packs';
import { reaches } from './severity';
import { terminalSafeJson, terminalText } from './terminal-text';

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** Read at the call, not at import: the start-up snapshot is built in another process. */
function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Baked in when the CLI is bundled, so the bundle does not look for package.json at run time. */
function version(): string {
  return packageJson.version;
}

type FileResult = { file: string; findings: LocatedFinding[]; tone: LocatedTone | null } | { file: string; error: string };

interface Tally {
  inputs: number;
  findings: number;
  bySeverity: Record<Finding['severity'], number>;
  failing: number;
  problems: number;
}

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const say = (stream: Writable, line: string) => stream.write(`${line}\n`);
  // `rapport check … | head` closes our stdout early: stop quietly instead of crashing on EPIPE.
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  let command;
  try {
    command = parseCommandLine(argv, { stdoutIsTTY: io.stdout.isTTY === true, noColorEnv: Boolean(io.env.NO_COLOR) });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(io.stderr, `rapport: ${error.message}\nRun "rapport --help" for usage.`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout.write(helpText);
    return 0;
  }
  if (command.kind === 'version') {
    say(io.stdout, version());
    return 0;
  }
  return runCheck(command.options, io, say);
}

async function runCheck(options: CheckCommandOptions, io: Io, say: (s: Writable, line: string) => void): Promise<number> {
  const usage = (message: string) => {
    say(io.stderr, `rapport: ${message}`);
    return 2;
  };
  let customerMessage: string | undefined;
  if (options.customerMessageFile !== undefined) {
    try {
      customerMessage = await readTextFile(options.customerMessageFile);
    } catch (error) {
      return usage(`--customer-message ${describeReadError(error, options.customerMessageFile)}`);
    }
  }
  let packs: RuleSet[] = [];
  if (options.packFiles.length) {
    const loaded = await loadPackFiles(options.packFiles);
    if (!loaded.ok) {
      for (const problem of loaded.errors) say(io.stderr, `rapport: ${terminalText(problem)}`);
      return 2;
    }
    packs = loaded.packs;
  }
  const files = options.files.length ? options.files : ['-'];
  if (options.files.length === 0 && io.stdin.isTTY) {
    return usage('no input: name files to check, or pipe text in (use "-" to type it, then Ctrl+D)');
  }

  const tally: Tally = { inputs: 0, findings: 0, bySeverity: { info: 0, suggestion: 0, warning: 0 }, failing: 0, problems: 0 };
  const baseOptions: CheckOptions = { context: options.context, ...(packs.length ? { pack: packs } : {}) };
  const checkText = (text: string, overrides: Pick<CheckOptions, 'context' | 'customerMessage'>): { findings: LocatedFinding[]; tone: LocatedTone | null } => {
    const message = overrides.customerMessage ?? customerMessage;
    const { findings, tone } = analyze(text, { ...baseOptions, ...overrides, ...(message !== undefined ? { customerMessage: message } : {}) });
    tally.inputs++;
    tally.findings += findings.length;
    for (const f of findings) {
      tally.bySeverity[f.severity]++;
      if (reaches(f.severity, options.failOn)) tally.failing++;
    }
    return { findings: locate(text, findings), tone: locateTone(text, tone) };
  };
  const problem = (message: string) => {
    tally.problems++;
    // Reasons can quote the input (a JSON Lines parse error shows the bad text): no controls.
    say(io.stderr, `rapport: ${terminalText(message)}`);
  };

  const results: FileResult[] = [];
  for (const file of files) {
    const name = file === '-' ? STDIN_NAME : file;
    if (options.jsonl) {
      try {
        const stream = file === '-' ? decodedText(io.stdin, STDIN_NAME) : await openLines(file);
        await processJsonl(stream, name, {
          check: (input) =>
            checkText(input.text, {
              ...(input.context !== undefined ? { context: input.context } : {}),
              ...(input.customerMessage !== undefined ? { customerMessage: input.customerMessage } : {}),
            }),
          write: (line) => say(io.stdout, line),
          problem: (where, reason) => problem(`${where}: ${reason}`),
        });
      } catch (error) {
        problem(describeReadError(error, name));
      }
      continue;
    }
    let text: string;
    try {
      text = file === '-' ? await readAll(io.stdin) : await readTextFile(file);
    } catch (error) {
      problem(describeReadError(error, name));
      results.push({ file: name, error: describeReadError(error, name) });
      continue;
    }
    const { findings, tone } = checkText(text, {});
    if (options.format === 'text') for (const f of findings) say(io.stdout, textLine(name, f, options.color));
    results.push({ file: name, findings, tone });
  }

  if (options.format === 'json' && !options.jsonl) {
    const summary = { inputs: tally.inputs, findings: tally.findings, ...tally.bySeverity, unreadable: tally.problems };
    say(io.stdout, terminalSafeJson({ results, summary }, 2));
  }
  if (!options.quiet) say(io.stderr, summaryLine(tally, options.jsonl ? 'text' : 'file'));
  if (tally.problems > 0) return 2;
  return tally.failing > 0 ? 1 : 0;
}

function summaryLine(t: Tally, unit: string): string {
  const checked = plural(t.inputs, unit);
  const problems = t.problems ? `; ${plural(t.problems, 'input')} could not be checked` : '';
  if (t.findings === 0) return `No findings in ${checked}${problems}.`;
  const parts = (['warning', 'suggestion', 'info'] as const).filter((s) => t.bySeverity[s] > 0).map((s) => plural(t.bySeverity[s], s));
  return `${plural(t.findings, 'finding')} (${parts.join(', ')}) in ${checked}${problems}.`;
}
