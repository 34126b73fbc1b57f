/** Reading drafts from files and standard input, with errors a person can act on. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** Drafts and macros are small; anything past this is almost surely the wrong file. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export const STDIN_NAME = '<stdin>';

class InputError extends Error {}

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

/**
 * Only UTF-8 text is checked: a binary file or text in another encoding would otherwise be read as
 * U+FFFD soup and "pass" (exit 0), which a CI job would take for a clean macro library.
 */
function notText(name: string, bytes: Uint8Array): InputError | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new InputError(`${name}: is UTF-16 text; save it as UTF-8 to check it`);
  }
  return bytes.includes(0) ? binaryFile(name) : undefined;
}

function binaryFile(name: string): InputError {
  return new InputError(`${name}: is a binary file (it contains NUL bytes), not text`);
}

function invalidUtf8(name: string): InputError {
  return new InputError(`${name}: is not valid UTF-8 text; save it as UTF-8 to check it`);
}

/** The bytes as UTF-8 text, or an InputError naming the input when they are not text. */
function decodeText(bytes: Uint8Array, name: string): string {
  const problem = notText(name, bytes);
  if (problem) throw problem;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw invalidUtf8(name);
  }
}

/** A byte-order mark is not part of the text; leaving it would shift every column on line 1. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readTextFile(file: string): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_TEXT_BYTES) throw tooLarge(file, info.size);
    return stripBom(decodeText(await readFile(file), file));
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
  return stripBom(decodeText(Buffer.concat(chunks), name));
}

/**
 * The stream's bytes decoded as UTF-8 as they arrive (JSON Lines are read line by line, not whole):
 * the first chunk that is not UTF-8 text fails the iteration with an InputError naming the input.
 */
export function decodedText(stream: Readable, name: string): Readable {
  async function* decode(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let first = true;
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      // A byte-order mark can only be at the start; a NUL byte anywhere means binary.
      const problem = first ? notText(name, bytes) : bytes.includes(0) ? binaryFile(name) : undefined;
      first = false;
      if (problem) throw problem;
      try {
        yield decoder.decode(bytes, { stream: true });
      } catch {
        throw invalidUtf8(name);
      }
    }
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw invalidUtf8(name);
    }
  }
  return Readable.from(decode());
}

/** A stream over a file for line-by-line reading (JSONL); fails early with a readable error. */
export async function openLines(file: string): Promise<Readable> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (error) {
    throw new InputError(describe(error, file));
  }
  // Opening can still fail (permissions); surface it as a readable error through iteration.
  return decodedText(createReadStream(file), file);
}

export function describeReadError(error: unknown, file: string): string {
  return error instanceof InputError ? error.message : describe(error, file);
}
