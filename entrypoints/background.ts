// Background: routes analysis requests from content scripts to the one shared tokenizer.
//   Chrome (MV3): service worker → offscreen document → Worker (the SW may stop; the document stays).
//   Firefox (MV2 background page): the tokenizer lives here.
import { ask, receiver, type AnalyzeJob, type AnalyzeResponse, type RequestOf } from '@/lib/extension/protocol';
import { reporter } from '@/lib/extension/report';
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
      // Another call may have created it in the meantime: that one is used.
      if (!/single offscreen|only a single/i.test(String(e?.message))) throw e;
    });
  try {
    await creating;
  } finally {
    creating = undefined;
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Tries at the offscreen document per request: the document can be gone (closed by the browser) or still starting. */
const OFFSCREEN_ATTEMPTS = 2;
/** Pause before the second try: long enough for a document being created to register its listener. */
const OFFSCREEN_RETRY_PAUSE_MS = 300;

const warn = reporter('warn');

async function analyzeViaOffscreen(job: AnalyzeJob): Promise<AnalyzeResponse> {
  // Retry once after a moment, then fail visibly: no tab waits forever.
  let last = 'did not answer';
  for (let attempt = 0; attempt < OFFSCREEN_ATTEMPTS; attempt++) {
    try {
      await ensureOffscreen();
      const res = await ask((m: RequestOf<'kl:offscreen-analyze'>) => browser.runtime.sendMessage(m), { ...job, type: 'kl:offscreen-analyze' });
      if (res.ok) return res.value;
      last = res.problem;
    } catch (e) {
      last = (e as Error)?.message ?? String(e);
    }
    if (attempt < OFFSCREEN_ATTEMPTS - 1) await pause(OFFSCREEN_RETRY_PAUSE_MS);
  }
  return { ok: false, error: { code: 'unavailable', message: `tokenizer host unavailable: ${last}` } };
}

export default defineBackground(() => {
  const local = import.meta.env.FIREFOX ? createAnalyzer(() => loadBrowserTokenizer((browser.runtime.getURL as (path: string) => string)('/dict/'))) : undefined;

  const siteApis = { permissions: browser.permissions, scripting: browser.scripting } as unknown as SiteApis;
  browser.runtime.onMessage.addListener(
    receiver(
      browser.runtime.id,
      {
        // Turning a site on or off: only from the extension's own pages (the popup), never a content script.
        'kl:site': async ({ origin, on, tabId }) => {
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
        },
        // Only our own content scripts and pages may ask; web pages cannot reach this listener at all
        // (no externally_connectable), and other extensions are refused by the receiver.
        'kl:analyze': ({ type: _type, ...job }) => (local ? local.handle(job) : analyzeViaOffscreen(job)),
      },
      warn,
    ),
  );
});
