/**
 * Errors from the extension's own pages, read from Firefox's output. Firefox's WebDriver BiDi
 * reports no console or error events for moz-extension:// documents (and runs no preload script
 * there), so the test profile has Firefox print content console messages to stdout
 * (devtools.console.stdout.content) and this log keeps:
 *  - `console.error: …` lines (stdout), from any content document: tests read them only while an
 *    extension page is the one open;
 *  - `JavaScript error: moz-extension://<uuid>/…` lines (stderr): uncaught errors and rejections in
 *    the extension's scripts.
 */
import type { Readable } from 'node:stream';

export const CONSOLE_TO_STDOUT_PREFS = { 'devtools.console.stdout.content': true };

export interface ErrorLog {
  /** How many lines so far: pass it to since() later. */
  mark(): number;
  since(mark: number): string[];
}

function eachLine(stream: Readable | null | undefined, onLine: (line: string) => void): void {
  if (!stream) throw new Error('Firefox was started without piped output: the extension error log cannot read it');
  let rest = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(onLine);
  });
}

export function watchExtensionErrors(output: { stdout: Readable | null; stderr: Readable | null }, extensionOrigin: string): ErrorLog {
  const lines: string[] = [];
  eachLine(output.stdout, (line) => {
    if (line.startsWith('console.error: ')) lines.push(line);
  });
  eachLine(output.stderr, (line) => {
    if (line.startsWith(`JavaScript error: ${extensionOrigin}`)) lines.push(line);
  });
  return { mark: () => lines.length, since: (mark) => lines.slice(mark) };
}
