/**
 * `--jsonl`: one JSON object per input line, `{ "id", "text", "context"?, "customerMessage"? }`, and
 * exactly one output line per input line, in order:
 *   `{ "id": …, "findings": [ … ], "tone": … }` when the line was checked (tone is extra), or
 *   `{ "id": … | null, "line": N, "error": "…" }` when it could not be (bad JSON, missing text …).
 * Blank input lines are not inputs and produce no output. The output shape is a public contract.
 */
import type { Readable } from 'node:stream';
import type { DraftKind } from '../engine/types';
import type { LocatedFinding, LocatedTone } from './format';
import { MAX_TEXT_BYTES } from './inputs';
import { terminalSafeJson } from './terminal-text';

export interface JsonlInput {
  id: string | number;
  text: string;
  context?: DraftKind;
  customerMessage?: string;
}

/** `tone` is an extra key after the contract's two (null without a tone model). */
export type JsonlOutput =
  | { id: string | number; findings: LocatedFinding[]; tone: LocatedTone | null }
  | { id: string | number | null; line: number; error: string };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

/** The id to echo back on an error line, when the line got far enough to have a usable one. */
function idOf(value: unknown): string | number | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  }
  return null;
}

/** Validates one parsed line; returns the reason it is unusable, or the input. */
function validateInput(value: unknown): JsonlInput | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return `expected a JSON object like {"id": "macro-1", "text": "…"}, got ${typeName(value)}`;
  }
  const o = value as Record<string, unknown>;
  if (!('id' in o)) return 'missing "id" (a string or number naming this text)';
  if (idOf(o) === null) return `"id" must be a string or a number, got ${typeName(o.id)}`;
  if (!('text' in o)) return 'missing "text" (the draft to check)';
  if (typeof o.text !== 'string') return `"text" must be a string, got ${typeName(o.text)}`;
  if (o.text.length > MAX_TEXT_BYTES) return `"text" is too long (${o.text.length} characters; the limit is ${MAX_TEXT_BYTES})`;
  if (o.context !== undefined && o.context !== 'reply' && o.context !== 'internal-note') {
    return `"context" must be "reply" or "internal-note", got ${typeName(o.context)}`;
  }
  if (o.customerMessage !== undefined && typeof o.customerMessage !== 'string') {
    return `"customerMessage" must be a string, got ${typeName(o.customerMessage)}`;
  }
  const input: JsonlInput = { id: o.id as string | number, text: o.text };
  if (o.context !== undefined) input.context = o.context as DraftKind;
  if (o.customerMessage !== undefined) input.customerMessage = o.customerMessage as string;
  return input;
}

export interface JsonlHandlers {
  check(input: JsonlInput): { findings: LocatedFinding[]; tone: LocatedTone | null };
  write(line: string): void;
  /** A line could not be checked: `where` is "file:line". */
  problem(where: string, reason: string): void;
}

export async function processJsonl(stream: Readable, name: string, handlers: JsonlHandlers): Promise<void> {
  // Loaded when needed, not imported: the CLI's start-up snapshot (scripts/cli-bundle.ts) must not
  // hold readline's state, and a snapshot's code cannot use import().
  const { createInterface } = process.getBuiltinModule('node:readline');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let output: JsonlOutput;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      parsed = undefined;
      const reason = `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
      output = { id: null, line: lineNumber, error: reason };
      handlers.problem(`${name}:${lineNumber}`, reason);
      handlers.write(terminalSafeJson(output));
      continue;
    }
    const input = validateInput(parsed);
    if (typeof input === 'string') {
      output = { id: idOf(parsed), line: lineNumber, error: input };
      handlers.problem(`${name}:${lineNumber}`, input);
    } else {
      const { findings, tone } = handlers.check(input);
      output = { id: input.id, findings, tone };
    }
    handlers.write(terminalSafeJson(output));
  }
}
