/**
 * Sites: where Rapport stays quiet (the per-site off switch, also in the popup), and the extra sites
 * the agent enabled from the popup (their host access can be removed here).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { changeSettings, enabledSitePatterns, setSiteEnabled } from '../../lib/settings';
import { Locked } from './Locked';
import { attempt, settingsArea, type OptionsState } from './state';
import { t } from '../../lib/i18n';

function useEnabledSites(): [string[], () => void] {
  const [sites, setSites] = useState<string[]>([]);
  const load = () =>
    void browser.permissions
      .getAll()
      .then((p) => setSites(enabledSitePatterns(p.origins ?? [])))
      .catch(() => setSites([]));
  useEffect(() => {
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, []);
  return [sites, load];
}

export function SitesSection({ state }: { state: OptionsState }) {
  const [site, setSite] = useState('');
  const [message, setMessage] = useState('');
  const [enabledSites, reload] = useEnabledSites();
  const locked = state.effective.siteSwitchLocked;
  const off = state.settings.disabledSites;

  const toggle = (host: string, enabled: boolean) =>
    attempt(() => changeSettings(settingsArea(), (s) => setSiteEnabled(s, host, enabled))).then((e) => {
      setMessage(e ?? t(enabled ? 'sites_on' : 'sites_off', host));
      return e;
    });

  return (
    <section aria-labelledby="sites-title" data-section="sites">
      <h2 id="sites-title">{t('sites_title')}</h2>
      {locked ? (
        <p>
          <Locked /> {t('sites_locked')}
        </p>
      ) : (
        <p class="hint">{t('sites_intro')}</p>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void toggle(site, false).then((error) => {
            if (!error) setSite('');
          });
        }}
      >
        <label>
          {t('sites_switch_off_on')}{' '}
          <input
            type="text"
            name="site"
            data-action="site-input"
            placeholder={t('sites_placeholder')}
            value={site}
            disabled={locked}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={locked || !site.trim()}>
          {t('sites_switch_off')}
        </button>
      </form>
      {off.length > 0 && (
        <>
          <h3>{t('sites_switched_off')}</h3>
          <ul class="plain-list" data-list="disabled-sites">
            {off.map((host) => (
              <li key={host} data-site={host}>
                <span>{host}</span>{' '}
                <button type="button" disabled={locked} onClick={() => void toggle(host, true)}>
                  {t('sites_turn_on')}
                </button>
                {locked && <span class="hint">{t('sites_ignored_locked')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('sites_enabled_title')}</h3>
      {enabledSites.length === 0 ? (
        <p class="hint">{t('sites_enabled_none')}</p>
      ) : (
        <ul class="plain-list" data-list="enabled-sites">
          {enabledSites.map((pattern) => (
            <li key={pattern}>
              <code>{pattern.replace(/\/\*$/, '')}</code>{' '}
              <button
                type="button"
                onClick={() =>
                  void browser.permissions.remove({ origins: [pattern] }).then(
                    (removed) => {
                      setMessage(removed ? t('sites_access_removed', pattern.replace(/\/\*$/, '')) : t('sites_access_kept'));
                      reload();
                    },
                    (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
                  )
                }
              >
                {t('sites_remove_access')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
