/**
 * Site profiles ("Teach Rapport this desk", taught from the popup): the agent's own, with export,
 * import and remove (with undo); the ones that come with team packs or the organisation's forced packs are
 * listed read-only. An import is checked whole (lib/profiles/schema.ts): one bad entry refuses the
 * file with where and why, and nothing changes.
 */
import { useState } from 'preact/hooks';
import type { SiteProfile } from '../../lib/profiles/profile';
import { parseProfilesFile, profilesFileText } from '../../lib/profiles/schema';
import { collectProfiles } from '../../lib/settings/live';
import { changeProfiles } from '../../lib/settings/store';
import { downloadText, takeFiles } from '../shared/files';
import { attempt, settingsArea, type OptionsState } from './state';
import { UndoStatus } from './UndoStatus';
import { t, tCount } from '../../lib/i18n';
import { Filled } from '../shared/Filled';

/** Larger than any real profiles file (200 profiles of a few selectors each). */
const MAX_FILE_BYTES = 512 * 1024;

function Selectors({ profile }: { profile: SiteProfile }) {
  return (
    <dl class="profile-selectors">
      <dt>{t('profiles_reply_box')}</dt>
      <dd><code>{profile.replyBox}</code></dd>
      {profile.noteSwitch && (
        <>
          <dt>{t('profiles_note_switch')}</dt>
          <dd><code>{profile.noteSwitch}</code></dd>
        </>
      )}
      {profile.customerMessage && (
        <>
          <dt>{t('profiles_customer')}</dt>
          <dd><code>{profile.customerMessage}</code></dd>
        </>
      )}
    </dl>
  );
}

export function SiteProfilesSection({ state }: { state: OptionsState }) {
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<string[] | null>(null);
  // The last profile removed and where it was, while Undo can put it back.
  const [undo, setUndo] = useState<{ profile: SiteProfile; index: number } | null>(null);
  const exportAllowed = state.effective.exportAllowed;
  const shared = collectProfiles(state.effective, []);

  const importFile = async (file: File): Promise<void> => {
    setProblems(null);
    if (file.size > MAX_FILE_BYTES) {
      setProblems([t('profiles_too_large', file.name)]);
      return;
    }
    const parsed = parseProfilesFile(await file.text());
    if (!parsed.ok) {
      setProblems(parsed.problems.map((p) => t('profiles_problem', file.name, p)));
      return;
    }
    const incoming = new Map(parsed.profiles.map((p) => [p.origin, p]));
    const error = await attempt(() => changeProfiles(settingsArea(), (list) => [...list.filter((p) => !incoming.has(p.origin)), ...incoming.values()]));
    setMessage(error ?? tCount(parsed.profiles.length, 'profiles_imported_one', 'profiles_imported_other'));
    setUndo(null);
  };

  const remove = (profile: SiteProfile) => {
    const index = state.profiles.findIndex((p) => p.origin === profile.origin);
    void attempt(() => changeProfiles(settingsArea(), (list) => list.filter((p) => p.origin !== profile.origin))).then((e) => {
      setMessage(e ?? t('profiles_removed', profile.origin));
      setUndo(e ? null : { profile, index });
    });
  };

  const restore = () => {
    if (!undo) return;
    const { profile, index } = undo;
    // Back where it was, unless a profile for the same desk was taught or imported meanwhile.
    void attempt(() =>
      changeProfiles(settingsArea(), (list) => (list.some((p) => p.origin === profile.origin) ? list : [...list.slice(0, index), profile, ...list.slice(index)])),
    ).then((e) => {
      setMessage(e ?? t('profiles_restored', profile.origin));
      setUndo(null);
    });
  };

  return (
    <section aria-labelledby="profiles-title" data-section="site-profiles">
      <h2 id="profiles-title">{t('profiles_title')}</h2>
      <p class="hint">
        <Filled message="profiles_intro">
          <strong>{t('popup_teach')}</strong>
        </Filled>
      </p>
      {state.profiles.length === 0 ? (
        <p>{t('profiles_none')}</p>
      ) : (
        <ul class="profiles">
          {state.profiles.map((profile) => (
            <li key={profile.origin} data-profile={profile.origin}>
              <strong>{profile.origin}</strong>
              <Selectors profile={profile} />
              <button
                type="button"
                data-action="remove-profile"
                onClick={() => remove(profile)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <button
          type="button"
          data-action="export-profiles"
          disabled={!exportAllowed || state.profiles.length === 0}
          title={exportAllowed ? undefined : t('export_disabled')}
          onClick={() => downloadText('rapport-site-profiles.json', profilesFileText(state.profiles))}
        >
          {t('profiles_export')}
        </button>
        <label>
          {t('profiles_import')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-action="import-profiles"
            onChange={(e) => {
              const [file] = takeFiles(e.currentTarget);
              if (file) void importFile(file);
            }}
          />
        </label>
      </p>
      {problems && (
        <ul class="problems" role="alert" data-profile-problems="true">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {shared.length > 0 && (
        <>
          <h3>{t('profiles_from_packs')}</h3>
          <ul class="profiles">
            {shared.map(({ profile, source, from }) => (
              <li key={`${from}-${profile.origin}`} data-shared-profile={profile.origin}>
                <strong>{profile.origin}</strong> — {t(source === 'policy' ? 'profiles_from_policy' : 'profiles_from_pack', from ?? '')}
                <Selectors profile={profile} />
              </li>
            ))}
          </ul>
        </>
      )}
      <UndoStatus message={message} undoAction="undo-profile-remove" onUndo={undo && restore} />
    </section>
  );
}
