/**
 * ServiceNow. Classic UI (UI16) renders the record form inside the `gsft_main` iframe: the activity
 * stream has textareas for Additional comments (customer visible) and Work notes (internal), or a
 * single textarea with a "Work notes" checkbox that switches its field. Workspace / Next Experience
 * puts the composer behind nested open shadow roots, labelled with the same field names.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { defineDesk, documentsOutward, nearest } from './define-desk';
import { ancestorsAcross, labelOf, messageText, queryDeep } from './dom';

const COMMENTS = /additional comments|customer visible/i;
const WORK_NOTES = /work notes?/i;

function fieldOf(editor: HTMLElement): 'comments' | 'work_notes' | undefined {
  // Classic: the field name is in the textarea's id or data-stream-text-input.
  const id = editor.id ?? '';
  const stream = editor.getAttribute('data-stream-text-input') ?? '';
  if (/work_notes/.test(id) || stream === 'work_notes' || /\.work_notes$/.test(editor.getAttribute('name') ?? '')) {
    return 'work_notes';
  }
  if (/-comments-|\.comments$/.test(id) || stream === 'comments' || /\.comments$/.test(editor.getAttribute('name') ?? '')) {
    return 'comments';
  }
  // Workspace: the textarea's label, placeholder, or the active compose tab names the field.
  for (const el of ancestorsAcross(editor)) {
    const label = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('label')].join(' ');
    if (WORK_NOTES.test(label)) return 'work_notes';
    if (COMMENTS.test(label)) return 'comments';
    if (el.matches('[data-field-name]')) {
      const name = el.getAttribute('data-field-name');
      if (name === 'work_notes') return 'work_notes';
      if (name === 'comments') return 'comments';
    }
  }
  return undefined;
}

function draftKind(editor: HTMLElement): DraftKind {
  const field = fieldOf(editor);
  if (field === 'work_notes') return 'internal-note';
  if (field === 'comments') return 'reply';
  // Single-field activity stream: the "Work notes" checkbox decides where the text goes.
  const toggle = nearest(editor, 'input[name="work_notes-checkbox"], input#is_work_notes, [data-stream-toggle="work_notes"] input');
  if (toggle) return (toggle as HTMLInputElement).checked ? 'internal-note' : 'reply';
  const active = nearest(editor, '[role="tab"][aria-selected="true"]');
  if (active && WORK_NOTES.test(labelOf(active))) return 'internal-note';
  return 'reply';
}

/** The caller's name, so the stream entry written by the customer can be told from the agents'. */
function callerName(doc: Document): string | undefined {
  const classic = doc.querySelector<HTMLInputElement>('input[id^="sys_display."][id$=".caller_id"]');
  const workspace = queryDeep(doc, '[data-field-name="caller_id"][data-display-value]')[0];
  const name = (classic?.value || classic?.getAttribute('value') || workspace?.getAttribute('data-display-value') || '').trim();
  return name || undefined;
}

const ENTRY = '.h-card, [data-activity-entry]';
const ENTRY_CHROME =
  '.sn-card-component_summary, .sn-card-component-createdby, .sn-card-component-time, .sn-widget-list-title, ' +
  '[data-activity-field-label], time, button';

function isCustomerComment(entry: Element, caller: string | undefined): boolean {
  const field =
    entry.getAttribute('data-activity-field') ??
    labelOf(entry.querySelector('.sn-card-component_summary, .sn-widget-list-title, [data-activity-field-label]') ?? entry);
  if (field !== 'comments' && !COMMENTS.test(field)) return false;
  if (!caller) return true;
  const author = entry.getAttribute('data-activity-author') ?? labelOf(entry.querySelector('.sn-card-component-createdby') ?? entry);
  return author.includes(caller);
}

const base = defineDesk({
  id: 'servicenow',
  name: 'ServiceNow',
  hosts: ['service-now.com', 'servicenowservices.com'],
  markers: '#gsft_main, [data-stream-text-input], sn-workspace-layout, now-record-form-connected',
  replyBox:
    '#activity-stream-comments-textarea, #activity-stream-work_notes-textarea, #activity-stream-textarea, ' +
    'textarea[id$=".comments"], textarea[id$=".work_notes"], [data-field-name="comments"], [data-field-name="work_notes"], ' +
    'sn-record-compose, now-record-compose, [data-compose-field]',
  draftKind,
  customer: { message: ENTRY },
});

export const servicenow: SiteAdapter = {
  ...base,
  customerMessage(editor) {
    // The activity stream lists the newest entry first.
    for (const doc of documentsOutward(editor)) {
      const caller = callerName(doc);
      const entry = queryDeep(doc, ENTRY).find((e) => isCustomerComment(e, caller));
      if (entry) return messageText(entry, { skip: ENTRY_CHROME }) || undefined;
    }
    return undefined;
  },
};
