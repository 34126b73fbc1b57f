/**
 * Reply or internal note, read from conventions many desks share, for the generic adapter (and
 * any desk adapter that wants a fallback). What the composer will submit is the strongest sign, so
 * form fields come first: a hidden `is_note`/`private`/`internal` input, a checked "Private" or
 * "Work notes" checkbox, a `note_type`-like select. Then the composer's own active tab or pressed
 * toggle, then wrapper classes such as `conv-note-block` or `composer--internal`.
 */
import type { DraftKind } from '../engine/types';
import { ancestorsAcross, closestAcross, frameElementOf, isActive, labelOf, saysInternal } from './dom';

/** How far up from the editor the composer (its tabs, its fields, its wrapper) is looked for. */
export const COMPOSER_DEPTH = 8;

/**
 * The editor and the ancestors its composer may span, nearest first: at most COMPOSER_DEPTH, out
 * of editing frames and shadow roots, but never the page's own body (that is the whole page).
 */
function* composerAncestors(editor: Element): Generator<Element> {
  let depth = 0;
  for (const el of ancestorsAcross(editor)) {
    if (++depth > COMPOSER_DEPTH) return;
    const outermost = !frameElementOf(el.ownerDocument);
    if (outermost && (el.tagName === 'BODY' || el.tagName === 'HTML') && el !== editor) return;
    yield el;
  }
}

const REPLY_WORDS = /\b(reply|respond|public|customer|email|additional comments?|customer visible)\b/i;
/** "Comment" names the internal channel on many desks, but ServiceNow's "Additional comments" and
 * Zendesk's "Public comment" go to the customer. */
const COMMENT_WORD = /\b(comment|comments|comment internally)\b/i;
const PUBLIC_COMMENT = /\b(additional comments?|public comments?|customer visible|reply to customer|share with customer)\b/i;

/** Does a control's label name the internal channel? */
export function labelSaysNote(label: string): boolean {
  if (PUBLIC_COMMENT.test(label)) return false;
  return saysInternal(label) || COMMENT_WORD.test(label);
}

function labelSaysReply(label: string): boolean {
  return REPLY_WORDS.test(label);
}

/** A field's name or id squeezed to lower-case letters: `is_note` → `isnote`, `isPrivate` → `isprivate`. */
function squeezed(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Flags that are on for a note: `is_note`, `private`, `internal`, `is_private`, `work_notes`, … */
const NOTE_FLAG = /^(is)?(note|private|internal|internalnote|privatenote|worknotes?|worknotesjournalcheckbox|notemode)$/;
/** Flags that are on for a customer-facing message: `public`, `isPublic`, `customer_visible`. */
const PUBLIC_FLAG = /^(is)?(public|customervisible|publiccomment|commentsjournalcheckbox)$/;
/** Fields whose value names the channel: `note_type`, `UpdateType`, `comment_visibility`, `reply_mode`. */
const CHANNEL_FIELD = /^(note|comment|message|reply|update|thread|post|composer)(type|kind|mode|visibility)$|^visibility$/;
const TRUE_VALUE = /^(1|true|yes|on)$/i;
const FALSE_VALUE = /^(|0|false|no|off)$/i;
const NOTE_VALUE = /\b(internal|private|note|comment|work_?notes?)\b/i;
const PUBLIC_VALUE = /\b(public|reply|response|respond|email|customer|comments)\b/i;

function fieldNames(field: Element): string[] {
  return [field.getAttribute('name') ?? '', field.id].filter(Boolean).map(squeezed);
}

function labelOfField(field: Element): string {
  const id = field.id;
  const byFor = id ? field.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  const label = byFor ?? field.closest('label');
  return label ? labelOf(label) : (field.getAttribute('aria-label') ?? '');
}

/** What one form field says about the mode, or undefined when it says nothing. */
function modeOfField(field: Element): DraftKind | undefined {
  const names = fieldNames(field);
  const tag = field.tagName;
  const type = (field.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'SELECT') {
    if (!names.some((n) => CHANNEL_FIELD.test(n))) return undefined;
    const select = field as HTMLSelectElement;
    const chosen = `${select.value} ${select.selectedOptions?.[0]?.textContent ?? ''}`;
    if (NOTE_VALUE.test(chosen) && !PUBLIC_COMMENT.test(chosen)) return 'internal-note';
    if (PUBLIC_VALUE.test(chosen)) return 'reply';
    return undefined;
  }
  if (type === 'checkbox' || field.getAttribute('role') === 'switch') {
    const on = (field as HTMLInputElement).checked === true || field.getAttribute('aria-checked') === 'true';
    if (names.some((n) => NOTE_FLAG.test(n))) return on ? 'internal-note' : 'reply';
    if (names.some((n) => PUBLIC_FLAG.test(n))) return on ? 'reply' : 'internal-note';
    const label = labelOfField(field);
    if (label && label.length <= 60 && labelSaysNote(label)) return on ? 'internal-note' : 'reply';
    return undefined;
  }
  if (type === 'hidden') {
    const value = ((field as HTMLInputElement).value ?? field.getAttribute('value') ?? '').trim();
    if (names.some((n) => NOTE_FLAG.test(n))) {
      if (TRUE_VALUE.test(value)) return 'internal-note';
      if (FALSE_VALUE.test(value)) return 'reply';
      return undefined;
    }
    if (names.some((n) => PUBLIC_FLAG.test(n))) {
      if (TRUE_VALUE.test(value)) return 'reply';
      if (FALSE_VALUE.test(value) && value !== '') return 'internal-note';
      return undefined;
    }
    if (names.some((n) => CHANNEL_FIELD.test(n))) {
      if (NOTE_VALUE.test(value) && !PUBLIC_COMMENT.test(value)) return 'internal-note';
      if (PUBLIC_VALUE.test(value)) return 'reply';
    }
  }
  return undefined;
}

const FIELDS = 'input[type="hidden"], input[type="checkbox"], [role="switch"], select';

/** The scopes around the editor, nearest first: a few ancestors, then its form if further out. */
function composerScopes(editor: Element): Element[] {
  const scopes: Element[] = [];
  for (const el of composerAncestors(editor)) if (el !== editor) scopes.push(el);
  const form = closestAcross(editor, 'form');
  if (form && !scopes.includes(form)) scopes.push(form);
  return scopes;
}

/** The mode the composer's form fields will submit, nearest field first. */
export function modeFromFields(editor: Element): DraftKind | undefined {
  const seen = new Set<Element>();
  for (const scope of composerScopes(editor)) {
    for (const field of Array.from(scope.querySelectorAll(FIELDS))) {
      if (seen.has(field)) continue;
      seen.add(field);
      const mode = modeOfField(field);
      if (mode) return mode;
    }
  }
  return undefined;
}

const CONTROLS =
  '[role="tab"], [role="radio"], [role="option"], [role="menuitemradio"], [aria-pressed], [aria-selected], [aria-checked], input[type="radio"], button, a, li, label';

function labelOfControl(control: Element): string {
  if (control.tagName === 'INPUT') {
    const label = labelOfField(control);
    return label || (control.getAttribute('value') ?? '');
  }
  return labelOf(control);
}

/** The mode the composer's own active tab or pressed toggle shows, searching outwards from the editor. */
export function modeFromNearestControls(editor: Element): DraftKind | undefined {
  for (const scope of composerAncestors(editor)) {
    for (const control of Array.from(scope.querySelectorAll(CONTROLS))) {
      if (control === editor || control.contains(editor) || !isActive(control)) continue;
      // Checkboxes and switches were read as fields; here only tabs, toggles and radios.
      if (control.getAttribute('type') === 'checkbox') continue;
      const label = labelOfControl(control);
      if (!label || label.length > 60) continue;
      if (labelSaysNote(label)) return 'internal-note';
      if (labelSaysReply(label)) return 'reply';
    }
  }
  return undefined;
}

/**
 * Class and id tokens that say a wrapper holds an internal-note composer: `internal`, `private`,
 * `work-notes`, `is-note`, `composer--note`, `isNote`, and `…-note-block`-like wrappers
 * (`conv-note-block`, `reply-note-form`). Editor libraries' own `note-editor`, `note-editable`,
 * `note-frame` (Summernote) say nothing about the audience and must not match.
 */
const INTERNAL_TOKEN =
  /(^|[-_])(internal|private|work-?notes?)([-_]|$)|(^|[-_])(is|mode|kind|composer|type)[-_]+notes?([-_]|$)|^notes?$|[-_]notes?$|Note$|[-_]notes?[-_]+(block|box|form|composer|mode|panel|pane|wrapper|container)$/i;

function wrapperSaysInternal(element: Element): boolean {
  const tokens = [...(element.getAttribute('class') ?? '').split(/\s+/), element.id].filter(Boolean);
  return tokens.some((token) => INTERNAL_TOKEN.test(token));
}

/** A wrapper around the editor whose classes say internal note. */
export function modeFromWrappers(editor: Element): DraftKind | undefined {
  for (const el of composerAncestors(editor)) {
    if (wrapperSaysInternal(el)) return 'internal-note';
  }
  return undefined;
}
