/**
 * The desk's sidebar, driven by the practice composer: the same cards, Apply and Ignore as on a help
 * desk page. Ignoring only hides a card here; the score always judges the reply as written.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CardFinding, Notice, SidebarModel } from '../sidebar/model';
import type { Finding } from '../../lib/engine/types';
import { toCards } from '../../lib/content/keys';
import { t } from '../../lib/i18n';

export interface ComposerSidebar extends SidebarModel {
  /** Forget ignored cards (a new scenario). */
  reset(): void;
}

export function createComposerSidebar(options: {
  text: ReadonlySignal<string>;
  findings: ReadonlySignal<readonly Finding[]>;
  editor: () => HTMLTextAreaElement | null;
  onEdited: (text: string) => void;
}): ComposerSidebar {
  const ignoredKeys = signal<ReadonlySet<string>>(new Set());
  const ignoredRules = signal<ReadonlySet<string>>(new Set());
  const notice = signal<Notice | null>(null);
  const busy = signal(false);

  const findings = computed(() =>
    toCards(options.text.value, options.findings.value).filter((f) => !ignoredKeys.value.has(f.key) && !ignoredRules.value.has(f.ruleId)),
  );

  function apply(finding: CardFinding, replacement: string): void {
    const el = options.editor();
    if (!el) return;
    const before = el.value;
    if (before.slice(finding.start, finding.end) !== finding.flagged) {
      notice.value = { tone: 'error', text: t('practice_text_changed') };
      return;
    }
    el.focus();
    el.setSelectionRange(finding.start, finding.end);
    // insertText goes through the textarea's own undo stack, so Ctrl+Z undoes the apply.
    const inserted = document.execCommand('insertText', false, replacement);
    if (!inserted) el.setRangeText(replacement, finding.start, finding.end, 'end');
    const expected = before.slice(0, finding.start) + replacement + before.slice(finding.end);
    if (el.value !== expected) notice.value = { tone: 'error', text: t('practice_apply_failed') };
    options.onEdited(el.value);
  }

  return {
    findings,
    kind: signal('reply'),
    attached: signal(true),
    busy,
    notice,
    collapsed: signal(false),
    apply,
    ignoreOnce(finding) {
      ignoredKeys.value = new Set([...ignoredKeys.value, finding.key]);
    },
    ignoreRule(finding) {
      ignoredRules.value = new Set([...ignoredRules.value, finding.ruleId]);
    },
    dismissNotice() {
      notice.value = null;
    },
    focusEditor() {
      options.editor()?.focus();
    },
    reset() {
      ignoredKeys.value = new Set();
      ignoredRules.value = new Set();
      notice.value = null;
    },
  };
}
