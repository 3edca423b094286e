// The settings page (options.html): useSettings() holds the state and the save concurrency; each section
// is its own component. Every change is saved at once, as the whole object; other tabs (and other
// settings pages) pick it up through storage.onChanged. Names tests rely on: lib/extension/dom-contract.ts.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/messages';
import { st } from '../../lib/i18n/settings-messages';
import { AnalysisSection } from './AnalysisSection';
import { BackupSection } from './BackupSection';
import { DisplaySection } from './DisplaySection';
import { FiltersSection } from './FiltersSection';
import { HistorySection } from './HistorySection';
import { KeywordsSection } from './KeywordsSection';
import { MemorySection } from './MemorySection';
import { ProblemList } from './parts';
import { SitesSection } from './SitesSection';
import { useSettings } from './use-settings';
import './style.css';

function App() {
  const { settings, loadProblems, dismissProblems, status, save, update } = useSettings();
  const lang: Lang = settings?.lang ?? 'ja';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = st('pageTitle', lang);
  }, [lang]);

  const savedStatus = (
    <p class="status" data-kl="saved" data-state={status?.kind ?? 'idle'} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );

  if (!settings) {
    return (
      <main>
        <h1>{st('pageTitle', lang)}</h1>
        <p>{st('loading', lang)}</p>
        {savedStatus}
      </main>
    );
  }

  const section = { settings, lang, update };
  return (
    <main>
      <header class="page-header">
        <h1>{st('pageTitle', lang)}</h1>
        <p>{st('intro', lang)}</p>
        {savedStatus}
      </header>

      {loadProblems.length > 0 && (
        <div class="notice" role="alert" data-kl="load-problems">
          <p>{st('loadProblems', lang)}</p>
          <ProblemList problems={loadProblems} lang={lang} />
          <button type="button" onClick={dismissProblems}>
            {st('dismiss', lang)}
          </button>
        </div>
      )}

      <AnalysisSection {...section} />
      <DisplaySection {...section} />
      <SitesSection {...section} />
      <KeywordsSection {...section} />
      <MemorySection {...section} />
      <FiltersSection {...section} />
      <HistorySection {...section} />
      <BackupSection settings={settings} lang={lang} save={save} />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
