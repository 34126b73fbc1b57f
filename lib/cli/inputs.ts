/** Reading drafts from files and standard input, with errors a person can act on. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** Drafts and macros are small; anything past this is almost surely the wrong file. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export const STDIN_NAME = '<stdin>';

export class InputError extends Error {}

function describe(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `${file}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: permission denied`;
    case 'EISDIR':
      return `${file}: is a directory, not a file`;
    default:
      return `${file}: cannot read (${error instanceof Error ? error.message : String(error)})`;
  }
}

function tooLarge(name: string, bytes: number): InputError {
  return new InputError(
    `${name}: too large to check (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_TEXT_BYTES / 1024 / 1024} MB per draft)`,
  );
}

/** A byte-order mark is not part of the text; leaving it would shift every column on line 1. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readTextFile(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_TEXT_BYTES) throw tooLarge(file, info.size);
    return stripBom(await readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describe(error, file));
  }
}

export async function readAll(stream: Readable, name = STDIN_NAME): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buffer.length;
    if (bytes > MAX_TEXT_BYTES) throw tooLarge(name, bytes);
    chunks.push(buffer);
  }
  return stripBom(Buffer.concat(chunks).toString('utf8'));
}

/** A stream over a file for line-by-line reading (JSONL); fails early with a readable error. */
export async function openLines(file: string): Promise<Readable> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (error) {
    throw new InputError(describe(error, file));
  }
  const stream = createReadStream(file, { encoding: 'utf8' });
  // Opening can still fail (permissions); surface it as a readable error through iteration.
  return stream;
}

export function describeReadError(error: unknown, file: string): string {
  return error instanceof InputError ? error.message : describe(error, file);
}
