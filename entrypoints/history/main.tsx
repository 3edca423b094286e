// The history page (history.html): the postings opened, newest first; search, filters, sort; two to four
// chosen side by side; delete one or all; CSV and JSON export. Everything stays in this browser.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JobType } from '@/lib/core/types';
import { JOB_TYPES } from '@/lib/extension/filter-settings';
import { HISTORY_KEY, HISTORY_MAX, HistoryStore, type HistoryState } from '@/lib/extension/history';
import { historyCsv, historyJson } from '@/lib/extension/history-export';
import { historySites, MAX_COMPARE, MIN_COMPARE, queryHistory, toggleChosen, type HistorySort } from '@/lib/extension/history-view';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '@/lib/extension/settings';
import { loadSettings, settingsArea, type StorageAreaLike } from '@/lib/extension/settings-store';
import { ft, jobTypeShort } from '@/lib/i18n/filter-messages';
import { t, type Lang } from '@/lib/i18n/messages';
import { Compare } from './Compare';
import './style.css';

const store = new HistoryStore(browser.storage.local as unknown as StorageAreaLike);

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

function HistoryPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [history, setHistory] = useState<HistoryState | null>(null);
  const [error, setError] = useState('');
  const [text, setText] = useState('');
  const [jobType, setJobType] = useState<JobType | ''>('');
  const [site, setSite] = useState('');
  const [sort, setSort] = useState<HistorySort>('date');
  const [chosen, setChosen] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [refused, setRefused] = useState(false);
  const lang: Lang = settings.lang;

  const reload = () =>
    store
      .load()
      .then(setHistory)
      .catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  useEffect(() => {
    void loadSettings(settingsArea(browser.storage)).then((p) => setSettings(p.settings));
    void reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && changes[HISTORY_KEY]) void reload();
      if (changes[SETTINGS_KEY]) void loadSettings(settingsArea(browser.storage)).then((p) => setSettings(p.settings));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ft('historyTitle', lang);
  }, [lang]);

  const entries = history?.entries ?? [];
  const shown = useMemo(() => queryHistory(entries, { text, jobType, site, sort }), [entries, text, jobType, site, sort]);
  const chosenEntries = chosen.map((id) => entries.find((e) => e.id === id)).filter((e) => !!e);
  const choose = (id: string) => {
    const next = toggleChosen(chosen, id);
    setChosen(next.chosen);
    setRefused(next.refused);
    if (next.chosen.length < MIN_COMPARE) setComparing(false);
  };
  const remove = async (id: string) => {
    setChosen((c) => c.filter((x) => x !== id));
    await store.remove(id).catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  };
  const clearAll = async () => {
    if (!window.confirm(ft('historyClearConfirm', lang))) return;
    setChosen([]);
    setComparing(false);
    await store.clear().catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  };

  return (
    <main lang={lang}>
      <header class="page-header">
        <h1>{ft('historyTitle', lang)}</h1>
        <p>{ft('historyIntro', lang, { max: HISTORY_MAX.toLocaleString(lang) })}</p>
      </header>
      <div data-kl="history-notice" role="status">
        {!settings.history.on && <p class="notice">{ft('historyOff', lang)}</p>}
        {(history?.dropped ?? 0) > 0 && <p class="notice" data-kl="history-dropped">{ft('historyDropped', lang, { max: HISTORY_MAX.toLocaleString(lang), n: history!.dropped })}</p>}
        {(history?.problems.length ?? 0) > 0 && <p class="notice" data-kl="history-corrupt">{ft('historyCorrupt', lang, { n: history!.problems.length })}</p>}
        {error && <p class="notice error">{error}</p>}
      </div>
      <div class="controls">
        <label>
          {ft('search', lang)} <input type="search" name="q" value={text} placeholder={ft('searchPlaceholder', lang)} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <select name="jobType" aria-label={t('jobType', lang)} value={jobType} onChange={(e) => setJobType(e.currentTarget.value as JobType | '')}>
          <option value="">{ft('allJobTypes', lang)}</option>
          {JOB_TYPES.map((j) => (
            <option key={j} value={j}>
              {jobTypeShort(j, lang)}
            </option>
          ))}
        </select>
        <select name="site" aria-label={ft('site', lang)} value={site} onChange={(e) => setSite(e.currentTarget.value)}>
          <option value="">{ft('allSites', lang)}</option>
          {historySites(entries).map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
        <select name="sort" aria-label={ft('sortBy', lang)} value={sort} onChange={(e) => setSort(e.currentTarget.value as HistorySort)}>
          <option value="date">{ft('sortDate', lang)}</option>
          <option value="stress-desc">{ft('sortStress', lang)}</option>
          <option value="stress-asc">{ft('sortStressLow', lang)}</option>
        </select>
        <button type="button" data-kl="export-csv" disabled={!entries.length} onClick={() => download(`kyujin-lens-history-${stamp()}.csv`, historyCsv(shown, lang), 'text/csv;charset=utf-8')}>
          {ft('exportCsv', lang)}
        </button>
        <button type="button" data-kl="export-json" disabled={!entries.length} onClick={() => download(`kyujin-lens-history-${stamp()}.json`, historyJson(shown, Date.now()), 'application/json')}>
          {ft('exportJson', lang)}
        </button>
      </div>
      <div class="compare-bar">
        <span>{refused ? ft('compareTooMany', lang) : ft('compareHint', lang, { n: chosen.length })}</span>
        <button type="button" data-kl="compare" disabled={chosen.length < MIN_COMPARE || chosen.length > MAX_COMPARE} onClick={() => setComparing(true)}>
          {ft('compare', lang)}
        </button>
      </div>
      {comparing && chosenEntries.length >= MIN_COMPARE && <Compare entries={chosenEntries} lang={lang} onClose={() => setComparing(false)} />}
      {history && !entries.length && <p class="empty">{ft('historyEmpty', lang)}</p>}
      <p class="count">{ft('historyCount', lang, { n: shown.length })}</p>
      <ul class="rows">
        {shown.map((e) => (
          <li key={e.id} data-kl="history-row" data-job-type={e.verdict.jobType} data-url={e.url} data-id={e.id}>
            <input type="checkbox" data-kl="choose" aria-label={`${ft('select', lang)}: ${e.title}`} checked={chosen.includes(e.id)} onChange={() => choose(e.id)} />
            <div class="main">
              <a href={e.url} target="_blank" rel="noopener noreferrer" class="title">
                {e.title}
              </a>
              <div class="meta">
                {e.company ?? ft('noCompany', lang)} · {e.site} · <time dateTime={new Date(e.seenAt).toISOString()}>{new Date(e.seenAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB')}</time>
              </div>
            </div>
            <div class="verdict">
              <span class="type">{jobTypeShort(e.verdict.jobType, lang)}</span>
              <span>{t('difficulty', lang)} {e.verdict.difficulty}</span>
              <span class={`stress s${e.verdict.stress}`}>{t('stress', lang)} {e.verdict.stress}</span>
            </div>
            <button type="button" data-kl="remove" onClick={() => void remove(e.id)}>
              {ft('remove', lang)}
            </button>
          </li>
        ))}
      </ul>
      {entries.length > 0 && (
        <button type="button" class="danger" data-kl="history-clear" onClick={() => void clearAll()}>
          {ft('historyClear', lang)}
        </button>
      )}
    </main>
  );
}

render(<HistoryPage />, document.getElementById('app')!);
