/**
 * Finds the parts of a draft that are not the agent's own words (quotes, signatures, code, URLs,
 * addresses, template placeholders) and blanks them out with spaces, so offsets stay exact and the
 * rules never flag a customer's quoted text or a macro variable.
 */

export interface Range {
  start: number;
  end: number;
}

const SIGN_OFF =
  /^[ \t]*(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks(?: again)?|thank you|cheers|sincerely|all the best|talk soon)[ \t]*[,.!]?[ \t]*$/im;
/** SIGN_OFF for one line at a time (no multiline flag), compiled once. */
const SIGN_OFF_LINE = new RegExp(SIGN_OFF.source, 'i');
const SIGNATURE_DELIMITER = /^-- ?$/m;
const QUOTE_HEADER = /^[ \t]*On .{3,200} wrote:[ \t]*$/m;
const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]+`/g;
const QUOTED_LINE = /^[ \t]*>.*$/gm;
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/gi;
const EMAIL_LOCAL_CHAR = /[\w.+-]/;
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+\b/y;
const PLACEHOLDERS = [/\{\{[^{}\n]*\}\}/g, /\{[^{}\n]{1,80}\}/g, /%[A-Za-z_][\w.]{0,60}%/g, /\[\[[^\]\n]{1,80}\]\]/g];

/** Where the `urls` the agent wrote start (not ones on quoted "> " lines). */
function agentLinkStarts(text: string, urls: readonly Range[]): number[] {
  return urls
    .filter((u) => {
      const lineStart = text.lastIndexOf('\n', u.start) + 1;
      return !/^[ \t]*>/.test(text.slice(lineStart, u.start + 1));
    })
    .map((u) => u.start);
}

function collect(re: RegExp, text: string, out: Range[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
}

/**
 * Email addresses, found from each "@" outwards. A plain /\b[\w.+-]+@…/ regex re-reads every word
 * of the draft looking for an "@" that isn't there, and this runs on every keystroke.
 */
function collectEmails(text: string, out: Range[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    // The address starts at a word character (the regex's \b): "…+joe@x.com" starts at "joe".
    while (start < at && !/\w/.test(text.charAt(start))) start++;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    out.push({ start, end: at + 1 + domain[0].length });
  }
}

/** Signature: after a "-- " line, or after a sign-off line followed only by a few short lines. */
function signatureStart(text: string): number | undefined {
  const delimiter = SIGNATURE_DELIMITER.exec(text);
  if (delimiter) return delimiter.index;
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((line) => {
    const s = offset;
    offset += line.length + 1;
    return s;
  });
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
    const line = lines[i] ?? '';
    if (SIGN_OFF_LINE.test(line)) {
      const rest = lines.slice(i + 1);
      const shortTail = rest.every((l) => l.trim().length <= 60);
      if (shortTail && rest.some((l) => l.trim().length > 0)) return (starts[i] ?? 0) + line.length;
      return undefined;
    }
  }
  return undefined;
}

/** Everything after a reply header ("On Mon, Sam wrote:") is the quoted thread. */
function quotedThreadStart(text: string): number | undefined {
  const header = QUOTE_HEADER.exec(text);
  return header ? header.index : undefined;
}

function excludedRanges(text: string): Range[] {
  return maskPlan(text).ranges;
}

/** What masking blanks out, and where the blanked links that are the agent's own start (read once). */
function maskPlan(text: string): { ranges: Range[]; linkStarts: number[] } {
  const ranges: Range[] = [];
  collect(FENCED_CODE, text, ranges);
  collect(QUOTED_LINE, text, ranges);
  collect(INLINE_CODE, text, ranges);
  const urls: Range[] = [];
  collect(URL, text, urls);
  ranges.push(...urls);
  collectEmails(text, ranges);
  for (const re of PLACEHOLDERS) collect(re, text, ranges);
  const thread = quotedThreadStart(text);
  if (thread !== undefined) ranges.push({ start: thread, end: text.length });
  const signature = signatureStart(text);
  if (signature !== undefined) ranges.push({ start: signature, end: text.length });
  return { ranges: mergeRanges(ranges), linkStarts: agentLinkStarts(text, urls) };
}

/**
 * The masked text (see maskText) and the links the agent wrote: the links are blanked out of the
 * text, so a draft rule that cares whether the reply points somewhere reads their number, and the
 * coach's context where they stand (`linkStarts`, offsets in order).
 */
export function maskAgentText(text: string): { masked: string; links: number; linkStarts: number[] } {
  const plan = maskPlan(text);
  return { masked: maskText(text, plan.ranges), links: plan.linkStarts.length, linkStarts: plan.linkStarts };
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Same length as the input; excluded characters become spaces (newlines kept, so lines stay lines). */
export function maskText(text: string, ranges: Range[] = excludedRanges(text)): string {
  if (ranges.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    out += text.slice(pos, r.start) + text.slice(r.start, r.end).replace(/[^\n]/g, ' ');
    pos = r.end;
  }
  return out + text.slice(pos);
}
