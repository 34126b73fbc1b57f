/**
 * Prefs that keep Firefox's own background services from acting up in a headless test run.
 *
 * Firefox ESR starts Nimbus (experiments) through Normandy on every start, and Nimbus asks Remote
 * Settings for its recipes whatever the study and rollout prefs say (Firefox Labs keeps it enabled
 * unless an enterprise policy turns Labs off). The test profile's Remote Settings server is an
 * unreachable host, so that request used to hang for 30 s and then log
 * `console.error: RSLoader: … Could not sync nimbus-desktop-experiments` on stdout — where the
 * extension error log (./error-log.ts) reads console errors, failing whichever extension-page test
 * was open at that moment. Hence, in this order:
 *  - Remote Settings points at a `data:` URL (as Firefox's own test harness does), so every sync
 *    fails at once, offline, during start-up rather than half a minute into the suite;
 *  - Nimbus' loggers (the messaging-system prefix: RSLoader, ExperimentManager, …) print nothing;
 *  - studies, rollouts, Normandy recipes, telemetry and its uploads, and scheduled backups are off,
 *    so nothing else of the kind runs at all.
 */
export const QUIET_FIREFOX_PREFS: Readonly<Record<string, string | number | boolean>> = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'messaging-system.log': 'off',
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'nimbus.rollouts.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.archive.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.backup.scheduled.enabled': false,
};
