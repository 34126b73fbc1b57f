/**
 * Turns the engine's UTF-16 offsets into 1-based line and column numbers, as editors show them
 * (VS Code, vim and GitHub also count columns in UTF-16 code units for non-ASCII text).
 */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset at which each line starts; line breaks are "\n" (so "\r\n" works too). */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): Position {
    // Binary search: the last line that starts at or before the offset.
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
}
