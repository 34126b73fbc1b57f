/**
 * The reply composer with the desk's live sidebar beside it. Ctrl+Enter (⌘+Enter) submits.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { mountSidebar } from '../sidebar/mount';
import { createComposerSidebar } from './sidebar-model';
import type { PracticeStore } from './store';
import { t, tCount } from '../../lib/i18n';

export function Composer({ store }: { store: PracticeStore }) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const sidebarSlot = useRef<HTMLDivElement>(null);
  const model = useMemo(
    () =>
      createComposerSidebar({
        text: store.reply,
        findings: store.liveFindings,
        editor: () => textarea.current,
        onEdited: (text) => (store.reply.value = text),
      }),
    [store],
  );

  useEffect(() => {
    if (!sidebarSlot.current) return undefined;
    const mounted = mountSidebar(model, { placement: 'inline', container: sidebarSlot.current });
    return () => mounted.unmount();
  }, [model]);

  // A new scenario starts with a clean slate of ignored cards.
  const scenarioId = store.selectedId.value;
  useEffect(() => model.reset(), [model, scenarioId]);

  const submitted = store.submission.value !== null;
  const empty = !store.reply.value.trim();
  return (
    <section class="composer" aria-label={t('composer_label')}>
      <div class="compose-column">
        <label for="practice-reply" class="compose-label">
          {t('composer_reply_label')}
        </label>
        <textarea
          id="practice-reply"
          ref={textarea}
          data-practice="reply"
          rows={12}
          value={store.reply.value}
          readOnly={submitted}
          aria-describedby="compose-hint"
          placeholder={t('composer_placeholder')}
          onInput={(e) => (store.reply.value = e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void store.submit();
            }
          }}
        />
        <p id="compose-hint" class="muted">
          {t(submitted ? 'composer_scored' : 'composer_hint')}
        </p>
        <div class="compose-actions">
          {!submitted ? (
            <button type="button" class="primary" data-practice-action="submit" disabled={empty || store.busy.value} onClick={() => void store.submit()}>
              {t('composer_submit')}
            </button>
          ) : (
            <button
              type="button"
              class="primary"
              data-practice-action="retry"
              onClick={() => {
                store.retry();
                textarea.current?.focus();
              }}
            >
              {t('composer_retry')}
            </button>
          )}
          <span class="word-count muted">{tCount((store.reply.value.match(/\S+/g) ?? []).length, 'composer_words_one', 'composer_words_other')}</span>
        </div>
      </div>
      <div class="sidebar-slot" ref={sidebarSlot} />
    </section>
  );
}
