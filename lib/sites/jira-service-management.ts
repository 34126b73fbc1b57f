/**
 * Jira Service Management: the Atlassian editor (ProseMirror) opens from "Add internal note" or
 * "Reply to customer"; while open, the comment box says which (and note mode is yellow). The
 * customer's words are the request description and the comments written by the reporter.
 */
import { defineDesk, nearest } from './define-desk';
import { closestAcross, labelOf, saysInternal } from './dom';

function reporterName(doc: Document): string | undefined {
  const reporter = doc.querySelector('[data-testid="issue.views.field.user.reporter"]');
  const name = reporter ? labelOf(reporter.querySelector('[data-testid$="name"], span') ?? reporter) : '';
  return name || undefined;
}

export const jiraServiceManagement = defineDesk({
  id: 'jira-service-management',
  name: 'Jira Service Management',
  hosts: ['atlassian.net', 'jira.com'],
  markers: '#ak-editor-textarea, [data-testid="issue.activity.comment"]',
  replyBox: '#ak-editor-textarea, [data-testid="issue.activity.comment"] .ProseMirror, [data-testid*="comment-editor"] .ProseMirror',
  draftKind(editor) {
    const box = nearest(editor, '[data-testid="issue.activity.comment"], [data-testid*="comment-editor"]');
    const container = box ?? closestAcross(editor, 'form') ?? editor;
    if (container.matches('[data-comment-visibility="internal"]')) return 'internal-note';
    if (container.matches('[data-comment-visibility="public"]')) return 'reply';
    const indicator = container.querySelector('[data-testid*="comment-visibility"], [data-testid*="internal-note-lozenge"]');
    if (indicator) return saysInternal(labelOf(indicator)) ? 'internal-note' : 'reply';
    const save = container.querySelector('button[type="submit"], [data-testid*="save-button"]');
    if (save && /internal|comment internally/i.test(labelOf(save))) return 'internal-note';
    return 'reply';
  },
  customer: {
    message:
      '[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document, ' +
      '[data-testid="issue-comment-base.ui.comment.ak-comment"]',
    where(message) {
      if (message.closest('[data-testid="issue.views.field.rich-text.description"]')) return true;
      if (message.querySelector('[data-testid*="internal-note-lozenge"]')) return false;
      const reporter = reporterName(message.ownerDocument);
      const author = message.querySelector('[data-testid*="comment-author"], [data-testid$="author"]');
      return !!reporter && !!author && labelOf(author) === reporter;
    },
    skip: '[data-testid*="comment-author"], [data-testid$="author"], [data-testid*="timestamp"], [data-testid*="internal-note-lozenge"], [data-testid*="comment-actions"], blockquote, button',
  },
});
