import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Host access at install time: local desks (demo, tests, self-hosted on localhost) only for now;
// the per-desk hosts arrive with the site adapters (issue #4).
export default defineConfig({
  srcDir: '.',
  manifest: {
    name: 'Rapport — tone coach for help desk replies',
    description:
      'Coaches support agents on the tone and wording of their replies, live, on their own machine. No draft text ever leaves it.',
    permissions: ['storage', 'alarms'],
    browser_specific_settings: {
      gecko: { id: 'rapport@rapport.dev', strict_min_version: '128.0' },
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
