/** Command-line arguments → a validated options object, or a UsageError (exit code 2). */
import { parseArgs } from 'node:util';
import { DRAFT_KINDS, type DraftKind } from '../engine/types';
import type { FailOn } from './severity';

export class UsageError extends Error {}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckCommandOptions };

export interface CheckCommandOptions {
  /** Files to check; '-' (or none at all) means standard input. */
  files: string[];
  format: 'text' | 'json';
  jsonl: boolean;
  context: DraftKind;
  customerMessageFile?: string;
  packFiles: string[];
  failOn: FailOn;
  color: boolean;
  quiet: boolean;
}

const optionSpec = {
  format: { type: 'string', short: 'f' },
  jsonl: { type: 'boolean' },
  context: { type: 'string', short: 'c' },
  'customer-message': { type: 'string' },
  pack: { type: 'string', short: 'p', multiple: true },
  'fail-on': { type: 'string' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function parseCommandLine(argv: readonly string[], env: { stdoutIsTTY: boolean; noColorEnv: boolean }): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('missing command: try "rapport check draft.txt"');
  if (command === 'help') return { kind: 'help' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}": the command is "check"`);

  const jsonl = values.jsonl ?? false;
  if (jsonl && values.format !== undefined) {
    throw new UsageError('--jsonl already sets the output (one JSON line per input line); drop --format');
  }
  const stdinCount = files.filter((f) => f === '-').length;
  if (stdinCount > 1) throw new UsageError('standard input ("-") can be read only once');

  return {
    kind: 'check',
    options: {
      files,
      format: oneOf('format', values.format, ['text', 'json'], 'text'),
      jsonl,
      context: oneOf('context', values.context, DRAFT_KINDS, 'reply'),
      ...(values['customer-message'] !== undefined ? { customerMessageFile: values['customer-message'] } : {}),
      packFiles: values.pack ?? [],
      failOn: oneOf('fail-on', values['fail-on'], ['warning', 'suggestion', 'info', 'none'], 'warning'),
      color: env.stdoutIsTTY && !env.noColorEnv && !values['no-color'],
      quiet: values.quiet ?? false,
    },
  };
}
