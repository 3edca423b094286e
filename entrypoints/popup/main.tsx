// Popup: the verdict for the current tab, asked from that tab's content script.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Category } from '@/lib/core/types';
import { badgeAttributes, levelTone } from '@/lib/extension/badge-model';
import type { TabState } from '@/lib/extension/protocol';
import { DEFAULT_SETTINGS, enabledOn, type Settings } from '@/lib/extension/settings';
import { loadSettings, settingsArea, updateSettings } from '@/lib/extension/settings-store';
import { categoryLabel, jobTypeLabel, quotaLabel, t, type Lang } from '@/lib/i18n/messages';
import { isSupportedHost } from '@/lib/sites/hosts';
import { originPattern, siteOrigin } from '@/lib/extension/site-registration';

const area = () => settingsArea(browser.storage);

async function currentTab(): Promise<{ id: number; url: string } | null> {
  // Tests open the popup as a page with ?tab=<id>; in a real popup the active tab is the one.
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: fromQuery, url: tab.url ?? '' };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url ?? '' } : null;
}

function Popup() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [loading, setLoading] = useState(true);
  const lang: Lang = settings.lang;

  useEffect(() => {
    let stop = false;
    (async () => {
      setSettings((await loadSettings(area())).settings);
      const tb = await currentTab();
      setTab(tb);
      // The content script may still be analyzing: ask again until the verdict is final.
      for (let i = 0; i < 20 && !stop; i++) {
        let s: TabState | null = null;
        try {
          s = tb ? ((await browser.tabs.sendMessage(tb.id, { type: 'kl:get-state' })) as TabState) : null;
        } catch {
          s = null; // no content script on this page
        }
        setState(s);
        setLoading(false);
        if (!s || (s.status !== 'analyzing' && s.status !== 'provisional')) break;
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    return () => void (stop = true);
  }, []);

  let host = '';
  try {
    host = tab?.url ? new URL(tab.url).host : '';
  } catch {
    host = '';
  }
  const on = host ? enabledOn(settings, host, isSupportedHost(host) || !!state) : false;
  const status = loading ? 'analyzing' : state?.status ?? (on ? 'not-posting' : 'off');
  const r = state?.result ?? null;
  const shown = status === 'final' || status === 'provisional';

  const origin = tab?.url ? siteOrigin(tab.url) : null;
  const supported = isSupportedHost(host);
  const toggleSite = async (value: boolean) => {
    // A site the user turned on themselves also gives back its permission and script when turned off.
    if (!value && !supported && origin) await browser.runtime.sendMessage({ type: 'kl:site', origin, on: false }).catch(() => undefined);
    const next = await updateSettings(area(), (s) => void (s.sites[host.toLowerCase()] = value));
    setSettings(next);
  };
  const enableHere = async () => {
    if (!origin || !tab) return;
    // Asked for at this moment, from the click: the extension holds no permission for other sites.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
    if (!granted) return;
    const next = await updateSettings(area(), (s) => void (s.sites[host.toLowerCase()] = true));
    setSettings(next);
    await browser.runtime.sendMessage({ type: 'kl:site', origin, on: true, tabId: tab.id }).catch(() => undefined);
    setLoading(true);
    setTimeout(() => location.reload(), 800);
  };
  const highlight = async () => {
    if (!tab) return;
    try {
      setState((await browser.tabs.sendMessage(tab.id, { type: 'kl:highlight', on: !state?.highlight })) as TabState);
    } catch {
      /* the tab went away */
    }
  };

  const counts = new Map<Category, number>();
  for (const f of r?.flags ?? []) if (f.polarity === 'present') counts.set(f.category, (counts.get(f.category) ?? 0) + 1);

  return (
    <main data-kl="popup" data-status={status} lang={lang}>
      <h1>{t('appName', lang)}</h1>
      {status === 'analyzing' && <p class="note">{t('analyzing', lang)}</p>}
      {status === 'not-posting' && <p class="note">{t('notPostingPage', lang)}</p>}
      {status === 'off' && <p class="note">{t('offOnSite', lang)}</p>}
      {status === 'unreadable' && <p class="error">{t('unreadable', lang)}</p>}
      {status === 'error' && (
        <div>
          <p class="error">{t('failed', lang)}</p>
          <p class="note">{t('failedHint', lang)}</p>
          {state?.error && <p class="note">{state.error}</p>}
        </div>
      )}
      {shown && r && (
        <div>
          <div class="verdict" data-kl="popup-verdict" {...badgeAttributes(status, r)}>
            <span class="type">{jobTypeLabel(r.jobType, lang)}</span>
            <span class={`lv ${levelTone(r.difficulty)}`}>{t('difficulty', lang)} {r.difficulty}/5</span>
            <span class={`lv ${levelTone(r.stress)}`}>{t('stress', lang)} {r.stress}/5</span>
            <span class="quota">{quotaLabel(r.quota, lang)}</span>
          </div>
          {status === 'provisional' && <p class="note">{t('provisional', lang)}</p>}
          {counts.size > 0 && (
            <div data-kl="popup-flags">
              <h2>{t('flagsByCategory', lang)}</h2>
              <ul>
                {[...counts].map(([c, n]) => (
                  <li key={c}>{categoryLabel(c, lang)}: {n}</li>
                ))}
              </ul>
            </div>
          )}
          <h2>{t('topReasons', lang)}</h2>
          <ol>
            {r.reasons.slice(0, 4).map((x) => (
              <li key={x.id}>{x[lang]}</li>
            ))}
          </ol>
          {r.questions.length > 0 && (
            <div data-kl="popup-questions">
              <h2>{t('questions', lang)}</h2>
              <ul>
                {r.questions.map((q) => (
                  <li key={q.id}>{q[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <button data-kl="highlight" aria-pressed={!!state?.highlight} onClick={highlight}>
              {state?.highlight ? t('highlightOff', lang) : t('highlightOn', lang)}
            </button>
          </p>
        </div>
      )}
      {(state?.cards?.length ?? 0) > 0 && (
        <div data-kl="popup-cards">
          <h2>{t('cardsOnPage', lang)} ({state!.cards.length})</h2>
          <ul>
            {state!.cards.slice(0, 50).map((c) => (
              <li key={c.id} data-job-id={c.id} data-job-type={c.verdict?.jobType ?? ''}>
                {c.title || c.id}
                {c.verdict && (
                  <span class="note">
                    {' '}
                    — {jobTypeLabel(c.verdict.jobType, lang)} · {t('stress', lang)} {c.verdict.stress}/5
                    {c.verdict.basis === 'summary' ? ` (${t('summaryShort', lang)})` : ''}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        {host && (supported || state) && (
          <label>
            <input type="checkbox" data-kl="site-toggle" checked={on} onChange={(e) => toggleSite((e.target as HTMLInputElement).checked)} />{' '}
            {t('siteSwitch', lang)} <span class="note">({host})</span>
          </label>
        )}
        <a href="#" data-kl="open-settings" onClick={(e) => (e.preventDefault(), browser.runtime.openOptionsPage())}>
          {t('openSettings', lang)}
        </a>
      </div>
      {host && !state && on && <p class="note">{t('reloadHint', lang)}</p>}
      {origin && !state && !supported && (
        <p>
          <button data-kl="enable-site" onClick={enableHere}>{t('analyzeThisSite', lang)}</button>
        </p>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
