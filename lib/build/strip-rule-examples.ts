/**
 * Build step for the content script: each built-in rule carries its own examples (lib/rules/*.ts,
 * `examples: { valid: [...], invalid: [...] }`) for the rule tests and the docs table. Nothing in
 * the content script reads them at run time, yet they are about a third of the rules' code; this
 * plugin swaps each literal for empty lists in that build only. Unit tests, the CLI and the
 * extension pages keep the real examples.
 */
import { parseAst, type PluginOption } from 'vite';

/** Built-in rule modules: lib/rules/<name>.ts (not sub-folders, not tests). */
const RULE_MODULE = /[\\/]lib[\\/]rules[\\/][^\\/]+\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  !!value && typeof value === 'object' && typeof (value as Node).type === 'string';

function keyName(property: Node): string | undefined {
  const key = property.key;
  if (!isNode(key) || property.computed) return undefined;
  if (key.type === 'Identifier') return key.name as string;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** `examples: { valid: [ … ], invalid: [ … ] }` written out in place: the only shape stripped. */
function isExamplesLiteral(node: Node): boolean {
  if (node.type !== 'Property' || node.shorthand || keyName(node) !== 'examples') return false;
  const value = node.value;
  if (!isNode(value) || value.type !== 'ObjectExpression') return false;
  const props = (value.properties as unknown[]).filter(isNode);
  const names = props.map((p) => (p.type === 'Property' ? keyName(p) : undefined));
  return (
    props.length === 2 &&
    names.includes('valid') &&
    names.includes('invalid') &&
    props.every((p) => isNode(p.value) && p.value.type === 'ArrayExpression')
  );
}

/** Where each example literal's value starts and ends in `code`. */
export function findExampleLiterals(code: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (isExamplesLiteral(node)) {
      const value = node.value as Node;
      found.push({ start: value.start, end: value.end });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'type' && child && typeof child === 'object') visit(child);
    }
  };
  visit(parseAst(code));
  return found;
}

/** `code` with every rule example literal replaced by empty lists. */
export function stripRuleExamples(code: string): string {
  let out = code;
  for (const { start, end } of findExampleLiterals(code).sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}{ valid: [], invalid: [] }${out.slice(end)}`;
  }
  return out;
}

export function stripRuleExamplesPlugin(): PluginOption {
  return {
    name: 'rapport:strip-rule-examples',
    // After TypeScript is compiled away, so the parser sees plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!RULE_MODULE.test(id.split('?')[0] ?? id)) return null;
      const stripped = stripRuleExamples(code);
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
