/**
 * Prints findings as a plain-text table that reads well in an 80–120 column terminal: the fix or
 * the "Try:" each card shows (lib/card-suggestion.ts), which is not always the engine's stock
 * suggestion the CLI prints.
 */
import { cardSuggestion } from '../../lib/card-suggestion';
import type { Finding } from '../../lib/engine/types';

export interface Column {
  title: string;
  width: number;
}

const COLUMNS: Column[] = [
  { title: 'category', width: 15 },
  { title: 'rule', width: 23 },
  { title: 'flagged text', width: 24 },
  { title: 'message', width: 42 },
  { title: 'fix / card’s “Try:”', width: 29 },
];

/** Greedy word wrap; words longer than the width are cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line), (line = '');
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!rest) continue;
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else lines.push(line), (line = rest);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function renderTable(rows: string[][], columns: Column[] = COLUMNS): string {
  const rule = columns.map((c) => '-'.repeat(c.width)).join('-+-');
  const formatRow = (cells: string[]) => {
    const wrapped = columns.map((c, i) => wrap(cells[i] ?? '', c.width));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      columns.map((c, i) => (wrapped[i]?.[line] ?? '').padEnd(c.width)).join(' | ').trimEnd(),
    ).join('\n');
  };
  return [formatRow(columns.map((c) => c.title)), rule, ...rows.flatMap((r) => [formatRow(r), rule])].join('\n');
}

export function findingRow(text: string, f: Finding): string[] {
  const flagged = f.scope === 'draft' ? '(the reply as a whole)' : `"${text.slice(f.start, f.end)}"`;
  const words = f.scope === 'draft' ? '' : text.slice(f.start, f.end);
  const fix = f.replacements[0] !== undefined ? `→ "${f.replacements[0]}"` : (cardSuggestion({ ...f, flagged: words }) ?? '—');
  return [f.category, f.ruleId, flagged, f.message, fix];
}

export function findingsTable(text: string, findings: readonly Finding[]): string {
  return renderTable(findings.map((f) => findingRow(text, f)));
}
