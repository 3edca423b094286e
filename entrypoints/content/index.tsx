// Content script: finds the posting, shows a provisional verdict at once (prefilter and a rough
// tokenizer, no dictionary here), asks the shared tokenizer for the full analysis and updates the badge.
// It never breaks the page: everything is caught, and the badge lives in its own shadow root.
import { render } from 'preact';
import { analyze } from '@/lib/analysis/analyze';
import type { AnalysisResult, Flag } from '@/lib/core/types';
import { extractPosting } from '@/lib/extract/extract';
import { looksLikePostingPage } from '@/lib/extract/generic';
import { badgeAttributes, badgeVisibility, textHash } from '@/lib/extension/badge-model';
import { BADGE_TAG, HOST_ATTR } from '@/lib/extension/dom-contract';
import type { AnalyzeRequest, AnalyzeResponse, TabState, TabStatus } from '@/lib/extension/protocol';
import { DEFAULT_SETTINGS, enabledOn, parseSettings, SETTINGS_KEY, type Settings } from '@/lib/extension/settings';
import { loadSettings, settingsArea, updateSettings } from '@/lib/extension/settings-store';
import { builtinLexicon } from '@/lib/lexicon/builtin';
import { SUPPORTED_MATCHES } from '@/lib/sites/hosts';
import { createRoughTokenizer } from '@/lib/tokenizer/rough';
import { adapterFor, classify, declaredUrl, extractCards, extractPane, jobIdOf, type Adapter } from '@/lib/sites/adapter';
import { CardBadges, cardVerdict, type CardVerdict } from './cards';
import { Badge, type BadgeState } from './Badge';
import { focusFlag, paintFlags } from './highlight';
import badgeCss from './badge.css?inline';

export default defineContentScript({
  matches: SUPPORTED_MATCHES,
  // document_start: the script is loaded and compiled while the page is still parsing (Chrome injects
  // document_end scripts 100–250 ms after DOMContentLoaded here), then it starts at DOMContentLoaded.
  runAt: 'document_start',
  main() {
    try {
      const controller = new Controller();
      // Settings are read while the page is still parsing.
      controller.preload();
      const go = () => void controller.start();
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
      else go();
    } catch (e) {
      console.debug('[求人レンズ] not started:', e);
    }
  },
});

const CORNERS: Settings['badge']['corner'][] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];
const storageArea = () => settingsArea(browser.storage);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Verdicts of postings the user opened, by "<site>:<job id>", so their cards on result lists show them.
const VERDICTS_KEY = 'verdicts';
const MAX_VERDICTS = 500;

/**
 * The page's address as the site adapters should see it. The E2E build also runs on the local test
 * server, whose pages declare the job board address they imitate (<link rel=canonical>).
 */
function pageUrl(): string {
  if (__KL_E2E__ && /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(location.host)) return declaredUrl(document) ?? location.href;
  return location.href;
}

// Settings that change the verdict; the others (badge position, highlight) only change the display.
const analysisKey = (s: Settings) => JSON.stringify([s.sensitivity, s.categories, s.userKeywords, s.lang, s.hideQuietMark, s.sites]);

class Controller {
  private settings: Settings = DEFAULT_SETTINGS;
  private status: TabStatus = 'analyzing';
  private result: AnalysisResult | null = null;
  private error: string | null = null;
  private badgeState: BadgeState | null = null;
  private hash = '';
  private run = 0;
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private expanded = false;
  private highlighting = false;
  private reattached = 0;
  private lastUrl = location.href;
  private rough = createRoughTokenizer();
  private prefetched: { url: string; posting: ReturnType<typeof extractPosting> } | null = null;
  private knownVerdicts: Record<string, CardVerdict & { at: number }> = {};
  private cards = new CardBadges(
    (text) => analyze(text, { lexicon: builtinLexicon(this.settings.userKeywords), tokenizer: this.rough, sensitivity: this.settings.sensitivity, categories: this.settings.categories }),
    // The site is known from the last updateCards: no page lookup per card.
    (id) => (this.cardSite ? this.knownVerdicts[`${this.cardSite}:${id}`] : undefined),
    DEFAULT_SETTINGS.lang,
  );
  private cardList: { id: string; title: string }[] = [];
  private cardSite: string | null = null;

  /** The site adapter and what kind of page this is ('other' on sites without an adapter). */
  private page(): { adapter: Adapter | null; kind: 'detail' | 'list' | 'other'; url: string } {
    const url = pageUrl();
    const adapter = adapterFor(url);
    return { adapter, kind: adapter ? classify(url, adapter) : 'other', url };
  }

  /** The posting on this page: on a result list only the side pane's (Indeed's vjk), never the list itself. */
  private safeExtract(): ReturnType<typeof extractPosting> {
    try {
      const { adapter, kind, url } = this.page();
      if (adapter && kind === 'list') {
        const pane = extractPane(document, adapter);
        return pane ? { source: 'adapter', adapter: adapter.id, title: pane.title, text: pane.text } : null;
      }
      const top = extractPosting(document, { url });
      if (top && top.source !== 'main') return top;
      // A posting shown in a same-origin frame (a pane or an embedded job page) is read from there.
      return this.framePosting() ?? top;
    } catch {
      return null;
    }
  }

  private framePosting(): ReturnType<typeof extractPosting> {
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        const doc = frame.contentDocument;
        if (!doc?.body) continue; // another origin, or not loaded yet
        const p = extractPosting(doc, { url: doc.location.href });
        if (p && p.source !== 'main') return p;
      } catch {
        // a frame of another origin: not ours to read
      }
    }
    return null;
  }

  /** Badges every card of a result list (new cards too: called again after each change of the page). */
  private updateCards(): void {
    const { adapter, kind, url } = this.page();
    if (!adapter || kind === 'detail' || !enabledOn(this.settings, location.host, true)) return;
    const cards = extractCards(document, adapter, { url });
    this.cardSite = adapter.id;
    this.cards.update(cards);
    this.cardList = cards.map((c) => ({ id: c.id, title: c.title }));
  }

  /** Remembers the verdict of an opened posting, for its card on result lists. */
  private rememberVerdict(r: AnalysisResult): void {
    const { adapter, kind, url } = this.page();
    if (!adapter || kind !== 'detail') return;
    const id = jobIdOf(url, adapter);
    if (!id) return;
    const key = `${adapter.id}:${id}`;
    this.knownVerdicts[key] = { ...cardVerdict(r, 'full'), at: Date.now() };
    const entries = Object.entries(this.knownVerdicts).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_VERDICTS);
    this.knownVerdicts = Object.fromEntries(entries);
    this.safe(() => browser.storage.local.set({ [VERDICTS_KEY]: this.knownVerdicts }));
  }

  private settingsLoad: ReturnType<typeof loadSettings> | null = null;

  preload(): void {
    this.settingsLoad = loadSettings(storageArea());
  }

  async start(): Promise<void> {
    // Reading storage is slowest on a fresh profile: it began before the page had finished parsing.
    const settings = this.settingsLoad ?? loadSettings(storageArea());
    this.prefetched = { url: location.href, posting: this.safeExtract() };
    this.settings = (await settings).settings;
    this.cards.setLang(this.settings.lang);
    this.expanded = !this.settings.badge.collapsed;
    this.safe(async () => {
      const stored = (await browser.storage.local.get(VERDICTS_KEY))[VERDICTS_KEY];
      if (stored && typeof stored === 'object') this.knownVerdicts = stored as typeof this.knownVerdicts;
      await nextTask();
      this.updateCards();
    });
    browser.storage.onChanged.addListener((changes) => {
      if (!changes[SETTINGS_KEY]) return;
      const next = parseSettings(changes[SETTINGS_KEY].newValue).settings;
      const reanalyze = analysisKey(next) !== analysisKey(this.settings);
      this.settings = next;
      this.cards.setLang(next.lang);
      if (reanalyze) {
        this.cards.clear();
        this.safe(() => this.updateCards());
        this.safe(() => this.analyzePage(true));
      } else this.renderBadge();
    });
    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = msg as { type?: string; on?: boolean };
      if (m?.type === 'kl:get-state') return Promise.resolve(this.tabState());
      if (m?.type === 'kl:highlight') {
        this.setHighlight(!!m.on);
        return Promise.resolve(this.tabState());
      }
      return undefined;
    });
    this.watchNavigation();
    await this.analyzePage(false);
  }

  private safe(fn: () => unknown): void {
    try {
      const p = fn();
      if (p instanceof Promise) p.catch((e) => console.debug('[求人レンズ]', e));
    } catch (e) {
      console.debug('[求人レンズ]', e);
    }
  }

  private tabState(): TabState {
    return {
      status: this.status, url: location.href, host: location.host, result: this.result, error: this.error, highlight: this.highlighting,
      cards: this.cardList.map((c) => ({ ...c, verdict: this.cards.verdicts.get(c.id) ?? null })),
      longestCardSliceMs: this.cards.longestSliceMs,
    };
  }

  private async analyzePage(force: boolean): Promise<void> {
    if (!enabledOn(this.settings, location.host, true)) {
      this.cards.clear();
      this.run++;
      this.setStatus('off', null, null, null);
      return;
    }
    // The first run uses the posting read while settings loaded; later runs read the page afresh.
    const posting = this.prefetched?.url === location.href ? this.prefetched.posting : this.safeExtract();
    this.prefetched = null;
    const page = this.page();
    // A job page of a supported site whose posting could not be found (its selectors and the generic
    // block both failed) is unreadable: the page's whole text would be a verdict from the wrong text.
    const siteDetailUnread = page.adapter && page.kind === 'detail' && (!posting || posting.source === 'main');
    if (!posting?.text.trim() || siteDetailUnread) {
      this.run++;
      this.hash = '';
      // A page that has a posting's fields but gave no text: say so rather than judge partial text.
      if (siteDetailUnread || looksLikePostingPage(document)) this.setStatus('unreadable', null, null, 'unreadable');
      else this.setStatus('not-posting', null, null, null);
      return;
    }
    const s = this.settings;
    // Keyed by job id and text: the same posting re-rendered is not analyzed again, another one is.
    const jobId = page.adapter ? jobIdOf(page.url, page.adapter) : null;
    const hash = textHash(`${jobId ?? ''}\u0000${posting.text}\u0000${analysisKey(s)}`);
    if (!force && hash === this.hash && this.status !== 'error') return;
    // Only a new posting (or new settings) starts a run; a late answer for an older run is dropped.
    const run = ++this.run;
    this.hash = hash;
    // Yield between the steps, so that no single task on the page's main thread runs long.
    await nextTask();
    const lexicon = builtinLexicon(s.userKeywords);
    await nextTask();
    if (run !== this.run) return;
    const provisional = analyze(posting.text, { lexicon, tokenizer: this.rough, sensitivity: s.sensitivity, categories: s.categories });
    if (!provisional.posting) {
      // Posting detection needs no tokenizer: an article stays an article.
      this.setStatus('not-posting', provisional, null, null);
      return;
    }
    this.setStatus('provisional', provisional, null, this.visibleState(provisional, 'provisional'));
    const request: AnalyzeRequest = {
      type: 'kl:analyze',
      text: posting.text,
      sensitivity: s.sensitivity,
      userKeywords: s.userKeywords,
      categories: s.categories,
    };
    let response: AnalyzeResponse | undefined;
    // A service worker that was restarting, or a tokenizer host still starting, gets one more try.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        response = (await browser.runtime.sendMessage(request)) as AnalyzeResponse | undefined;
      } catch (e) {
        response = { ok: false, error: { code: 'unavailable', message: String((e as Error)?.message ?? e) } };
      }
      if (response?.ok || (response && response.error.code !== 'unavailable') || run !== this.run) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    if (run !== this.run) return; // a newer posting or settings change took over
    if (!response) response = { ok: false, error: { code: 'unavailable', message: 'no answer from the extension' } };
    if (response.ok) {
      this.setStatus('final', response.result, null, this.visibleState(response.result, 'final'));
      this.rememberVerdict(response.result);
    }
    else this.setStatus('error', null, response.error.message, 'error');
  }

  private visibleState(r: AnalysisResult, state: 'provisional' | 'final'): BadgeState | null {
    const v = badgeVisibility(r, this.settings.sensitivity, this.settings.hideQuietMark);
    return v === 'badge' ? state : v === 'quiet' ? 'quiet' : null;
  }

  private setStatus(status: TabStatus, result: AnalysisResult | null, error: string | null, badge: BadgeState | null): void {
    this.status = status;
    this.result = result;
    this.error = error;
    this.badgeState = badge;
    this.renderBadge();
    if (status === 'final' && this.settings.highlight) this.setHighlight(true);
    else if (status !== 'provisional' && status !== 'final') this.setHighlight(false);
  }

  private setHighlight(on: boolean): void {
    this.highlighting = on && !!this.result;
    this.safe(() => paintFlags(this.highlighting ? this.result!.flags : null));
    this.renderBadge();
  }

  private renderBadge(): void {
    this.safe(() => {
      if (!this.badgeState) {
        this.removeBadge();
        return;
      }
      const host = this.ensureHost();
      // The verdict as attributes on the host, for tests and users' own scripts.
      for (const a of [...host.attributes]) if (a.name.startsWith('data-') && a.name !== HOST_ATTR) host.removeAttribute(a.name);
      host.setAttribute(HOST_ATTR, this.badgeState === 'quiet' ? 'quiet' : 'badge');
      // The quiet mark carries whether its (signal-free) verdict is provisional or final.
      const attrs = this.badgeState === 'quiet' ? { 'data-state': this.status === 'final' ? 'final' : 'provisional' } : badgeAttributes(this.badgeState, this.result);
      for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
      render(
        <Badge
          state={this.badgeState}
          result={this.result}
          error={this.error}
          lang={this.settings.lang}
          expanded={this.expanded}
          corner={this.settings.badge.corner}
          highlighting={this.highlighting}
          onToggle={() => this.toggle()}
          onReason={(f: Flag) => this.safe(() => focusFlag(f))}
          onMove={() => this.move()}
          onHighlight={() => this.setHighlight(!this.highlighting)}
        />,
        this.mount!,
      );
    });
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.renderBadge();
    this.safe(() => updateSettings(storageArea(), (s) => void (s.badge.collapsed = !this.expanded)));
  }

  private move(): void {
    const next = CORNERS[(CORNERS.indexOf(this.settings.badge.corner) + 1) % CORNERS.length]!;
    this.settings = { ...this.settings, badge: { ...this.settings.badge, corner: next } };
    this.renderBadge();
    this.safe(() => updateSettings(storageArea(), (s) => void (s.badge.corner = next)));
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    if (!this.host) {
      this.host = document.createElement(BADGE_TAG);
      const shadow = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = badgeCss;
      this.mount = document.createElement('div');
      shadow.append(style, this.mount);
    }
    // On <html>, not <body>: pages that replace their body keep the badge.
    document.documentElement.appendChild(this.host);
    return this.host;
  }

  private removeBadge(): void {
    if (this.host) {
      render(null, this.mount!);
      this.host.remove();
    }
  }

  /** URL changes (history API, Navigation API) and content swaps: debounced re-analysis. */
  private watchNavigation(): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const moved = location.href !== this.lastUrl;
        this.lastUrl = location.href;
        this.safe(() => this.updateCards());
        this.safe(() => this.analyzePage(moved));
      }, 400);
    };
    new MutationObserver((records) => {
      // A page that removed our badge gets it back, a few times at most (never a tug of war).
      if (this.host && !this.host.isConnected && this.badgeState && this.reattached < 3) {
        this.reattached++;
        this.renderBadge();
      }
      // Our own badge being added or removed is not a change of the page.
      const ours = (r: MutationRecord) =>
        r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === this.host || (n as Element).tagName === 'KYUJIN-LENS-CARD');
      if (records.some((r) => !ours(r))) schedule();
    }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    addEventListener('popstate', schedule);
    // Frames finish loading after the page: their postings count too (load does not bubble; capture it).
    document.addEventListener('load', (e) => (e.target as Element)?.tagName === 'IFRAME' && schedule(), true);
    addEventListener('hashchange', schedule);
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', schedule);
  }
}
