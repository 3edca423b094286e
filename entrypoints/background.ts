// Background: routes analysis requests from content scripts to the one shared tokenizer.
//   Chrome (MV3): service worker → offscreen document → Worker (the SW may stop; the document stays
//   until it has been idle for the idle time, then it is closed and the next posting opens a new one).
//   Firefox (MV2 background page): the tokenizer lives here and is dropped after the idle time.
import { analyzeAnswer, ask, onAnalyze, onHostIdle, onSite, onTabVerdict, receiver, type RequestOf } from '@/lib/extension/protocol';
import { toolbarState, type ToolbarState } from '@/lib/extension/toolbar';
import { onHistoryRecord, onOpenSettings } from '@/lib/extension/filter-history-messages';
import { createOffscreenHost, type OffscreenApis } from '@/lib/extension/offscreen-host';
import { reporter } from '@/lib/extension/report';
import { loadSettings, settingsArea, type StorageAreaLike } from '@/lib/extension/settings-store';
import { createAnalyzer } from '@/lib/worker/analyzer-core';
import { createIdleRelease } from '@/lib/worker/idle-release';
import { loadBrowserTokenizer } from '@/lib/tokenizer/browser';
import { disableSite, enableSite, CONTENT_SCRIPT_FILE, type SiteApis } from '@/lib/extension/site-registration';
import { HistoryStore } from '@/lib/extension/history';
import { handleHistoryRecord } from '@/lib/extension/history-handler';

const OFFSCREEN_URL = '/offscreen.html';
const warn = reporter('warn');

// Chrome only; a function so that the Firefox build leaves it (and every offscreen call) out.
const chromeOffscreenApis = (): OffscreenApis => ({
  async exists() {
    const url = chrome.runtime.getURL(OFFSCREEN_URL);
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] })).length > 0;
  },
  create: () =>
    chrome.offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Hosts the shared Japanese tokenizer so its dictionary is loaded once, not per tab.',
    }),
  close: () => chrome.offscreen.closeDocument(),
  async send(job, idleMs) {
    const res = await ask((m: RequestOf<'kl:offscreen-analyze'>) => browser.runtime.sendMessage(m), { ...job, idleMs, type: 'kl:offscreen-analyze' }, analyzeAnswer);
    if (!res.ok) throw new Error(res.problem);
    return res.value;
  },
});

// The idle time from the settings, read again after any change. The E2E build also honours a test-only
// value in milliseconds (storage.local "klTestIdleMs"), so its tests need not wait a minute.
let idleSetting: Promise<number | null> | undefined;
function idleMs(): Promise<number | null> {
  idleSetting ??= (async () => {
    if (__KL_E2E__) {
      const test = (await browser.storage.local.get('klTestIdleMs')).klTestIdleMs;
      if (typeof test === 'number') return test;
    }
    const minutes = (await loadSettings(settingsArea(browser.storage))).settings.tokenizerIdleMinutes;
    return minutes === null ? null : minutes * 60_000;
  })();
  return idleSetting;
}

/** Paints one tab's toolbar button (Chrome: action; Firefox MV2: browserAction). */
async function paintToolbar(tabId: number, state: ToolbarState): Promise<void> {
  const action = (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction)!;
  await Promise.all([
    action.setBadgeText({ tabId, text: state.text }),
    action.setBadgeBackgroundColor({ tabId, color: state.color }),
    action.setTitle({ tabId, title: state.title ?? browser.i18n.getMessage('actionTitle') }),
  ]);
}

export default defineBackground(() => {
  browser.storage.onChanged.addListener(() => {
    idleSetting = undefined;
  });
  // Firefox: the tokenizer lives in this (persistent) page and is dropped after the idle time.
  const local = import.meta.env.FIREFOX ? createAnalyzer(() => loadBrowserTokenizer((browser.runtime.getURL as (path: string) => string)('/dict/'))) : undefined;
  const localIdle = createIdleRelease(() => local?.release());
  const host = import.meta.env.FIREFOX ? undefined : createOffscreenHost(chromeOffscreenApis(), idleMs, warn);

  const siteApis = { permissions: browser.permissions, scripting: browser.scripting } as unknown as SiteApis;
  // The history lives in storage.local; this context is its only writer, one entry at a time.
  const history = new HistoryStore(browser.storage.local as unknown as StorageAreaLike);
  const historyOn = async () => (await loadSettings(settingsArea(browser.storage))).settings.history.on;
  browser.runtime.onMessage.addListener(
    receiver(
      browser.runtime.id,
      {
        // Turning a site on or off: only from the extension's own pages (the popup), never a content script.
        'kl:site': onSite(async ({ origin, on, tabId }) => {
          if (!on) {
            await disableSite(siteApis, origin);
            return { ok: true };
          }
          const res = await enableSite(siteApis, origin);
          // Analyze the open tab at once, without waiting for a reload.
          if (res.ok && tabId !== undefined) {
            await browser.scripting
              .executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] })
              .catch((e: unknown) => warn(`content script not injected into tab ${tabId}; it runs after a reload`, e));
          }
          return res;
        }),
        // Only our own content scripts and pages may ask; web pages cannot reach this listener at all
        // (no externally_connectable), and other extensions are refused by the receiver.
        'kl:analyze': onAnalyze(async ({ type: _type, ...job }) => (local ? localIdle.track(() => local.handle(job), await idleMs()) : host!.analyze(job))),
        // A content script's verdict for its tab: the toolbar button shows it.
        'kl:tab-verdict': onTabVerdict(async (verdict, sender) => {
          const tabId = (sender.tab as { id?: number } | undefined)?.id;
          if (tabId === undefined) return { ok: false };
          await paintToolbar(tabId, toolbarState(verdict));
          return { ok: true };
        }),
        // The offscreen document has been idle for the idle time (Chrome).
        'kl:host-idle': onHostIdle(async () => ({ closed: host ? await host.idle() : false })),
        // An opened posting for the history (checked again here: shape, and whether history is on).
        'kl:history-record': onHistoryRecord(({ entry }) => handleHistoryRecord(entry, history, historyOn)),
        // The filter bar on a result list asks for the settings page (content scripts cannot open it).
        'kl:open-settings': onOpenSettings(async () => {
          await browser.runtime.openOptionsPage();
          return { ok: true };
        }),
      },
      warn,
    ),
  );
});
