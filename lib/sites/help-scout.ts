/**
 * Help Scout: the conversation editor switches between Reply and Note (note mode is yellow and
 * the editor wrapper says so); threads are typed customer / message (agent) / note.
 */
import { defineDesk, nearest } from './define-desk';
import { modeFromControls } from './dom';

export const helpScout = defineDesk({
  id: 'help-scout',
  name: 'Help Scout',
  hosts: ['secure.helpscout.net', 'helpscout.net'],
  replyBox: '[data-cy="ConversationEditor"], .c-ConversationEditor, #editor-container',
  draftKind(editor) {
    const wrapper = nearest(editor, '[data-cy="ConversationEditor"], .c-ConversationEditor');
    const mode = wrapper?.getAttribute('data-editor-mode');
    if (mode === 'note') return 'internal-note';
    if (mode === 'reply' || mode === 'forward') return 'reply';
    if (wrapper?.matches('.is-note')) return 'internal-note';
    return (wrapper && modeFromControls(wrapper, '[role="tab"], button')) ?? 'reply';
  },
  customer: { message: '[data-cy="ThreadItem"][data-thread-type="customer"] [data-cy="ThreadBody"], .thread-item.is-customer .thread-body' },
});
