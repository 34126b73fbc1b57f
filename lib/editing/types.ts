/**
 * How Rapport reads and writes one kind of editor (textarea, contenteditable, ProseMirror, …).
 * Strategies answer "how do I write into this editor"; site adapters (lib/sites) answer "where is
 * the editor". Offsets are UTF-16 indices into readText(), the same text the engine checks.
 */

export type ApplyResult =
  | { ok: true }
  /** Nothing changed (or the change was undone): `reason` is shown to the agent. */
  | { ok: false; reason: string };

export interface EditorHandle {
  readonly kind: string;
  /** The editable root element (textarea, or the contenteditable root). */
  readonly element: HTMLElement;
  /** The agent's text, with newlines between blocks. */
  readText(): string;
  /** A DOM Range covering text offsets [start, end) — for highlights; null for textareas. */
  rangeFor(start: number, end: number): Range | null;
  /**
   * Replace [start, end) — which must currently read `expected` — with `replacement`, through the
   * editor's own undo stack; re-read afterwards and undo if the result is not exactly what was meant.
   */
  replace(start: number, end: number, expected: string, replacement: string): Promise<ApplyResult>;
}

export interface EditorStrategy {
  readonly kind: string;
  /** True when `element` is an editable root this strategy knows how to drive. */
  detect(element: HTMLElement): boolean;
  attach(element: HTMLElement): EditorHandle;
}
