/**
 * Site profiles ("Teach Rapport this desk", taught from the popup): the agent's own, with export,
 * import and remove; the ones that come with team packs or the organisation's forced packs are
 * listed read-only. An import is checked whole (lib/profiles/schema.ts): one bad entry refuses the
 * file with where and why, and nothing changes.
 */
import { useState } from 'preact/hooks';
import { EXPORT_DISABLED_MESSAGE } from '../../lib/policy/read';
import type { SiteProfile } from '../../lib/profiles/profile';
import { parseProfilesFile, profilesFileText } from '../../lib/profiles/schema';
import { collectProfiles } from '../../lib/settings/live';
import { changeProfiles } from '../../lib/settings/store';
import { downloadText, takeFiles } from '../shared/files';
import { attempt, settingsArea, type OptionsState } from './state';

/** Larger than any real profiles file (200 profiles of a few selectors each). */
const MAX_FILE_BYTES = 512 * 1024;

function Selectors({ profile }: { profile: SiteProfile }) {
  return (
    <dl class="profile-selectors">
      <dt>Reply box</dt>
      <dd><code>{profile.replyBox}</code></dd>
      {profile.noteSwitch && (
        <>
          <dt>Note switch</dt>
          <dd><code>{profile.noteSwitch}</code></dd>
        </>
      )}
      {profile.customerMessage && (
        <>
          <dt>Customer messages</dt>
          <dd><code>{profile.customerMessage}</code></dd>
        </>
      )}
    </dl>
  );
}

export function SiteProfilesSection({ state }: { state: OptionsState }) {
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<string[] | null>(null);
  const exportAllowed = state.effective.exportAllowed;
  const shared = collectProfiles(state.effective, []);

  const importFile = async (file: File): Promise<void> => {
    setProblems(null);
    if (file.size > MAX_FILE_BYTES) {
      setProblems([`${file.name} is too large to be a profiles file`]);
      return;
    }
    const parsed = parseProfilesFile(await file.text());
    if (!parsed.ok) {
      setProblems(parsed.problems.map((p) => `${file.name}: ${p}`));
      return;
    }
    const incoming = new Map(parsed.profiles.map((p) => [p.origin, p]));
    const error = await attempt(() => changeProfiles(settingsArea(), (list) => [...list.filter((p) => !incoming.has(p.origin)), ...incoming.values()]));
    setMessage(error ?? `Imported ${parsed.profiles.length} site profile${parsed.profiles.length === 1 ? '' : 's'}.`);
  };

  return (
    <section aria-labelledby="profiles-title" data-section="site-profiles">
      <h2 id="profiles-title">Site profiles</h2>
      <p class="hint">
        Desks you taught Rapport with <strong>Teach Rapport this desk</strong> in its toolbar popup: where the reply box, the note switch and the
        customer's messages are. Export them to share with your team, or put them in a team pack.
      </p>
      {state.profiles.length === 0 ? (
        <p>You haven't taught Rapport any desk yet.</p>
      ) : (
        <ul class="profiles">
          {state.profiles.map((profile) => (
            <li key={profile.origin} data-profile={profile.origin}>
              <strong>{profile.origin}</strong>
              <Selectors profile={profile} />
              <button
                type="button"
                data-action="remove-profile"
                onClick={() =>
                  void attempt(() => changeProfiles(settingsArea(), (list) => list.filter((p) => p.origin !== profile.origin))).then((e) =>
                    setMessage(e ?? `Removed the profile for ${profile.origin}.`),
                  )
                }
              >
                Remove
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
          title={exportAllowed ? undefined : EXPORT_DISABLED_MESSAGE}
          onClick={() => downloadText('rapport-site-profiles.json', profilesFileText(state.profiles))}
        >
          Export site profiles
        </button>
        <label>
          Import site profiles{' '}
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
          <h3>From team packs</h3>
          <ul class="profiles">
            {shared.map(({ profile, source, from }) => (
              <li key={`${from}-${profile.origin}`} data-shared-profile={profile.origin}>
                <strong>{profile.origin}</strong> — {source === 'policy' ? 'set by your organisation' : 'team pack'} “{from}”
                <Selectors profile={profile} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
