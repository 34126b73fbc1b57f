/**
 * ServiceNow. Evidence (desk-dom-evidence.md; public macro userscripts, Selenium page objects,
 * scrapers and a Service Operations Workspace layout extension):
 * - Classic UI (UI16): the record form is in the `gsft_main` iframe. The activity stream shows
 *   `#multiple-input-journal-entry` with `#activity-stream-comments-textarea` (Additional comments,
 *   customer visible) and `#activity-stream-work_notes-textarea`, or `#single-input-journal-entry`
 *   with one `#activity-stream-textarea` whose `data-stream-text-input` (and aria-label) flips
 *   between `comments` and `work_notes` when the `.sn-controls` checkbox is clicked; that checkbox is
 *   `work_notes-journal-checkbox` or `comments-journal-checkbox`, its name saying the field it
 *   turns on. New records have `<table>.comments` / `<table>.work_notes` textareas. Entries are
 *   `ul.activities-form > li.h-card`: author `.sn-card-component-createdby`, field name as the first
 *   span of `.sn-card-component-time`, words in `.sn-widget-textblock-body`, newest first.
 * - Workspace (Next Experience): the composer is `now-activity-stream-compose-connected` (open
 *   shadow root) > `.compose-container` > `.input-options now-tabs` (tabs `button.now-tab[data-itemid]`,
 *   `.is-selected`, in now-tabs' own shadow root) and `.input-wrapper > .input-control > [name=
 *   "comments" | "work_notes"]` (a field component whose shadow root holds a textarea, or
 *   `now-record-html-editor` > TinyMCE iframe). Form fields are `.sn-section-form-column > [name]`.
 *   The activity stream's markup (`now-activity-stream-connected`) is NOT evidenced, so there the
 *   customer's words are the form's Description field, not their latest comment.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { defineDesk, documentsOutward, nearest } from './define-desk';
import { ancestorsAcross, closestAcross, isActive, labelOf, messageText, queryDeep } from './dom';

type Field = 'comments' | 'work_notes';
const COMMENTS = /additional comments|customer visible/i;
const WORK_NOTES = /work notes?/i;
const WORKSPACE_COMPOSER = 'now-activity-stream-compose-connected';

function fieldOfName(name: string | null): Field | undefined {
  if (!name) return undefined;
  if (name === 'work_notes' || /\.work_notes$/.test(name)) return 'work_notes';
  if (name === 'comments' || /\.comments$/.test(name)) return 'comments';
  return undefined;
}

function fieldOfLabel(label: string): Field | undefined {
  if (WORK_NOTES.test(label)) return 'work_notes';
  if (COMMENTS.test(label)) return 'comments';
  return undefined;
}

/** The journal field the editor writes to, from the editor itself or (Workspace) its field component. */
function fieldOf(editor: HTMLElement): Field | undefined {
  const own =
    fieldOfName(editor.getAttribute('data-stream-text-input')) ??
    fieldOfName(editor.getAttribute('name')) ??
    fieldOfName(editor.id.replace(/^activity-stream-(.+)-textarea$/, '$1')) ??
    fieldOfName(editor.id);
  if (own) return own;
  const label = fieldOfLabel(`${editor.getAttribute('aria-label') ?? ''} ${editor.getAttribute('placeholder') ?? ''}`);
  if (label) return label;
  for (const el of ancestorsAcross(editor)) {
    if (el.matches(WORKSPACE_COMPOSER)) break;
    const named = el !== editor ? fieldOfName(el.getAttribute('name')) : undefined;
    if (named) return named;
  }
  return undefined;
}

/** Workspace: the selected compose tab, inside now-tabs' shadow root. */
function fieldOfSelectedTab(editor: HTMLElement): Field | undefined {
  const composer = closestAcross(editor, WORKSPACE_COMPOSER);
  if (!composer) return undefined;
  for (const tab of queryDeep(composer.shadowRoot ?? composer, 'button.now-tab, [role="tab"]')) {
    if (!isActive(tab) && !tab.classList.contains('is-selected')) continue;
    return fieldOfName(tab.getAttribute('data-itemid')) ?? fieldOfLabel(labelOf(tab));
  }
  return undefined;
}

/** Classic single field: the checkbox's name says which field it turns on when checked. */
function fieldOfCheckbox(editor: HTMLElement): Field | undefined {
  const toggle = nearest(editor, 'input[type="checkbox"][name$="-journal-checkbox"]') as HTMLInputElement | null;
  if (!toggle) return undefined;
  const turnsOn = toggle.name.startsWith('work_notes') ? 'work_notes' : 'comments';
  if (toggle.checked) return turnsOn;
  return turnsOn === 'work_notes' ? 'comments' : 'work_notes';
}

function draftKind(editor: HTMLElement): DraftKind {
  const field = fieldOf(editor) ?? fieldOfSelectedTab(editor) ?? fieldOfCheckbox(editor);
  return field === 'work_notes' ? 'internal-note' : 'reply';
}

/** Classic: the caller's display name, so their entries can be told from the agents'. */
function callerName(doc: Document): string | undefined {
  const field = doc.querySelector<HTMLInputElement>('input[id^="sys_display."][id$=".caller_id"]');
  const name = (field?.value || field?.getAttribute('value') || '').trim();
  return name || undefined;
}

const CARD = 'ul.activities-form > li.h-card';

function latestCallerComment(doc: Document): string | undefined {
  const caller = callerName(doc);
  // Newest first: the first Additional comments entry by the caller is the latest.
  for (const card of Array.from(doc.querySelectorAll(CARD))) {
    const field = labelOf(card.querySelector('.sn-card-component-time > span') ?? card.querySelector('.sn-card-component-time') ?? card);
    if (!COMMENTS.test(field)) continue;
    const author = labelOf(card.querySelector('.sn-card-component-createdby') ?? card);
    if (caller && author !== caller) continue;
    const body = card.querySelector('.sn-widget-textblock-body');
    const text = body ? messageText(body) : '';
    if (text) return text;
  }
  return undefined;
}

/** Workspace: the Description field's text (the field component's own textarea). */
function workspaceDescription(doc: Document): string | undefined {
  for (const field of queryDeep(doc, '.sn-section-form-column > [name="description"]')) {
    const input = queryDeep(field.shadowRoot ?? field, 'textarea')[0] as HTMLTextAreaElement | undefined;
    const text = (input?.value ?? '').trim();
    if (text) return text;
  }
  return undefined;
}

const base = defineDesk({
  id: 'servicenow',
  name: 'ServiceNow',
  hosts: ['*.service-now.com', '*.servicenowservices.com'],
  markers: '#gsft_main, [data-stream-text-input], sn-workspace-layout, now-record-form-connected, sn-workspace-content',
  replyBox:
    '#activity-stream-comments-textarea, #activity-stream-work_notes-textarea, #activity-stream-textarea, ' +
    'textarea[id$=".comments"], textarea[id$=".work_notes"], ' + WORKSPACE_COMPOSER,
  draftKind,
  customer: { message: CARD },
});

export const servicenow: SiteAdapter = {
  ...base,
  customerMessage(editor) {
    for (const doc of documentsOutward(editor)) {
      const text = closestAcross(editor, WORKSPACE_COMPOSER) ? workspaceDescription(doc) : latestCallerComment(doc);
      if (text) return text;
    }
    return undefined;
  },
};
