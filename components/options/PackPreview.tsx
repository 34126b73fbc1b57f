/** What a team pack adds: its rules with their category, level, what they flag and their examples. */
import { describePack, type Pack } from '../../lib/packs';
import { SEVERITY_LABELS } from '../sidebar/labels';
import { categoryName } from '../../lib/rules/categories';

const MAX_FLAGS = 12;

function exampleText(e: string | { text: string }): string {
  return typeof e === 'string' ? e : e.text;
}

/** The card message as an agent would see it, filled from the rule's first match. */
function sampleMessage(message: string, found: string | undefined, replacement: string | undefined): string {
  return message.replace(/\{\{(found|replacement)\}\}/g, (_, key: string) => (key === 'found' ? found : replacement) ?? '…');
}

export function PackRules({ pack, examplesOpen = false }: { pack: Pack; examplesOpen?: boolean }) {
  const preview = describePack(pack);
  const categories = [...new Set(preview.rules.map((r) => r.category))];
  return (
    <div class="pack-rules">
      <p>
        {preview.rules.length} {preview.rules.length === 1 ? 'rule' : 'rules'} in{' '}
        {categories.map((c, i) => (
          <span key={c}>
            {i ? ', ' : ''}
            <strong data-preview-category={c}>{categoryName(c)}</strong>
          </span>
        ))}
        .
      </p>
      <ol class="rule-list">
        {preview.rules.map((rule, i) => {
          const source = pack.rules[i]!;
          const flags = rule.swaps ? rule.swaps.map((s) => `${s.from} → ${s.to}`) : rule.flags;
          return (
            <li key={rule.id} data-preview-rule={rule.id}>
              <p>
                <code>{rule.id}</code> · {rule.type} · {categoryName(rule.category)} · {SEVERITY_LABELS[rule.severity as keyof typeof SEVERITY_LABELS] ?? rule.severity}
                {rule.replacesBuiltin && <strong> · replaces the built-in rule of the same id</strong>}
              </p>
              <p>
                <q>{sampleMessage(rule.message, rule.swaps?.[0]?.from ?? rule.flags[0], rule.swaps?.[0]?.to)}</q>
              </p>
              <p class="hint">{rule.explanation}</p>
              <p>
                Flags: {flags.slice(0, MAX_FLAGS).join(', ')}
                {flags.length > MAX_FLAGS && ` …and ${flags.length - MAX_FLAGS} more`}
              </p>
              <details open={examplesOpen}>
                <summary>Examples (run as a self-test on import)</summary>
                <ul>
                  {source.examples.invalid.map((e, j) => (
                    <li key={`i${j}`}>
                      <span aria-label="flagged">✗</span> {exampleText(e)}
                    </li>
                  ))}
                  {source.examples.valid.map((e, j) => (
                    <li key={`v${j}`}>
                      <span aria-label="not flagged">✓</span> {exampleText(e)}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
