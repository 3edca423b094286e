// Background: routes analysis requests from content scripts to the one shared tokenizer.
//   Chrome (MV3): service worker → offscreen document → Worker (the SW may stop; the document stays).
//   Firefox (MV2 background page): the tokenizer lives here.
import { isAnalyzeRequest, type AnalyzeResponse } from '@/lib/extension/protocol';
import { createAnalyzer } from '@/lib/worker/analyzer-core';
import { loadBrowserTokenizer } from '@/lib/tokenizer/browser';
import { disableSite, enableSite, CONTENT_SCRIPT_FILE, type SiteApis } from '@/lib/extension/site-registration';

const OFFSCREEN_URL = '/offscreen.html';
let creating: Promise<void> | undefined;

async function hasOffscreen(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_URL);
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  return contexts.length > 0;
}

async function ensureOffscreen(): Promise<void> {
  // getContexts lists the document before it has loaded: while a creation is under way, wait for it
  // rather than message a document whose listener does not exist yet.
  if (creating) return creating;
  if (await hasOffscreen()) return;
  if (creating) return creating;
  creating = chrome.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Hosts the shared Japanese tokenizer so its dictionary is loaded once, not per tab.',
    })
    .catch((e: Error) => {
      // Another call may have created it in the meantime.
      if (!/single offscreen|only a single/i.test(String(e?.message))) throw e;
    });
  try {
    await creating;
  } finally {
    creating = undefined;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function analyzeViaOffscreen(job: object): Promise<AnalyzeResponse> {
  // The document can be gone (closed by the browser, extension reloaded) or still starting: retry once
  // after a moment, then fail visibly. No tab waits forever.
  let last = 'did not answer';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await ensureOffscreen();
      const res = (await browser.runtime.sendMessage({ ...job, type: 'kl:offscreen-analyze' })) as AnalyzeResponse | undefined;
      if (res) return res;
    } catch (e) {
      last = (e as Error)?.message ?? String(e);
    }
    if (attempt === 0) await pause(300);
  }
  return { ok: false, error: { code: 'unavailable', message: `tokenizer host unavailable: ${last}` } };
}

export default defineBackground(() => {
  const local = import.meta.env.FIREFOX ? createAnalyzer(() => loadBrowserTokenizer((browser.runtime.getURL as (path: string) => string)('/dict/'))) : undefined;

  const siteApis = { permissions: browser.permissions, scripting: browser.scripting } as unknown as SiteApis;
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    // Turning a site on or off: only from the extension's own pages (the popup), never a content script.
    const m = msg as { type?: string; origin?: string; on?: boolean; tabId?: number };
    if (m?.type === 'kl:site' && sender.id === browser.runtime.id && !sender.tab && typeof m.origin === 'string') {
      return (async () => {
        if (!m.on) {
          await disableSite(siteApis, m.origin!);
          return { ok: true };
        }
        const res = await enableSite(siteApis, m.origin!);
        // Analyze the open tab at once, without waiting for a reload.
        if (res.ok && typeof m.tabId === 'number') {
          await browser.scripting.executeScript({ target: { tabId: m.tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
        }
        return res;
      })();
    }
    // Only our own content scripts and pages may ask; web pages cannot reach this listener at all
    // (no externally_connectable), and other extensions are refused here.
    if (sender.id !== browser.runtime.id || !isAnalyzeRequest(msg)) return undefined;
    const { type: _type, ...job } = msg;
    if (local) return local.handle(job);
    return analyzeViaOffscreen(job);
  });
});
