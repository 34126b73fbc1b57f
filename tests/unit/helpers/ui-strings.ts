/**
 * Finds English the UI would show without going through lib/i18n.ts: JSX text, the visible
 * attributes (aria-label, title, placeholder, alt…), and prose-looking string literals anywhere in a
 * component file outside a t() call. Parses with the TypeScript compiler, so comments, types and
 * imports never count. Used by tests/unit/ui-strings.test.ts.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export interface HardCodedString {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value a person reads or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Text the same in every language: the product's name, file formats' names. */
export const ALLOWED_TEXT = new Set(['Rapport', 'JSON', 'CSV', 'rapport-practice-pack']);

/** Calls whose string arguments a person never sees. */
const SILENT_CALLS = new Set([
  't',
  'querySelector',
  'querySelectorAll',
  'closest',
  'getElementById',
  'addEventListener',
  'removeEventListener',
  'setAttribute',
  'getAttribute',
  'removeAttribute',
  'hasAttribute',
  'matches',
  'createElement',
  'getURL',
  'fetch',
  'startsWith',
  'endsWith',
  'includes',
  'split',
  'replace',
  'join',
  'padStart',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'DateTimeFormat',
  'NumberFormat',
]);

function letters(text: string): boolean {
  return /[A-Za-z]{2,}/.test(text);
}

/** A string a person would read as words: two words, or one capitalised word. */
export function looksLikeProse(raw: string): boolean {
  const text = raw.trim();
  if (!letters(text) || ALLOWED_TEXT.has(text)) return false;
  if (/^[a-z0-9]+([-_:./][a-z0-9]+)*$/.test(text)) return false; // ids, keys, class names, paths
  if (/^[.#[]|^[a-z-]+\[/.test(text)) return false; // CSS selectors
  if (/^https?:|^\/|^[a-z]+:\/\//.test(text)) return false; // URLs
  if (/^[:@.#a-z][^{]*\{[^}]*:[^}]*;/m.test(text)) return false; // a style sheet
  if (/^[A-Z][a-z]+$/.test(text)) return true;
  return /[A-Za-z]{2,}\S*\s+(\S+\s+)?\S*[A-Za-z]{2,}/.test(text);
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) {
    if (ts.isIdentifier(callee.expression) && callee.expression.text === 'console') return 'console';
    return callee.name.text;
  }
  return '';
}

/** Whether a literal at this place never reaches a person (or already goes through t()). */
function silentPlace(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
    if (ts.isTypeNode(parent) || ts.isLiteralTypeNode(parent)) return true;
    if (ts.isJsxAttribute(parent)) return !VISIBLE_ATTRIBUTES.has(parent.name.getText());
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && at !== parent.expression) {
      const name = calleeName(parent);
      // setAttribute('aria-label', '…') writes a visible attribute.
      const [attribute] = parent.arguments ?? [];
      if (name === 'setAttribute' && at !== attribute && attribute && ts.isStringLiteral(attribute) && VISIBLE_ATTRIBUTES.has(attribute.text)) return false;
      if (SILENT_CALLS.has(name) || name === 'console') return true;
      // A thrown Error is for the developer; one the UI shows is passed through t() where it is made.
      if (ts.isNewExpression(parent) && /Error$/.test(name)) return true;
    }
    if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) return true;
    if (ts.isCaseClause(parent) && at === parent.expression) return true;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && at === parent.name) return true;
    // Attributes spread from an object (`{...cardAttributes()}`): the same names as in JSX.
    if (ts.isPropertyAssignment(parent) && /^(class|className|style|id|role|data-.*|aria-(current|labelledby|describedby|controls))$/.test(parent.name.getText().replace(/['"]/g, ''))) return true;
    if (ts.isElementAccessExpression(parent) && at === parent.argumentExpression) return true;
    if (ts.isJsxExpression(parent) && !ts.isJsxAttribute(parent.parent)) return false;
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

/** Every hard-coded user-visible string in one source file. */
export function hardCodedStrings(file: string, allowed: ReadonlySet<string> = ALLOWED_TEXT): HardCodedString[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: HardCodedString[] = [];
  const report = (node: ts.Node, text: string): void => {
    if (allowed.has(text.trim())) return;
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (letters(node.text) && !allowed.has(node.text.trim())) report(node, node.text.replace(/\s+/g, ' '));
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (letters(node.initializer.text)) report(node, node.initializer.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!ts.isJsxAttribute(node.parent) && looksLikeProse(node.text) && !silentPlace(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const words = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
      if (looksLikeProse(words) && !silentPlace(node)) report(node, node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
