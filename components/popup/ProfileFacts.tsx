/**
 * The popup's lines about this site's profile ("Teach Rapport this desk"): whose it is, whether it
 * works on this page, and what it reads. A broken one says which selector matches nothing, and
 * that it is ignored (the desk's own adapter, or the generic one, applies instead).
 */
import type { ProfileStatus } from '../../lib/messages';

const SOURCE: Record<ProfileStatus['source'], string> = {
  own: 'taught by you',
  pack: 'from the team pack',
  policy: 'set by your organisation',
};

export function ProfileFacts({ profile }: { profile: ProfileStatus }) {
  const source = `${SOURCE[profile.source]}${profile.from ? ` “${profile.from}”` : ''}`;
  if (profile.problems.length > 0) {
    return (
      <div class="error" role="alert" data-popup-profile="broken">
        <p>
          This site's profile ({source}) doesn't fit this page, so it is ignored:
        </p>
        <ul>
          {profile.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <dl class="facts" data-popup-profile={profile.inUse ? 'in-use' : 'ready'}>
      <dt>Site profile</dt>
      <dd>{`${profile.name}, ${source}`}</dd>
      {profile.inUse && (
        <>
          <dt>Customer said</dt>
          <dd data-popup-customer>{profile.customerExcerpt ? `“${profile.customerExcerpt}”` : 'No customer message found'}</dd>
        </>
      )}
    </dl>
  );
}
