/**
 * The sidebar: findings grouped by category (most serious first) with live counts, or a badge with
 * the count when collapsed. Renders the model; decides nothing.
 */
import { Component, type ComponentChildren, type JSX } from 'preact';
import { FindingCard } from './FindingCard';
import { countLabel, KIND_LABELS, SEVERITY_RANK } from './labels';
import { categoryLabel } from '../../lib/rule-texts';
import type { CardFinding, SidebarModel } from './model';
import { withShortcut } from '../../lib/shortcuts';
import { ToneMeter } from './ToneMeter';
import { trusted } from './trusted';
import { t } from '../../lib/i18n';

interface Group {
  category: string;
  findings: CardFinding[];
  rank: number;
}

function groupByCategory(findings: readonly CardFinding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    let group = groups.get(f.category);
    if (!group) {
      group = { category: f.category, findings: [], rank: SEVERITY_RANK[f.severity] };
      groups.set(f.category, group);
    }
    group.findings.push(f);
    group.rank = Math.min(group.rank, SEVERITY_RANK[f.severity]);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank || a.findings[0]!.start - b.findings[0]!.start);
}

/** Keep focus in the reply box when a button is clicked, so Ctrl+Z right after Apply undoes it. */
function keepEditorFocus(event: JSX.TargetedMouseEvent<HTMLElement>): void {
  event.preventDefault();
}

/**
 * The scrolling list of cards. When the current card changes (hover, caret, shortcut) it scrolls
 * itself — not the page — just enough to show it. A class, so the content script needs no hooks.
 */
class CardList extends Component<{ currentKey: string | null; children: ComponentChildren }> {
  override componentDidUpdate(previous: { currentKey: string | null }): void {
    if (previous.currentKey === this.props.currentKey || !this.props.currentKey) return;
    const body = this.base as HTMLElement | undefined;
    const card = body?.querySelector<HTMLElement>('[data-current="true"]');
    if (!body || !card) return;
    const top = card.offsetTop; // .body is the cards' offset parent (position: relative)
    const bottom = top + card.offsetHeight;
    if (top < body.scrollTop) body.scrollTop = top - 8;
    else if (bottom > body.scrollTop + body.clientHeight) body.scrollTop = bottom - body.clientHeight + 8;
  }

  override render() {
    return <div class="body">{this.props.children}</div>;
  }
}

const NONE_LOCKED: ReadonlySet<string> = new Set();

/** One line on the keys that have no button: into the sidebar and back, and the next suggestion. */
function KeysHint({ focus, next }: { focus: string | undefined; next: string | undefined }) {
  if (!focus && !next) return null;
  return (
    <p class="keys" data-rapport="keys">
      {focus && (
        <span>
          <kbd>{focus}</kbd> {t('keys_sidebar')}
        </span>
      )}
      {focus && next && ' · '}
      {next && (
        <span>
          <kbd>{next}</kbd> {t('keys_next')}
        </span>
      )}
    </p>
  );
}

export function Sidebar({ model }: { model: SidebarModel }) {
  const findings = model.findings.value;
  const count = findings.length;
  const kind = model.kind.value;
  const currentKey = model.current?.value ?? null;
  const keys = model.shortcuts?.value ?? {};

  if (model.collapsed.value) {
    return (
      <button
        type="button"
        class={`badge ${count ? 'has-findings' : ''}`}
        data-rapport-action="expand"
        data-count={count}
        title={withShortcut(t('open_rapport'), keys['toggle-sidebar'])}
        aria-keyshortcuts={keys['toggle-sidebar']}
        aria-label={t('open_rapport_label', countLabel(count))}
        onMouseDown={keepEditorFocus}
        onClick={trusted(() => (model.collapsed.value = false))}
      >
        <span aria-hidden="true">{count}</span>
      </button>
    );
  }

  const notice = model.notice.value;
  const groups = groupByCategory(findings);
  const busy = model.busy.value;
  const tone = model.tone?.value ?? null;
  const ignoredRules = model.ignoredRuleCount?.value ?? 0;
  const locked = model.lockedCategories?.value ?? NONE_LOCKED;
  return (
    <aside
      class="panel"
      tabIndex={-1}
      aria-label={t('panel_label')}
      aria-keyshortcuts={keys['focus-sidebar']}
      data-draft-kind={kind}
      data-count={count}
      onMouseDown={keepEditorFocus}
      onKeyDown={trusted((e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          model.focusEditor();
        }
      })}
    >
      <header>
        <h2>Rapport</h2>
        <span class={`kind kind-${kind}`} title={t('kind_title')}>
          {KIND_LABELS[kind]}
        </span>
        <button
          type="button"
          class="collapse"
          data-rapport-action="collapse"
          aria-label={t('collapse')}
          title={withShortcut(t('collapse'), keys['toggle-sidebar'])}
          aria-keyshortcuts={keys['toggle-sidebar']}
          onClick={trusted(() => (model.collapsed.value = true))}
        >
          <span aria-hidden="true">⟩</span>
        </button>
      </header>
      <p class="count" role="status" aria-live="polite">
        {model.attached.value ? countLabel(count) : t('not_coaching')}
      </p>
      {tone && model.attached.value && <ToneMeter tone={tone} />}
      {notice && (
        <div class={`notice notice-${notice.tone}`} role="alert">
          <span>{notice.text}</span>
          <button type="button" data-rapport-action="dismiss" aria-label={t('dismiss_message')} onClick={trusted(() => model.dismissNotice())}>
            ×
          </button>
        </div>
      )}
      <CardList currentKey={currentKey}>
        {!model.attached.value ? (
          <p class="empty">{t('empty_unattached')}</p>
        ) : count === 0 ? (
          <p class="empty">{t('empty_none')}</p>
        ) : (
          groups.map((group) => {
            const headingId = `rp-group-${group.category}`;
            return (
              <section class="group" key={group.category} data-group={group.category}>
                <h3 id={headingId}>
                  {categoryLabel(group.category)} <span class="group-count">{group.findings.length}</span>
                </h3>
                <ul aria-labelledby={headingId}>
                  {group.findings.map((f) => (
                    <FindingCard key={f.key} finding={f} model={model} busy={busy} current={f.key === currentKey} applyShortcut={keys['apply-finding']} locked={locked.has(f.category)} />
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </CardList>
      <footer>
        {ignoredRules > 0 && model.restoreIgnoredRules && (
          <p class="ignored">
            {ignoredRules === 1 ? t('rules_ignored_one') : t('rules_ignored_many', ignoredRules)}{' '}
            <button type="button" class="link" data-rapport-action="restore-rules" onClick={trusted(() => model.restoreIgnoredRules?.())}>
              {t('restore')}
            </button>
          </p>
        )}
        <KeysHint focus={keys['focus-sidebar']} next={keys['next-finding']} />
        {t('footer_private')}
      </footer>
    </aside>
  );
}
