/**
 * What a team pack adds, compact: a one-line summary, then one line per rule (what it flags, its
 * category and level), with its examples folded away. Examples read "flags ✓" / "doesn't flag ✓"
 * when the engine does what they say, and are marked as failures when it doesn't.
 */
import { describePack, exampleResults, type Pack } from '../../lib/packs';
import { categoryLabel } from '../../lib/rule-texts';
import { SEVERITY_LABELS } from '../sidebar/labels';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

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
        <Filled message={summary.rules === 1 ? 'preview_summary_one' : 'preview_summary_other'} args={[summary.rules]}>
          {summary.categories.map((c, i) => (
            <span key={c}>
              {i ? ', ' : ''}
              <strong data-preview-category={c}>{categoryLabel(c)}</strong>
            </span>
          ))}
        </Filled>{' '}
        {summary.failing === 0 ? (
          t('preview_examples_pass', summary.examples)
        ) : (
          <strong class="error">{t('preview_examples_failing', summary.examples, summary.failing)}</strong>
        )}
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
                {flags.length > MAX_FLAGS && t('preview_more', flags.length - MAX_FLAGS)} · {categoryLabel(rule.category)} ·{' '}
                {SEVERITY_LABELS[rule.severity as keyof typeof SEVERITY_LABELS] ?? rule.severity}
                {rule.replacesBuiltin && <strong>{t('preview_replaces_builtin')}</strong>}
              </p>
              <p class="hint">
                <q>{sampleMessage(rule.message, rule.swaps?.[0]?.from ?? rule.flags[0], rule.swaps?.[0]?.to)}</q> <code>{rule.id}</code>
              </p>
              <details open={failing > 0}>
                <summary>
                  {failing > 0 ? t('preview_rule_examples_failing', examples.length, failing) : t('preview_rule_examples_pass', examples.length)}
                </summary>
                <ul class="examples">
                  {examples.map((e, j) => (
                    <li key={j} data-example-result={e.failure === null ? 'pass' : 'fail'}>
                      {e.failure === null ? (
                        <span class="example-ok">{t(e.expects === 'flags' ? 'preview_flags_ok' : 'preview_passes_ok')}</span>
                      ) : (
                        <strong class="error">{t(e.expects === 'flags' ? 'preview_should_flag' : 'preview_should_not_flag')}</strong>
                      )}{' '}
                      {t('quoted', e.text)}
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
