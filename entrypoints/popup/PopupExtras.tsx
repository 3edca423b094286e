// The popup's filter controls (for a result list in the current tab) and the last five postings opened,
// with the way to the history page.
import { useEffect, useState } from 'preact/hooks';
import { FilterControls } from '@/components/FilterControls';
import { setOwnRules, setRulesFor } from '@/lib/extension/filter-settings';
import { HistoryStore, type HistoryEntry } from '@/lib/extension/history';
import type { FilterView } from '@/lib/extension/protocol';
import type { Settings } from '@/lib/extension/settings';
import { settingsArea, updateSettings, type StorageAreaLike } from '@/lib/extension/settings-store';
import { ft, jobTypeShort } from '@/lib/i18n/filter-messages';
import { t, type Lang } from '@/lib/i18n/messages';
import '@/components/filter-controls.css';

const RECENT = 5;
/** The page filters in slices; by then the counts are final for a list of 50. */
const REFRESH_AFTER_CHANGE_MS = 300;

export function PopupFilter({ view, host, lang, refresh, showAll, onSettings }: {
  view: FilterView;
  host: string;
  lang: Lang;
  /** Reads the tab's state again (its new counts). */
  refresh: () => Promise<void>;
  /** The one switch: every hidden card shown, or hidden again. */
  showAll: (on: boolean) => Promise<void>;
  onSettings: (s: Settings) => void;
}) {
  const save = async (change: (s: Settings) => void) => {
    onSettings(await updateSettings(settingsArea(browser.storage), change));
    // The page applies the change; its new counts are read back a moment later.
    setTimeout(() => void refresh(), REFRESH_AFTER_CHANGE_MS);
  };
  return (
    <div data-kl="popup-filter" data-hidden={view.hidden} data-on={String(view.on)}>
      <FilterControls
        view={view}
        lang={lang}
        actions={{
          setOn: (on) => void save((s) => void (s.filters.on = on)),
          setRules: (r) => void save((s) => setRulesFor(s.filters, host, r)),
          setOwn: (own) => void save((s) => setOwnRules(s.filters, host, own)),
          setShowAll: (on) => void showAll(on),
        }}
      />
    </div>
  );
}

export function RecentHistory({ lang, on }: { lang: Lang; on: boolean }) {
  const [recent, setRecent] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    new HistoryStore(browser.storage.local as unknown as StorageAreaLike)
      .load()
      .then((h) => setRecent(h.entries.slice(0, RECENT)))
      .catch((e: unknown) => console.debug('[求人レンズ] history:', e));
  }, []);
  return (
    <div data-kl="popup-history">
      <h2>{ft('recent', lang)}</h2>
      {!on && <p class="note">{ft('historyOff', lang)}</p>}
      {recent.length > 0 && (
        <ul>
          {recent.map((e) => (
            <li key={e.id} data-job-type={e.verdict.jobType}>
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.title}
              </a>
              <span class="note">
                {' '}
                — {jobTypeShort(e.verdict.jobType, lang)} · {t('stress', lang)} {e.verdict.stress}/5
              </span>
            </li>
          ))}
        </ul>
      )}
      <a href={browser.runtime.getURL('/history.html')} target="_blank" data-kl="open-history">
        {ft('historyOpen', lang)}
      </a>
    </div>
  );
}
