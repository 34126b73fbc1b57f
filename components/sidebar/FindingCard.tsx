/**
 * One finding: what and why, the fix or a suggestion, and the three actions. "For your information"
 * findings are a quiet one-line note with a Dismiss button instead (nothing to apply).
 */
import { Component } from 'preact';
import type { CardFinding, SidebarModel } from './model';
import { ignoreRuleLabel, ignoreRuleOnSiteLabel, ignoreRuleText, ignoreRuleTitle, SEVERITY_LABELS } from './labels';
import { categoryLabel, findingMessage, principleText } from '../../lib/rule-texts';
import { t } from '../../lib/i18n';
import { trusted } from './trusted';
import { withShortcut } from '../../lib/shortcuts';
import { ApplyButton, FixLine } from './FindingFix';

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
  /** The organisation keeps this category on: "Ignore this rule" hides the card for this draft only. */
  locked?: boolean;
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
      next.locked !== now.locked ||
      !sameCard(next.finding, now.finding)
    );
  }

  override render() {
    return <CardView {...this.props} />;
  }
}

/** The team pack a finding comes from (its principle id is `team-pack:<name>`), or null for built-in rules. */
function packName(finding: CardFinding): string | null {
  return finding.principle.id.startsWith('team-pack:') ? finding.principle.id.slice('team-pack:'.length) : null;
}

/** The list item's attributes and pointer/focus wiring, shared by full cards and notes. */
function cardAttributes({ finding, model, current }: Props, labelId: string, extraClass = '') {
  const point = (on: boolean) => model.setCurrent?.(on ? finding.key : null, 'card');
  return {
    class: `card sev-${finding.severity}${extraClass}${current ? ' current' : ''}`,
    'data-rapport-finding': finding.ruleId,
    'data-category': finding.category,
    'data-severity': finding.severity,
    'data-current': current ? 'true' : undefined,
    'aria-current': current ? ('true' as const) : undefined,
    'aria-labelledby': labelId,
    onMouseEnter: trusted(() => point(true)),
    onMouseLeave: trusted(() => point(false)),
    onFocusIn: trusted(() => {
      point(true);
      model.showWords?.(finding.key, 'focus');
    }),
    onFocusOut: trusted(() => point(false)),
    // A click on the card itself (not one of its buttons) takes the agent to the words.
    onClick: trusted((e: MouseEvent) => {
      if (!(e.target as Element).closest('button')) model.showWords?.(finding.key, 'click');
    }),
  };
}

/** "For your information": one quiet line and a way to dismiss it; the why is its tooltip. */
function InfoNote(props: Props) {
  const { finding, model, busy } = props;
  const labelId = `rp-card-${finding.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li {...cardAttributes(props, labelId, ' note')} data-compact="true">
      <p class="note-line" id={labelId} title={`${t('why')} ${principleText(finding.principle)}`}>
        <span class="sev">{SEVERITY_LABELS.info}:</span> <span class="visually-hidden">{categoryLabel(finding.category)}: </span>
        {findingMessage(finding)}
        {finding.flagged && (
          <>
            {' '}
            <q class="flagged">{finding.flagged}</q>
          </>
        )}
      </p>
      <button type="button" class="quiet" data-rapport-action="ignore" disabled={busy} onClick={trusted((e: MouseEvent) => keepKeyboardPlace(e.currentTarget as HTMLElement, () => model.ignoreOnce(finding)))}>
        {t('dismiss')}
      </button>
    </li>
  );
}

function CardView(props: Props) {
  const { finding, model, busy, applyShortcut, locked = false } = props;
  if (finding.severity === 'info') return <InfoNote {...props} />;
  const replacement = finding.replacements[0];
  const ignoreRuleAction = (scope: 'everywhere' | 'site') =>
    trusted((e: MouseEvent) => keepKeyboardPlace(e.currentTarget as HTMLElement, () => model.ignoreRule(finding, scope)));
  const labelId = `rp-card-${finding.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <li
      {...cardAttributes(props, labelId)}
    >
      <p class="meta">
        <span class="sev">{SEVERITY_LABELS[finding.severity]}</span>
        {finding.flagged ? <q class="flagged">{finding.flagged}</q> : <span class="flagged whole">{t('whole_reply')}</span>}
      </p>
      <p class="message" id={labelId}>
        <span class="visually-hidden">{categoryLabel(finding.category)}: </span>
        {findingMessage(finding)}
      </p>
      <FixLine finding={finding} replacement={replacement} />
      <p class="why" title={finding.principle.id}>
        {t('why')} {principleText(finding.principle)}
        {packName(finding) && <span class="source"> {t('team_pack', packName(finding)!)}</span>}
      </p>
      <div class="actions">
        {replacement !== undefined && (
          <ApplyButton
            finding={finding}
            replacement={replacement}
            busy={busy}
            onApply={() => model.apply(finding, replacement)}
            title={withShortcut(t('apply_title'), applyShortcut)}
            keyShortcut={applyShortcut}
          />
        )}
        <button type="button" data-rapport-action="ignore" disabled={busy} onClick={trusted((e: MouseEvent) => keepKeyboardPlace(e.currentTarget as HTMLElement, () => model.ignoreOnce(finding)))}>
          {t('ignore_once')}
        </button>
        {locked || !model.canIgnoreOnSite ? (
          <button
            type="button"
            data-rapport-action="ignore-rule"
            disabled={busy}
            aria-label={ignoreRuleLabel(finding.category, locked)}
            title={ignoreRuleTitle(locked)}
            onClick={ignoreRuleAction('everywhere')}
          >
            {ignoreRuleText()}
          </button>
        ) : (
          // The scope is the agent's choice, said on the buttons themselves.
          <span class="ignore-rule" role="group" aria-label={t('ignore_rule_group', categoryLabel(finding.category))}>
            <span aria-hidden="true">{ignoreRuleText()}:</span>
            <button type="button" class="scope" data-rapport-action="ignore-rule" disabled={busy} aria-label={ignoreRuleLabel(finding.category, false)} onClick={ignoreRuleAction('everywhere')}>
              {t('scope_everywhere')}
            </button>
            <button type="button" class="scope" data-rapport-action="ignore-rule-site" disabled={busy} aria-label={ignoreRuleOnSiteLabel(finding.category)} onClick={ignoreRuleAction('site')}>
              {t('scope_site')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
