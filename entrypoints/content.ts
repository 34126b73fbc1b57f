/**
 * Rapport's content script. Runs in every frame of the known desk hosts and local desks;
 * only the top frame does anything: it reaches into same-origin, about:blank and about:srcdoc
 * frames itself, so there is one sidebar per tab. See lib/content/controller.ts.
 */
import { startContent } from '../lib/content/controller';
import { INSTALL_HOST_PATTERNS } from '../lib/sites/host-permissions';

export default defineContentScript({
  matches: [...INSTALL_HOST_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
