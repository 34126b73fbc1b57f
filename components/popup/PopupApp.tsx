/**
 * The toolbar popup: is Rapport on here, which desk it recognised, reply or internal note, the
 * current draft's counts; "Enable on this site" for other sites; the per-site off switch; the open
 * promises (follow-through); links.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSiteEnabled, mergePolicy, type EffectiveSettings } from '../../lib/policy/merge';
import { setSiteEnabled } from '../../lib/settings/edit';
import { changeSettings, loadState, subscribeState, type ChangeEvents } from '../../lib/settings/store';
import { KIND_LABELS } from '../sidebar/labels';
import { settingsArea } from '../options/state';
import { Shortcuts } from '../shared/Shortcuts';
import { enableSite, readActiveTab, startTeaching, type ActiveSite, type ActiveTab } from './site';
import { ProfileFacts } from './ProfileFacts';
import { Promises } from './Promises';
import { t } from '../../lib/i18n';
import { Filled } from '../shared/Filled';


function countsLine(counts: { total: number; warning: number; suggestion: number; info: number }): string {
  if (counts.total === 0) return t('popup_no_suggestions');
  const suggestions = (n: number): string => (n === 1 ? t('popup_suggestions_one') : t('popup_suggestions_many', n));
  const parts = [
    counts.warning ? t('popup_to_change', counts.warning) : '',
    counts.suggestion ? suggestions(counts.suggestion) : '',
    counts.info ? t('popup_for_information', counts.info) : '',
  ].filter(Boolean);
  return t('popup_counts', suggestions(counts.total), parts.join(', '));
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
          <Filled message="popup_not_enabled">
            <strong>{site.host}</strong>
          </Filled>
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
                setMessage(t(granted ? 'popup_enabled' : 'popup_not_granted'));
                setWorking(false);
                setTimeout(onChanged, 400);
              },
              (e: unknown) => {
                setMessage(t('popup_enable_failed', e instanceof Error ? e.message : String(e)));
                setWorking(false);
              },
            );
          }}
        >
          {t('popup_enable_site')}
        </button>
        <p class="hint">{t('popup_access_hint', site.pattern.replace(/\/\*$/, ''))}</p>
        <p role="status" class="hint">
          {message}
        </p>
      </div>
    );
  }

  return (
    <div data-popup="site" data-site-enabled={on ? 'true' : 'false'}>
      <p class="state">
        <span class={on ? 'dot on' : 'dot off'} aria-hidden="true" /> {t(on ? 'popup_state_on' : 'popup_state_off', site.host)}
      </p>
      {on && status && (
        <dl class="facts">
          <dt>{t('popup_help_desk')}</dt>
          <dd data-popup-desk={status.desk.id}>{status.desk.id === 'generic' ? t('popup_generic_desk') : status.desk.name}</dd>
          <dt>{t('popup_writing')}</dt>
          <dd data-popup-kind={status.kind ?? ''}>{status.attached && status.kind ? KIND_LABELS[status.kind] : t('popup_start')}</dd>
          {status.attached && (
            <>
              <dt>{t('popup_this_draft')}</dt>
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
              (e: unknown) => setMessage(t('popup_teach_failed', e instanceof Error ? e.message : String(e))),
            );
          }}
        >
          {t('popup_teach')}
        </button>
      )}
      {on && !status && <p class="hint">{t('popup_reload')}</p>}
      <label class="switch">
        <input
          type="checkbox"
          data-action="site-switch"
          checked={on}
          disabled={locked}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void changeSettings(settingsArea(), (s) => setSiteEnabled(s, site.host, enabled)).then(
              () => setMessage(t(enabled ? 'popup_on_for_site' : 'popup_off_for_site')),
              (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)),
            );
          }}
        />{' '}
        {t('popup_coach_here')}
      </label>
      {locked && <p class="locked">🔒 {t('locked')}</p>}
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
          {policyProblems === 1 ? t('popup_policy_one') : t('popup_policy_many', policyProblems)}
        </p>
      )}
      {tab?.kind === 'not-a-site' && <p class="hint">{tab.reason}</p>}
      {tab?.kind === 'site' && effective && <SiteStatus site={tab.site} effective={effective} onChanged={refresh} />}
      <Promises />
      <section aria-labelledby="popup-shortcuts" class="popup-shortcuts">
        <h2 id="popup-shortcuts">{t('popup_shortcuts')}</h2>
        <Shortcuts compact />
      </section>
      <nav class="links">
        <a href="/dashboard.html" target="_blank" data-link="dashboard">
          {t('popup_dashboard')}
        </a>
        <a href="/practice.html" target="_blank" data-link="practice">
          {t('popup_practice')}
        </a>
        <a
          href="/options.html"
          data-link="options"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup_settings')}
        </a>
      </nav>
    </main>
  );
}
