/**
 * What a team pack adds, compact: a one-line summary, then one line per rule (what it flags, its
 * category and level), with its examples folded away. Examples read "flags ✓" / "doesn't flag ✓"
 * when the engine does what they say, and are marked as failures when it doesn't.
 */
import { describePack, exampleResults, type Pack } from '../../lib/packs';
import { categoryName } from '../../lib/rules/categories';
import { SEVERITY_LABELS } from '../sidebar/labels';

const MAX_FLAGS = 6;

/** The card message as an agent would see it, filled from the rule's first match. */
function sampleMessage(message: string, found: string | undefined, replacement: string | undefined): string {
  return message.replace(/\{\{(found|replacement)\}\}/g, (_, key: string) => (key === 'found' ? found : replacement) ?? '…');
}

function packSummary(pack: Pack): { rules: number; categories: string[]; examples: number; failing: number } {
  const results = exampleResults(pack).flat();
  return {
    rules: pack.rules.length,
    categories: [...new Set(pack.rules.map((r) => r.category))],
    examples: results.length,
    failing: results.filter((r) => r.failure !== null).length,
  };
}

/** `children` (the preview's Enable and Cancel) come right after the summary, before the rules. */
export function PackRules({ pack, children }: { pack: Pack; children?: preact.ComponentChildren }) {
  const preview = describePack(pack);
  const results = exampleResults(pack);
  const summary = packSummary(pack);
  return (
    <div class="pack-rules">
      <p data-pack-summary>
        {summary.rules} {summary.rules === 1 ? 'rule' : 'rules'} in{' '}
        {summary.categories.map((c, i) => (
          <span key={c}>
            {i ? ', ' : ''}
            <strong data-preview-category={c}>{categoryName(c)}</strong>
          </span>
        ))}
        . {summary.examples} examples,{' '}
        {summary.failing === 0 ? 'all doing what they say' : <strong class="error">{summary.failing} failing</strong>}.
      </p>
      {children}
      <ul class="rule-list">
        {preview.rules.map((rule, i) => {
          const flags = rule.swaps ? rule.swaps.map((s) => `${s.from} → ${s.to}`) : rule.flags;
          const examples = results[i] ?? [];
          const failing = examples.filter((e) => e.failure !== null).length;
          return (
            <li key={rule.id} data-preview-rule={rule.id}>
              <p>
                <strong>{flags.slice(0, MAX_FLAGS).join(', ')}</strong>
                {flags.length > MAX_FLAGS && ` …and ${flags.length - MAX_FLAGS} more`} · {categoryName(rule.category)} ·{' '}
                {SEVERITY_LABELS[rule.severity as keyof typeof SEVERITY_LABELS] ?? rule.severity}
                {rule.replacesBuiltin && <strong> · replaces the built-in rule of the same id</strong>}
              </p>
              <p class="hint">
                <q>{sampleMessage(rule.message, rule.swaps?.[0]?.from ?? rule.flags[0], rule.swaps?.[0]?.to)}</q> <code>{rule.id}</code>
              </p>
              <details open={failing > 0}>
                <summary>
                  Examples ({examples.length}
                  {failing > 0 ? `, ${failing} failing` : ', all pass'})
                </summary>
                <ul class="examples">
                  {examples.map((e, j) => (
                    <li key={j} data-example-result={e.failure === null ? 'pass' : 'fail'}>
                      {e.failure === null ? (
                        <span class="example-ok">{e.expects === 'flags' ? 'flags ✓' : 'doesn’t flag ✓'}</span>
                      ) : (
                        <strong class="error">{e.expects === 'flags' ? 'should flag, doesn’t ✗' : 'should not flag, does ✗'}</strong>
                      )}{' '}
                      “{e.text}”
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
