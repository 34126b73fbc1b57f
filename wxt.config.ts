import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { manifestCommands } from './lib/command-keys';
import { manifestIcons } from './lib/build/icons';
import { stripRuleExamplesPlugin } from './lib/build/strip-rule-examples';
import { STORE_MODE, withDeskMatches, withoutLocalDesks } from './lib/build/store-manifest';

const MESSAGES_STUB = '\0rapport-english-messages-stub';

/**
 * In the extension the browser always has getMessage (lib/i18n.ts), so the English fallback bundled
 * for unit tests and the CLI (public/_locales/en/messages.json, ~16 KB gzip) becomes an empty object
 * in every script and page the extension builds.
 */
function stubEnglishFallback(): PluginOption {
  return {
    name: 'rapport:stub-english-fallback',
    enforce: 'pre',
    resolveId(source) {
      return /(^|\/)_locales\/en\/messages\.json$/.test(source) ? MESSAGES_STUB : null;
    },
    load(id) {
      return id === MESSAGES_STUB ? 'export default {};' : null;
    },
  };
}

export default defineConfig({
  srcDir: '.',
  manifest: {
    // Name, description and shortcut descriptions come from public/_locales/<locale>/messages.json.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // public/icons, drawn by scripts/icons/make.ts: extensions page, store listing and the toolbar button.
    icons: manifestIcons(),
    action: { default_icon: manifestIcons() },
    // scripting: content scripts for sites enabled from the popup; activeTab: the popup reads the tab's address;
    // alarms and notifications: reminders of the agent's promises (lib/followup), and stats pruning.
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'activeTab'],
    // "Enable on this site" asks for one origin at a time (lib/settings/site-access.ts).
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Admin policy (Chrome: 3rdparty.extensions.<id>); see docs/admin-policy.md.
    storage: { managed_schema: 'managed_schema.json' },
    // Keyboard shortcuts: open/collapse the sidebar, focus into it and back, next suggestion, apply it
    // (lib/commands.ts); the keys and why they were chosen are in lib/command-keys.ts.
    commands: manifestCommands(),
    browser_specific_settings: {
      // Rapport collects nothing: Firefox asks extensions to say so (web-ext lint warns otherwise);
      // the key exists from Firefox 140 (the current ESR), hence the minimum version.
      gecko: { id: 'rapport@rapport.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android has the key from 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // In the content script's build, built-in rules' examples (tests and docs only) become empty
    // lists (~11 KB gzip saved). Every build drops the English fallback of the UI strings (the
    // browser's getMessage answers). The tone and coach models' weights are never imported: the
    // content script gets them from the background at run time (lib/content/tone.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      config.plugins = [...(config.plugins ?? []), stubEnglishFallback()];
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins.push(stripRuleExamplesPlugin());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The coach runs on every desk adapter's hosts (lib/sites/host-permissions.ts, one list from
      // the adapters); other hosts are enabled from the popup through optional_host_permissions.
      Object.assign(manifest, withDeskMatches(manifest, wxt.config.mode));
      // Store zips leave the local desks out (lib/build/store-manifest.ts); `npm run build` keeps them.
      if (wxt.config.mode === STORE_MODE) Object.assign(manifest, withoutLocalDesks(manifest));
      if (wxt.config.manifestVersion !== 2) return;
      // MV2 (Firefox): WXT builds browser_action from the popup alone, so the toolbar icon is added here.
      if (manifest.browser_action) manifest.browser_action.default_icon = manifestIcons();
      // MV2 has no optional_host_permissions: there the origins are optional_permissions.
      if (!manifest.optional_host_permissions) return;
      manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions] as typeof manifest.optional_permissions;
      delete manifest.optional_host_permissions;
    },
  },
});
