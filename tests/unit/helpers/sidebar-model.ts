/** A sidebar model for rendering tests: plain signals, and a record of what the buttons asked for. */
import { signal } from '@preact/signals';
import type { CardFinding, SidebarModel } from '../../../components/sidebar/model';
import type { ShortcutMap } from '../../../lib/shortcuts';

export function cardFinding(overrides: Partial<CardFinding> = {}): CardFinding {
  return {
    ruleId: 'help-wording',
    category: 'help-wording',
    severity: 'suggestion',
    start: 9,
    end: 13,
    message: 'Say "assist": "help" can imply something is wrong with them.',
    replacements: ['assist'],
    principle: { id: 'assist-not-help', text: 'You assist people; you don’t help them.' },
    scope: 'span',
    flagged: 'help',
    key: 'help-wording\u0000help\u00000',
    ...overrides,
  };
}

export interface FakeModel extends SidebarModel {
  calls: string[];
}

export function fakeModel(findings: CardFinding[], options: { shortcuts?: ShortcutMap; ignoredRules?: number } = {}): FakeModel {
  const calls: string[] = [];
  return {
    calls,
    findings: signal(findings),
    kind: signal('reply'),
    attached: signal(true),
    busy: signal(false),
    notice: signal(null),
    collapsed: signal(false),
    current: signal(null),
    shortcuts: signal(options.shortcuts ?? {}),
    ignoredRuleCount: signal(options.ignoredRules ?? 0),
    restoreIgnoredRules: () => void calls.push('restore'),
    apply: (f, r) => void calls.push(`apply ${f.ruleId} → ${r}`),
    ignoreOnce: (f) => void calls.push(`ignore-once ${f.ruleId}`),
    ignoreRule: (f) => void calls.push(`ignore-rule ${f.ruleId}`),
    dismissNotice: () => void calls.push('dismiss'),
    focusEditor: () => void calls.push('focus-editor'),
  };
}
