/**
 * Sites: where Rapport stays quiet (the per-site off switch, also in the popup), and the extra sites
 * the agent enabled from the popup (their host access can be removed here).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { changeSettings, enabledSitePatterns, setSiteEnabled } from '../../lib/settings';
import { Locked } from './Locked';
import { attempt, settingsArea, type OptionsState } from './state';

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
      setMessage(e ?? `Rapport is ${enabled ? 'on' : 'off'} on ${host}.`);
      return e;
    });

  return (
    <section aria-labelledby="sites-title" data-section="sites">
      <h2 id="sites-title">Sites</h2>
      {locked ? (
        <p>
          <Locked /> — Rapport stays on wherever it runs; the per-site off switch is turned off.
        </p>
      ) : (
        <p class="hint">Rapport runs on the help desks it knows and on sites you enable from its toolbar button. Switch it off where you don't want it.</p>
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
          Switch off on{' '}
          <input
            type="text"
            name="site"
            data-action="site-input"
            placeholder="desk.example.com"
            value={site}
            disabled={locked}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={locked || !site.trim()}>
          Switch off
        </button>
      </form>
      {off.length > 0 && (
        <>
          <h3>Switched off</h3>
          <ul class="plain-list" data-list="disabled-sites">
            {off.map((host) => (
              <li key={host} data-site={host}>
                <span>{host}</span>{' '}
                <button type="button" disabled={locked} onClick={() => void toggle(host, true)}>
                  Turn back on
                </button>
                {locked && <span class="hint"> (ignored while your organisation keeps Rapport on)</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Sites you enabled</h3>
      {enabledSites.length === 0 ? (
        <p class="hint">None yet. On a self-hosted help desk, open Rapport's toolbar button and choose "Enable on this site".</p>
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
                      setMessage(removed ? `Rapport no longer has access to ${pattern.replace(/\/\*$/, '')}.` : 'The browser kept that access.');
                      reload();
                    },
                    (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
                  )
                }
              >
                Remove access
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
