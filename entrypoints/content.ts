/**
 * Rapport's content script. Runs in every frame of local desks (and, with #4, the known desk hosts);
 * only the top frame does anything: it reaches into same-origin, about:blank and about:srcdoc
 * frames itself, so there is one sidebar per tab. See lib/content/controller.ts.
 */
import { startContent } from '../lib/content/controller';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
