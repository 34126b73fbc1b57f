/**
 * The toolbar popup: is Rapport on here, which desk it recognised, reply or internal note, the
 * current draft's counts; "Enable on this site" for other sites; the per-site off switch; links.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSiteEnabled, mergePolicy, type EffectiveSettings } from '../../lib/policy/merge';
import { setSiteEnabled } from '../../lib/settings/edit';
import { changeSettings, loadState, subscribeState, type ChangeEvents } from '../../lib/settings/store';
import { KIND_LABELS } from '../sidebar/labels';
import { LOCKED_TEXT } from '../options/Locked';
import { settingsArea } from '../options/state';
import { Shortcuts } from '../shared/Shortcuts';
import { enableSite, readActiveTab, startTeaching, type ActiveSite, type ActiveTab } from './site';
import { ProfileFacts } from './ProfileFacts';

function countsLine(counts: { total: number; warning: number; suggestion: number; info: number }): string {
  if (counts.total === 0) return 'No suggestions for this draft.';
  const parts = [
    counts.warning ? `${counts.warning} to change` : '',
    counts.suggestion ? `${counts.suggestion} ${counts.suggestion === 1 ? 'suggestion' : 'suggestions'}` : '',
    counts.info ? `${counts.info} for your information` : '',
  ].filter(Boolean);
  return `${counts.total} ${counts.total === 1 ? 'suggestion' : 'suggestions'} on this draft: ${parts.join(', ')}.`;
}

function SiteStatus({ site, effective, onChanged }: { site: ActiveSite; effective: EffectiveSettings; onChanged: () => void }) {
  const [message, setMessage] = useState('');
  const [working, setWorking] = useState(false);
  const on = isSiteEnabled(effective, site.host);
  const locked = effective.siteSwitchLocked;
  const status = site.status;

  if (site.access === 'none') {
    return (
      <div data-popup="unknown-site">
        <p>
          Rapport isn't enabled on <strong>{site.host}</strong>.
        </p>
        <button
          type="button"
          class="primary"
          data-action="enable-site"
          disabled={working}
          onClick={() => {
            setWorking(true);
            enableSite(site).then(
              (granted) => {
                setMessage(granted ? 'Enabled. Click into a reply box to start.' : 'Not enabled: the browser did not grant access.');
                setWorking(false);
                setTimeout(onChanged, 400);
              },
              (e: unknown) => {
                setMessage(`Could not enable: ${e instanceof Error ? e.message : String(e)}`);
                setWorking(false);
              },
            );
          }}
        >
          Enable on this site
        </button>
        <p class="hint">Rapport will ask the browser for access to {site.pattern.replace(/\/\*$/, '')} only. Nothing you write leaves this computer.</p>
        <p role="status" class="hint">
          {message}
        </p>
      </div>
    );
  }

  return (
    <div data-popup="site" data-site-enabled={on ? 'true' : 'false'}>
      <p class="state">
        <span class={on ? 'dot on' : 'dot off'} aria-hidden="true" /> Rapport is <strong>{on ? 'on' : 'off'}</strong> for {site.host}
      </p>
      {on && status && (
        <dl class="facts">
          <dt>Help desk</dt>
          <dd data-popup-desk={status.desk.id}>{status.desk.id === 'generic' ? 'Not a known desk: any reply box' : status.desk.name}</dd>
          <dt>Writing</dt>
          <dd data-popup-kind={status.kind ?? ''}>{status.attached && status.kind ? KIND_LABELS[status.kind] : 'Click into a reply box to start'}</dd>
          {status.attached && (
            <>
              <dt>This draft</dt>
              <dd data-popup-count={status.counts.total}>{countsLine(status.counts)}</dd>
            </>
          )}
        </dl>
      )}
      {on && status?.profile && <ProfileFacts profile={status.profile} />}
      {on && status && (
        <button
          type="button"
          data-action="teach"
          onClick={() => {
            startTeaching(site).then(
              () => window.close(),
              (e: unknown) => setMessage(`Could not start: ${e instanceof Error ? e.message : String(e)}`),
            );
          }}
        >
          Teach Rapport this desk
        </button>
      )}
      {on && !status && <p class="hint">Reload this page to start Rapport here.</p>}
      <label class="switch">
        <input
          type="checkbox"
          data-action="site-switch"
          checked={on}
          disabled={locked}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void changeSettings(settingsArea(), (s) => setSiteEnabled(s, site.host, enabled)).then(
              () => setMessage(enabled ? 'On for this site.' : 'Off for this site. Your open drafts here are no longer checked.'),
              (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)),
            );
          }}
        />{' '}
        Coach me on this site
      </label>
      {locked && <p class="locked">🔒 {LOCKED_TEXT}</p>}
      <p role="status" class="hint">
        {message}
      </p>
    </div>
  );
}

export function PopupApp() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [policyProblems, setPolicyProblems] = useState(0);
  const [error, setError] = useState('');
  const refresh = () => {
    readActiveTab().then(setTab, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    loadState(settingsArea()).then(
      (s) => {
        setEffective(mergePolicy(s.settings, s.packs, s.policy));
        setPolicyProblems(s.policy.problems.length);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  useEffect(() => {
    refresh();
    const stop = subscribeState(browser.storage.onChanged as unknown as ChangeEvents, () => setTimeout(refresh, 150));
    return stop;
  }, []);
  return (
    <main>
      <h1>Rapport</h1>
      {error && <p class="error">{error}</p>}
      {policyProblems > 0 && (
        <p class="error" role="alert" data-popup="policy-problems">
          Your organisation's policy has {policyProblems === 1 ? '1 value' : `${policyProblems} values`} Rapport could not apply (a team pack, for
          example); the rest of it applies. Settings lists why.
        </p>
      )}
      {tab?.kind === 'not-a-site' && <p class="hint">{tab.reason}</p>}
      {tab?.kind === 'site' && effective && <SiteStatus site={tab.site} effective={effective} onChanged={refresh} />}
      <section aria-labelledby="popup-shortcuts" class="popup-shortcuts">
        <h2 id="popup-shortcuts">Keyboard shortcuts</h2>
        <Shortcuts compact />
      </section>
      <nav class="links">
        <a href="/dashboard.html" target="_blank" data-link="dashboard">
          Dashboard
        </a>
        <a href="/practice.html" target="_blank" data-link="practice">
          Practice
        </a>
        <a
          href="/options.html"
          data-link="options"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Settings
        </a>
      </nav>
    </main>
  );
}
