/**
 * Reads a pack's text (YAML, or JSON, which is YAML too) into plain data and keeps the syntax tree,
 * so that a schema error on `rules[3].severity` can say which line it is on.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { PackPath, PackProblem } from './errors';
import { limits } from './schema';

export interface PackSource {
  data: unknown;
  /** Line and column of the value at `path` (or of the key itself with `key: true`). */
  locate(path: PackPath, options?: { key?: boolean }): { line: number; column: number } | undefined;
}

export function readPackSource(text: string, file: string): PackSource | PackProblem[] {
  if (text.length > limits.fileChars) {
    return [{ file, path: [], message: `the file is too large (${Math.round(text.length / 1024)} KB; a pack may be at most ${limits.fileChars / 1024} KB)` }];
  }
  if (/\.json$/i.test(file)) {
    const problem = strictJsonProblem(text, file);
    if (problem) return [problem];
  }
  const lineCounter = new LineCounter();
  // JSON is YAML 1.2, so one parser covers both and gives line numbers for either.
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'DUPLICATE_KEY')];
  if (syntax.length) {
    return syntax.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      const message = /\.json$/i.test(file) ? `invalid JSON: ${firstLine(e.message)}` : `invalid YAML: ${firstLine(e.message)}`;
      return { file, path: [], line: pos.line, column: pos.col, message };
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return [{ file, path: [], message: `cannot read the pack: ${error instanceof Error ? error.message : String(error)}` }];
  }
  const at = (node: Node | null | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    data,
    locate(path, options = {}) {
      let node = doc.contents as Node | null;
      let last = node;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i]!;
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
          if (!pair) return at(last);
          const isLast = i === path.length - 1;
          if (isLast && options.key) return at(pair.key as Node);
          last = node;
          node = (pair.value as Node | null) ?? (pair.key as Node);
        } else if (isSeq(node) && typeof segment === 'number') {
          last = node;
          node = node.items[segment] as Node | null;
        } else {
          return at(node ?? last);
        }
      }
      return at(node ?? last);
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** YAML accepts what JSON does not (trailing commas, comments): a .json file must be real JSON. */
function strictJsonProblem(text: string, file: string): PackProblem | undefined {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    if (Number.isNaN(offset)) return { file, path: [], message: `invalid JSON: ${reason}` };
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { file, path: [], line, column, message: `invalid JSON: ${reason}` };
  }
}
