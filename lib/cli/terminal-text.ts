/**
 * Text from a team pack (messages, suggestions, names, problems quoting its content) and from the
 * checked files reaches a terminal: an escape sequence in it could recolour, hide or rewrite what
 * the agent sees, or talk to the terminal itself, `--no-color` or not. Text output therefore drops
 * control characters; JSON output keeps every character but writes the risky ones as \u escapes.
 *
 * Risky: C0 controls (ESC among them), DEL, C1 controls (U+009B is a one-byte CSI to some
 * terminals), and the bidirectional embedding/override/isolate controls that reorder what is shown.
 */

const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves unescaped but a terminal may act on (it escapes U+0000–U+001F itself). */
const JSON_RISKY = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line of text safe to print: line breaks and tabs become a space, other controls go. */
export function terminalText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

/** JSON text with the characters a terminal could act on written as \u escapes (same data when parsed). */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_RISKY, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
