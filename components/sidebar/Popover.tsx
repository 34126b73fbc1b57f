/**
 * The card at the words: what hovering or clicking an underline opens right there — the message,
 * the fix, Apply / Ignore and "Why?" — so the agent never has to look across the screen. It
 * renders one finding from the model; the buttons keep the keyboard in the reply box (so Ctrl+Z
 * right after Apply undoes it) and only answer the agent's own input (`trusted`).
 */
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { CardFinding, SidebarModel } from './model';
import { SEVERITY_LABELS } from './labels';
import { categoryLabel, findingMessage, principleText } from '../../lib/rule-texts';
import { ApplyButton, FixLine } from './FindingFix';
import { trusted } from './trusted';
import { t } from '../../lib/i18n';
import { CARD_CSS } from './styles';

interface Props {
  finding: CardFinding;
  model: SidebarModel;
  busy: boolean;
  /** Close the popover (after an action, or Escape). */
  onClose(): void;
}

function keepEditorFocus(event: JSX.TargetedMouseEvent<HTMLElement>): void {
  event.preventDefault();
}

export function Popover({ finding, model, busy, onClose }: Props) {
  const [whyOpen, setWhyOpen] = useState(false);
  const replacement = finding.severity === 'info' ? undefined : finding.replacements[0];
  const whyId = 'rp-pop-why';
  return (
    <div
      class={`pop sev-${finding.severity}`}
      role="group"
      aria-label={t('popover_label', categoryLabel(finding.category))}
      data-rapport-popover={finding.ruleId}
      data-category={finding.category}
      data-severity={finding.severity}
      onMouseDown={keepEditorFocus}
      onKeyDown={trusted((e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
        model.focusEditor();
      })}
    >
      <p class="meta">
        <span class="sev">{SEVERITY_LABELS[finding.severity]}</span> <span class="cat">{categoryLabel(finding.category)}</span>
      </p>
      <p class="message">{findingMessage(finding)}</p>
      <FixLine finding={finding} replacement={replacement} />
      {whyOpen && (
        <p class="why" id={whyId}>
          {t('why')} {principleText(finding.principle)}
        </p>
      )}
      <div class="actions">
        {replacement !== undefined && (
          <ApplyButton
            finding={finding}
            replacement={replacement}
            busy={busy}
            onApply={() => {
              model.apply(finding, replacement);
              onClose();
            }}
          />
        )}
        <button
          type="button"
          data-rapport-action="ignore"
          disabled={busy}
          onClick={trusted(() => {
            model.ignoreOnce(finding);
            onClose();
            model.focusEditor();
          })}
        >
          {t('popover_ignore')}
        </button>
        <button
          type="button"
          class="quiet"
          data-rapport-action="why"
          aria-expanded={whyOpen}
          aria-controls={whyOpen ? whyId : undefined}
          onClick={trusted(() => setWhyOpen(!whyOpen))}
        >
          {t('popover_why')}
        </button>
      </div>
    </div>
  );
}

export const POPOVER_WIDTH = 300;

export const POPOVER_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; width: ${POPOVER_WIDTH}px; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.pop {
  background: #fff; color: #1f1f1f; border: 1px solid #c9c9c4; border-left: 4px solid #5e5c64; border-radius: 6px;
  padding: 8px 10px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.18);
}
.pop.sev-warning { border-left-color: #b3261e; }
.pop.sev-suggestion { border-left-color: #1a5fb4; }
p { margin: 0 0 4px; }
.meta { font-size: 11px; color: #474747; }
button { min-height: 24px; }
${CARD_CSS}
button.quiet { border-color: transparent; background: transparent; margin-left: auto; color: #14498c; text-decoration: underline; }
`;
