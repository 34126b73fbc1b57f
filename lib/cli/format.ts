/** How findings are written: one readable line each, or JSON objects with positions added. */
import { styleText } from 'node:util';
import type { DraftTone } from '../coaching';
import type { Finding } from '../engine/types';
import { LineIndex } from './positions';
import { terminalText } from './terminal-text';

/**
 * A finding as the CLI prints it in JSON: the engine's finding plus where it is and what it flags.
 * The message's id and fill-in values are for the extension's UI to translate it; the CLI prints
 * the English message itself and keeps its JSON shape.
 */
export interface LocatedFinding extends Omit<Finding, 'messageId' | 'data'> {
  /** 1-based line and column (UTF-16 code units) of `start`. */
  line: number;
  column: number;
  /** 1-based line and column just past the flagged text. */
  endLine: number;
  endColumn: number;
  /** The flagged text itself, text.slice(start, end). */
  text: string;
}

export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  if (findings.length === 0) return [];
  const index = new LineIndex(text);
  return findings.map(({ messageId: _id, data: _data, ...f }) => {
    const from = index.position(f.start);
    const to = index.position(f.end);
    return { ...f, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: text.slice(f.start, f.end) };
  });
}

/** The draft's tone as the CLI prints it: scores rounded, each sentence located like a finding. */
export interface LocatedTone {
  /** Whole-draft score, 0 (curt) … 1 (warm). */
  draft: number;
  sentences: Array<{ start: number; end: number; line: number; column: number; score: number; curt: boolean }>;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Null without a tone model or when nothing in the text carries tone (greetings, code, quotes). */
export function locateTone(text: string, tone: DraftTone | null): LocatedTone | null {
  if (!tone) return null;
  const index = new LineIndex(text);
  return {
    draft: round3(tone.draft),
    sentences: tone.sentences.map((s) => ({ start: s.start, end: s.end, ...index.position(s.start), score: round3(s.score), curt: s.curt })),
  };
}

/** What the agent could write instead: the one-click fix in quotes, else the suggested rewrite. */
function advice(f: Finding): string | undefined {
  const fix = f.replacements[0];
  if (fix !== undefined) return fix === '' ? '(remove it)' : `"${fix}"`;
  return f.suggestion;
}

const severityStyle = { warning: 'yellow', suggestion: 'cyan', info: 'gray' } as const;

/**
 * `file:line:col  category  message  → suggestion`. A pack writes the message, category and advice:
 * they are printed without control characters (our own colours are added after).
 */
export function textLine(file: string, f: LocatedFinding, color: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (color ? styleText(style, s) : s);
  const where = paint('dim', `${file}:${f.line}:${f.column}`);
  const category = paint(severityStyle[f.severity], terminalText(f.category));
  const tip = advice(f);
  return `${where}  ${category}  ${terminalText(f.message)}${tip !== undefined ? `  → ${terminalText(tip)}` : ''}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
