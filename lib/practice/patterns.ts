/**
 * Practice patterns (the built-in cue sets, scenario patterns and any team pack's) run on RE2
 * (the `re2js` port, pure JavaScript): matching takes time linear in the reply's length whatever
 * the pattern, so no pattern — `((\w|\s)+)*#` included — can hang the practice, options or
 * dashboard pages the way a backtracking engine does. Guessing which patterns backtrack badly
 * cannot be made complete; running them on an engine that never backtracks can.
 *
 * RE2 has no look-arounds and no back-references (they need backtracking): such patterns are
 * refused when a pack is imported, with a reason. Matching is case-insensitive, as before.
 */
import { RE2JS } from 're2js';

const compiled = new Map<string, RE2JS>();
/** Distinct patterns kept compiled (built-ins are ~230; imported packs add theirs). */
const MAX_CACHED = 5000;

function compile(source: string): RE2JS {
  let re = compiled.get(source);
  if (!re) {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(source, re);
  }
  return re;
}

/** Why RE2 cannot run `source`, in words for a team lead; undefined when it can. */
export function patternProblem(source: string): string | undefined {
  try {
    compile(source);
    return undefined;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '');
    const unsupported = /\(\?[=!<]|\\[1-9]/.test(source) || /unsupported|invalid escape/i.test(reason);
    return unsupported
      ? `not a pattern practice mode can run (${reason}): look-arounds such as (?=…) and (?!…) and back-references such as \\1 are not supported, so that no pattern can slow the page down`
      : `not a valid regular expression: ${reason}`;
  }
}

/** The first match of `source` in `text` (case-insensitive), or undefined. Throws on a pattern RE2 refuses. */
export function firstMatch(source: string, text: string): string | undefined {
  const re = compile(source);
  // Most cues don't match most replies: test() runs on RE2's DFA without tracking submatches, many
  // times faster than exec(), which is then only needed to quote what matched.
  if (!re.test(text)) return undefined;
  return re.exec(text)?.[0];
}
