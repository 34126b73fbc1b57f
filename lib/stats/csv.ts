/** CSV the way every export writes it: CRLF lines, a header row, and no cell a spreadsheet could run. */
import Papa from 'papaparse';

export function toCsv(rows: readonly Record<string, string | number>[], columns: readonly string[]): string {
  // escapeFormulae: a cell can never be read as a spreadsheet formula (defence in depth; our fields are slugs).
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
