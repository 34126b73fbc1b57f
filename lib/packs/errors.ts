/** Problems found in a pack, each pointing at the file, the field and (when known) the line. */

export type PackPath = readonly (string | number)[];

export interface PackProblem {
  file: string;
  /** Where in the pack data, e.g. ["rules", 2, "severity"]; empty for the whole file. */
  path: PackPath;
  /** 1-based position in the file, when the parser could tell. */
  line?: number;
  column?: number;
  message: string;
}

/** `rules[2].swap["help desk"]` */
export function formatPath(path: PackPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `acme.yaml:12:5: rules[2].severity: must be one of …` */
export function formatProblem(p: PackProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const field = p.path.length ? `${formatPath(p.path)}: ` : '';
  return `${where}: ${field}${p.message}`;
}

export class PackError extends Error {
  constructor(readonly problems: readonly PackProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PackError';
  }
}
