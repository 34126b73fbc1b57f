/**
 * ProseMirror (Jira/Atlassian editor, Intercom, HubSpot, Front, Help Scout, Chatwoot…): the view
 * reads DOM changes made by `execCommand('insertText')` back into its document as one transaction,
 * which prosemirror-history records as its own undo step.
 */
import { defineRichEditor, hasClass } from './rich-editor';

export const proseMirrorStrategy = defineRichEditor({
  kind: 'prosemirror',
  detect: (element) => hasClass(element, 'ProseMirror') && element.isContentEditable,
  methods: ['execCommand'],
  // prosemirror-history groups adjacent edits within 500 ms (newGroupDelay) into one undo step.
  quietAfterTypingMs: 600,
});
