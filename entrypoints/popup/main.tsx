// Popup: the verdict for the current tab, asked from that tab's content script.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Category } from '@/lib/core/types';
import { badgeAttributes, isTentative, levelTone } from '@/lib/extension/badge-model';
import { ask, siteAnswer, tabStateAnswer, type Checked, type BadMessage, type RequestOf, type TabState } from '@/lib/extension/protocol';
import { reporter } from '@/lib/extension/report';
import { DEFAULT_SETTINGS, enabledOn, type Settings } from '@/lib/extension/settings';
import { loadSettings, settingsArea, updateSettings } from '@/lib/extension/settings-store';
import { categoryLabel, verdictLabel, jobTypeLabel, quotaLabel, t, type Lang } from '@/lib/i18n/messages';
import { payLabel } from '@/lib/i18n/pay-messages';
import { payLines } from '@/lib/pay/summary';
import { isSupportedHost } from '@/lib/sites/hosts';
import { originPattern, siteOrigin } from '@/lib/extension/site-registration';
import { ReadingNotice } from './ReadingNotice';
import { PopupFilter, RecentHistory } from './PopupExtras';

const area = () => settingsArea(browser.storage);
const warn = reporter('warn');

/** How often, and how long apart, the popup asks a tab that is still analyzing: 5 s in all, then it shows what it has. */
const STATE_POLLS = 20;
const STATE_POLL_MS = 250;
/** After a site is turned on, the popup reloads itself once the content script had time to start in the tab. */
const RELOAD_AFTER_ENABLE_MS = 800;

/** Asks the tab's content script, through the typed contract. */
function askTab<T extends 'kl:get-state' | 'kl:highlight' | 'kl:filter-show-all'>(tabId: number, request: RequestOf<T>) {
  return ask<T>((m) => browser.tabs.sendMessage(tabId, m), request, tabStateAnswer);
}

/**
 * The tab's state from a checked answer. Not delivered: no content script on this page (a named case,
 * shown as such). An answer that breaks the contract is reported, and the popup shows no verdict.
 */
function tabStateOf(answer: Checked<TabState | BadMessage>): TabState | null {
  if (!answer.ok) {
    if (!/not delivered/.test(answer.problem)) warn(answer.problem);
    return null;
  }
  if ('status' in answer.value) return answer.value;
  warn('the tab refused the request', answer.value.error.message);
  return null;
}

/** The host of a tab's address; '' for an address without one (about:blank, a new tab page). */
function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch (e) {
    if (e instanceof TypeError) return ''; // not a URL at all
    throw e;
  }
}

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
      for (let i = 0; i < STATE_POLLS && !stop; i++) {
        const s = tb ? tabStateOf(await askTab(tb.id, { type: 'kl:get-state' })) : null;
        setState(s);
        setLoading(false);
        if (!s || (s.status !== 'analyzing' && s.status !== 'provisional')) break;
        await new Promise((r) => setTimeout(r, STATE_POLL_MS));
      }
    })();
    return () => void (stop = true);
  }, []);

  const host = hostOf(tab?.url);
  const on = host ? enabledOn(settings, host, isSupportedHost(host) || !!state) : false;
  const status = loading ? 'analyzing' : state?.status ?? (on ? 'not-posting' : 'off');
  const r = state?.result ?? null;
  const shown = status === 'final' || status === 'provisional';

  const origin = tab?.url ? siteOrigin(tab.url) : null;
  const supported = isSupportedHost(host);
  const site = async (request: RequestOf<'kl:site'>) => {
    const answer = await ask<'kl:site'>((m) => browser.runtime.sendMessage(m), request, siteAnswer);
    if (!answer.ok) warn(answer.problem);
    else if (!answer.value.ok) warn(`site ${request.origin} not turned ${request.on ? 'on' : 'off'}`, 'error' in answer.value ? answer.value.error.message : answer.value.message);
  };
  const toggleSite = async (value: boolean) => {
    // A site the user turned on themselves also gives back its permission and script when turned off.
    if (!value && !supported && origin) await site({ type: 'kl:site', origin, on: false });
    const next = await updateSettings(area(), (s) => void (s.sites[host.toLowerCase()] = value));
    setSettings(next);
  };
  const enableHere = async () => {
    if (!origin || !tab) return;
    // Asked for at this moment, from the click: the extension holds no permission for other sites.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] }).catch((e: unknown) => {
      warn('permission request failed', e);
      return false;
    });
    if (!granted) return;
    const next = await updateSettings(area(), (s) => void (s.sites[host.toLowerCase()] = true));
    setSettings(next);
    await site({ type: 'kl:site', origin, on: true, tabId: tab.id });
    setLoading(true);
    setTimeout(() => location.reload(), RELOAD_AFTER_ENABLE_MS);
  };
  const highlight = async () => {
    if (!tab) return;
    // The tab went away (not delivered): the popup keeps what it showed.
    const next = tabStateOf(await askTab(tab.id, { type: 'kl:highlight', on: !state?.highlight }));
    if (next) setState(next);
  };

  const counts = new Map<Category, number>();
  for (const f of r?.flags ?? []) if (f.polarity === 'present') counts.set(f.category, (counts.get(f.category) ?? 0) + 1);

  return (
    <main data-kl="popup" data-status={status} lang={lang}>
      <h1>{t('appName', lang)}</h1>
      {status === 'analyzing' && <p class="note">{t('analyzing', lang)}</p>}
      {status === 'not-posting' && <p class="note">{t(r?.postingClosed ? 'postingClosedPage' : 'notPostingPage', lang)}</p>}
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
            <span class="type">{verdictLabel(r.jobType, isTentative(r), lang)}</span>
            <span class={`lv ${levelTone(r.difficulty)}`}>{t('difficulty', lang)} {r.difficulty}/5</span>
            <span class={`lv ${levelTone(r.stress)}`}>{t('stress', lang)} {r.stress}/5</span>
            <span class="quota">{quotaLabel(r.quota, lang)}</span>
          </div>
          {status === 'provisional' && <p class="note">{t('provisional', lang)}</p>}
          {isTentative(r) && <p class="note" data-kl="popup-tentative">{t('tentative', lang)}</p>}
          {r.posting && (
            <div data-kl="popup-pay">
              <h2>{payLabel('pay', lang)}</h2>
              <ul>
                {payLines(r.pay, lang).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
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
      {state?.filter && tab && (
        <PopupFilter
          view={state.filter}
          host={host}
          lang={lang}
          refresh={async () => setState(tabStateOf(await askTab(tab.id, { type: 'kl:get-state' })))}
          showAll={async (on) => setState(tabStateOf(await askTab(tab.id, { type: 'kl:filter-show-all', on })))}
          onSettings={setSettings}
        />
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
      {state && <ReadingNotice state={state} lang={lang} />}
      <RecentHistory lang={lang} on={settings.history.on} />
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
