/** One finding: what and why, the fix or a suggestion, and the three actions. */
import { Component } from 'preact';
import type { CardFinding, SidebarModel } from './model';
import { categoryLabel, SEVERITY_LABELS } from './labels';
import { withShortcut } from '../../lib/shortcuts';

/**
 * When a keyboard user dismisses a card, its button disappears with it: keep their place by moving
 * focus to the same button on the next card (or the previous one, or the panel).
 */
function keepKeyboardPlace(button: HTMLElement, action: () => void): void {
  const root = button.getRootNode() as ShadowRoot | Document;
  const hadFocus = root.activeElement === button;
  const cardEl = button.closest('[data-rapport-finding]');
  const all = Array.from(root.querySelectorAll<HTMLElement>('[data-rapport-finding]'));
  const index = cardEl ? all.indexOf(cardEl as HTMLElement) : -1;
  const actionName = button.getAttribute('data-rapport-action');
  action();
  if (!hadFocus) return;
  setTimeout(() => {
    const remaining = all.filter((el) => el.isConnected);
    const next = remaining.find((el) => all.indexOf(el) > index) ?? remaining[remaining.length - 1];
    const target =
      next?.querySelector<HTMLElement>(`[data-rapport-action="${actionName}"]`) ??
      next?.querySelector<HTMLElement>('button') ??
      root.querySelector<HTMLElement>('aside');
    target?.focus();
  }, 0);
}

interface Props {
  finding: CardFinding;
  model: SidebarModel;
  busy: boolean;
  current: boolean;
  /** The apply-finding shortcut (it applies the current card, which hovering or focusing makes this one). */
  applyShortcut?: string | undefined;
}

/** What a card shows; offsets are not in it (they move on every edit before the card). */
function sameCard(a: CardFinding, b: CardFinding): boolean {
  return (
    a.key === b.key &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.category === b.category &&
    a.suggestion === b.suggestion &&
    a.principle.id === b.principle.id &&
    a.replacements.length === b.replacements.length &&
    a.replacements.every((r, i) => r === b.replacements[i])
  );
}

/**
 * Cards re-render only when what they show changed: typing elsewhere in a long thread moves every
 * finding's offsets, and re-rendering thirty unchanged cards per keystroke is wasted frame time.
 * The handlers read the newest finding from props, so Apply still uses fresh offsets.
 */
export class FindingCard extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const now = this.props;
    return (
      next.busy !== now.busy ||
      next.current !== now.current ||
      next.model !== now.model ||
      next.applyShortcut !== now.applyShortcut ||
      !sameCard(next.finding, now.finding)
    );
  }

  override render() {
    return <CardView {...this.props} />;
  }
}

function CardView({ finding, model, busy, current, applyShortcut }: Props) {
  const replacement = finding.replacements[0];
  const labelId = `rp-card-${finding.key.replace(/[^a-z0-9]+/gi, '-')}`;
  const point = (on: boolean) => model.setCurrent?.(on ? finding.key : null, 'card');
  return (
    <li
      class={`card sev-${finding.severity}${current ? ' current' : ''}`}
      data-rapport-finding={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
      data-current={current ? 'true' : undefined}
      aria-current={current ? 'true' : undefined}
      aria-labelledby={labelId}
      onMouseEnter={() => point(true)}
      onMouseLeave={() => point(false)}
      onFocusIn={() => point(true)}
      onFocusOut={() => point(false)}
    >
      <p class="meta">
        <span class="sev">{SEVERITY_LABELS[finding.severity]}</span>
        {finding.flagged ? <q class="flagged">{finding.flagged}</q> : <span class="flagged whole">Whole reply</span>}
      </p>
      <p class="message" id={labelId}>
        <span class="visually-hidden">{categoryLabel(finding.category)}: </span>
        {finding.message}
      </p>
      {replacement !== undefined ? (
        <p class="fix">
          Replace with <q>{replacement}</q>
        </p>
      ) : finding.suggestion ? (
        <p class="fix suggestion">
          Try: <span>{finding.suggestion}</span>
        </p>
      ) : null}
      <p class="why" title={finding.principle.id}>
        Why: {finding.principle.text}
      </p>
      <div class="actions">
        {replacement !== undefined && (
          <button
            type="button"
            class="primary"
            data-rapport-action="apply"
            disabled={busy}
            aria-label={`Apply: replace “${finding.flagged}” with “${replacement}”`}
            title={withShortcut('Apply this fix', applyShortcut)}
            aria-keyshortcuts={applyShortcut}
            onClick={() => model.apply(finding, replacement)}
          >
            Apply
          </button>
        )}
        <button type="button" data-rapport-action="ignore" disabled={busy} onClick={(e) => keepKeyboardPlace(e.currentTarget, () => model.ignoreOnce(finding))}>
          Ignore once
        </button>
        <button
          type="button"
          data-rapport-action="ignore-rule"
          disabled={busy}
          aria-label={`Ignore the rule “${categoryLabel(finding.category)}” on this page`}
          onClick={(e) => keepKeyboardPlace(e.currentTarget, () => model.ignoreRule(finding))}
        >
          Ignore this rule
        </button>
      </div>
    </li>
  );
}
