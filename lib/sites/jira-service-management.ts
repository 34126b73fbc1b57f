/**
 * Jira Service Management. Evidence (desk-dom-evidence.md; public userscripts that highlight the
 * note editor, exporters and translators of the issue view): the comment box
 * `[data-testid="issue.activity.comment"]` holds the Atlassian editor `#ak-editor-textarea`
 * (ProseMirror); its tabs are `#comment-editor-container-tabs-0` ("Add internal note",
 * `aria-selected="true"` when on) and `-tabs-1` ("Reply to customer"); the transition dialog has the
 * same tabs prefixed `issue-transition-` around its `#comment-container`. `#ak-editor-textarea`
 * alone is also the description editor, so only comment boxes count. Comments are
 * `comment-base-item-<id>` > `issue-comment-base.ui.comment.ak-comment.<id>` with `-header`
 * (author in `h3` or the profile card trigger) and `-body` (`.ak-renderer-document`); the ids grow
 * with time, so the highest is the latest whatever the sort order. The reporter is
 * `[data-testid="issue.views.field.user.reporter"]`; the description
 * `[data-testid="issue.views.field.rich-text.description"]`.
 */
import type { DraftKind } from '../engine/types';
import type { SiteAdapter } from './types';
import { documentsOutward, nearest } from './define-desk';
import { closestAcross, labelOf, messageText, saysInternal } from './dom';
import { onDeskHost } from './hosts';

const HOSTS = ['*.atlassian.net', '*.jira.com'];
const COMMENT_BOX =
  '[data-testid="issue.activity.comment"], section[data-testid="issue-transition.ui.issue-transition-modal"] #comment-container';
const EDITOR = '#ak-editor-textarea, .ProseMirror';
const COMMENT_PREFIX = 'issue-comment-base.ui.comment.ak-comment.';

function draftKind(editor: HTMLElement): DraftKind {
  const noteTab = nearest(editor, '[id$="comment-editor-container-tabs-0"]');
  const replyTab = nearest(editor, '[id$="comment-editor-container-tabs-1"]');
  const box = closestAcross(editor, COMMENT_BOX);
  const selected = [noteTab, replyTab, ...Array.from(box?.querySelectorAll('[role="tab"]') ?? [])].find(
    (tab) => tab?.getAttribute('aria-selected') === 'true',
  );
  if (!selected) return 'reply';
  // The tab's words decide; where they are not English, its place (tabs-0 is the internal note).
  const label = labelOf(selected);
  if (saysInternal(label)) return 'internal-note';
  if (/\b(reply|customer)\b/i.test(label)) return 'reply';
  return selected === noteTab ? 'internal-note' : 'reply';
}

function reporterName(doc: Document): string | undefined {
  const reporter = doc.querySelector('[data-testid="issue.views.field.user.reporter"]');
  const name = reporter?.querySelector('[data-testid="issue.views.field.user.reporter.name.wrapper"]') ?? reporter;
  return (name && labelOf(name)) || undefined;
}

interface Comment {
  id: number;
  body: Element;
}

/** The comments written by the reporter, with their ids. */
function reporterComments(doc: Document, reporter: string): Comment[] {
  const comments: Comment[] = [];
  for (const body of Array.from(doc.querySelectorAll(`[data-testid^="${COMMENT_PREFIX}"][data-testid$="-body"]`))) {
    const testId = body.getAttribute('data-testid')!;
    const id = Number(testId.slice(COMMENT_PREFIX.length, -'-body'.length));
    if (!Number.isFinite(id)) continue;
    const header = doc.querySelector(`[data-testid="${COMMENT_PREFIX}${id}-header"]`);
    const author = header?.querySelector('h3, [data-testid="profilecard-next.ui.profilecard.profilecard-trigger"]');
    if (author && labelOf(author) === reporter) comments.push({ id, body });
  }
  return comments;
}

function customerMessage(editor: HTMLElement): string | undefined {
  for (const doc of documentsOutward(editor)) {
    const reporter = reporterName(doc);
    const latest = reporter ? reporterComments(doc, reporter).sort((a, b) => b.id - a.id)[0] : undefined;
    // No comment of theirs yet: the request's description is their words.
    const body = latest?.body ?? doc.querySelector('[data-testid="issue.views.field.rich-text.description"]');
    const words = body?.querySelector('.ak-renderer-document') ?? body;
    const text = words ? messageText(words, { skip: 'blockquote, button' }) : '';
    if (text) return text;
  }
  return undefined;
}

export const jiraServiceManagement: SiteAdapter = {
  id: 'jira-service-management',
  name: 'Jira Service Management',
  hosts: HOSTS,
  matches(url, doc) {
    return onDeskHost(url, HOSTS) || !!doc.querySelector('[data-testid="issue.activity.comment"] #ak-editor-textarea');
  },
  isReplyBox(editor) {
    return !!closestAcross(editor, COMMENT_BOX) && editor.matches(EDITOR);
  },
  draftKind,
  customerMessage,
};
