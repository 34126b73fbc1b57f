/**
 * The popup's lines about this site's profile ("Teach Rapport this desk"): whose it is, whether it
 * works on this page, and what it reads. A broken one says which selector matches nothing, and
 * that it is ignored (the desk's own adapter, or the generic one, applies instead).
 */
import type { ProfileStatus } from '../../lib/messages';
import { t } from '../../lib/i18n';

function sourceText(profile: ProfileStatus): string {
  if (profile.source === 'own') return t('popup_profile_own');
  const policy = profile.source === 'policy';
  if (!profile.from) return t(policy ? 'popup_profile_policy_unnamed' : 'popup_profile_pack_unnamed');
  return t(policy ? 'popup_profile_policy' : 'popup_profile_pack', profile.from);
}

export function ProfileFacts({ profile }: { profile: ProfileStatus }) {
  const source = sourceText(profile);
  if (profile.problems.length > 0) {
    return (
      <div class="error" role="alert" data-popup-profile="broken">
        <p>
          {t('popup_profile_broken', source)}
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
      <dt>{t('popup_profile')}</dt>
      <dd>{t('popup_profile_name', profile.name, source)}</dd>
      {profile.inUse && (
        <>
          <dt>{t('popup_customer_said')}</dt>
          <dd data-popup-customer>{profile.customerExcerpt ? t('quoted', profile.customerExcerpt) : t('popup_no_customer')}</dd>
        </>
      )}
    </dl>
  );
}
