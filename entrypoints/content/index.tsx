// Content script: finds the posting, shows a provisional verdict at once (prefilter and a rough
// tokenizer, no dictionary here), asks the shared tokenizer for the full analysis and updates the badge.
// The parts are wired in app.tsx; the pure ones live in lib/extension (see docs/architecture.md).
import { reporter } from '@/lib/extension/report';
import { SUPPORTED_MATCHES } from '@/lib/sites/hosts';
import { ContentApp } from './app';

export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  // document_start: the script is loaded and compiled while the page is still parsing (Chrome injects
  // document_end scripts 100–250 ms after DOMContentLoaded here), then it starts at DOMContentLoaded.
  runAt: 'document_start',
  main() {
    const debug = reporter('debug');
    try {
      // Settings start loading here, while the page is still parsing.
      const app = new ContentApp();
      const go = () => void app.start().catch((e: unknown) => debug('stopped:', e));
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
      else go();
    } catch (e) {
      debug('not started:', e);
    }
  },
});
