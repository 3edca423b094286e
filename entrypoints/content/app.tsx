// The content script's wiring: browser APIs on one side, the parts in lib/extension on the other —
// page model (what the page is), page run (provisional then final verdict), analysis client (the line to
// the tokenizer host), verdict store (what every view follows), badge host, navigation watcher — plus the
// card badges and highlights drawn here. It never breaks the page: failures are caught and reported.
import { render } from 'preact';
import { analyze } from '@/lib/analysis/analyze';
import type { Flag } from '@/lib/core/types';
import { createAnalysisClient } from '@/lib/extension/analysis-client';
import { badgeStateOf, hostAttributes, nextCorner, type BadgeState } from '@/lib/extension/badge-model';
import { BadgeHost } from '@/lib/extension/badge-host';
import { CARD_TAG, FILTER_BAR_TAG, HIDDEN_LINE_TAG } from '@/lib/extension/dom-contract';
import { filterVerdict } from '@/lib/extension/filter-rules';
import { watchNavigation } from '@/lib/extension/navigation';
import type { ExtractedPosting } from '@/lib/extract/extract';
import { placeOf, readCardList, readPosting, type PageModel } from '@/lib/extension/page-model';
import { pageProblem, pageReport, readingStep } from '@/lib/extension/page-problem';
import { analysisKey, PageRun } from '@/lib/extension/page-run';
import { ask, onGetState, onHighlight, receiver, tabVerdictAnswer, type RequestOf, type TabState } from '@/lib/extension/protocol';
import { onFilterShowAll } from '@/lib/extension/filter-history-messages';
import { guarded, reporter } from '@/lib/extension/report';
import { DEFAULT_SETTINGS, enabledOn, parseSettings, SETTINGS_KEY, type Settings } from '@/lib/extension/settings';
import { loadSettings, settingsArea, updateSettings, type StorageAreaLike } from '@/lib/extension/settings-store';
import { VerdictMemory } from '@/lib/extension/verdict-memory';
import { VerdictStore, verdictOf } from '@/lib/extension/verdict-store';
import { builtinLexicon } from '@/lib/lexicon/builtin';
import { declaredUrl } from '@/lib/sites/adapter';
import { createRoughTokenizer } from '@/lib/tokenizer/rough';
import { Badge } from './Badge';
import { CardBadges } from './cards';
import { focusFlag, paintFlags } from './highlight';
import { HistoryRecorder } from './history-record';
import { ListFilters } from './list-filters';
import badgeCss from './badge.css?inline';

const storageArea = () => settingsArea(browser.storage);
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** What a page can cause and we handle quietly; what should not happen is a warning. */
const debug = reporter('debug');
const warn = reporter('warn');

/**
 * The page's address as the site adapters should see it. The E2E build also runs on the local test
 * server, whose pages declare the job board address they imitate (<link rel=canonical>).
 */
function pageUrl(): string {
  if (__KL_E2E__ && /^(127\.0\.0\.1|localhost)(:\d+)?$/.test(location.host)) return declaredUrl(document) ?? location.href;
  return location.href;
}

export class ContentApp {
  private settings: Settings = DEFAULT_SETTINGS;
  // Settings are read while the page is still parsing: storage is slowest on a fresh profile.
  private readonly settingsLoad = loadSettings(storageArea());
  readonly store = new VerdictStore(warn);
  private readonly memory = new VerdictMemory(browser.storage.local as unknown as StorageAreaLike, debug);
  private readonly rough = createRoughTokenizer();
  /** The page as last read: its place, its posting, its cards. */
  private model: PageModel = { place: placeOf(location.href), reading: { state: 'none' }, cards: [], cardsRead: null };
  private prefetched: { url: string; read: Pick<PageModel, 'place' | 'reading'> } | null = null;
  private expanded = false;
  private highlighting = false;
  private badgeState: BadgeState | null = null;
  private cardSite: string | null = null;
  private reportFor: { model: PageModel; text: string | null } | null = null;

  private readonly run = new PageRun({
    store: this.store,
    client: createAnalysisClient((m) => browser.runtime.sendMessage(m)),
    settings: () => this.settings,
    host: () => location.host,
    read: () => this.read(),
    rough: this.rough,
    nextTask,
  });

  private readonly cards = new CardBadges(
    this.store,
    (text) => analyze(text, { lexicon: builtinLexicon(this.settings.userKeywords), tokenizer: this.rough, sensitivity: this.settings.sensitivity, categories: this.settings.categories }),
    // The site is known from the last updateCards: no page lookup per card.
    (id) => (this.cardSite ? this.memory.get(this.cardSite, id) : undefined),
    DEFAULT_SETTINGS.lang,
    debug,
  );

  // Result-list filters: they follow the store's job verdicts (a full one for postings opened).
  private readonly filters = new ListFilters((card) => filterVerdict(this.store.job(card.id)), location.host);
  private readonly history = new HistoryRecorder((e) => debug('history', e));

  private readonly badge = new BadgeHost(
    document,
    badgeCss,
    (mount) => this.paintBadge(mount),
    (mount) => render(null, mount),
  );

  constructor() {
    this.store.subscribe((e) => {
      if (e.type === 'job') this.filters.verdictChanged(e.id);
      if (e.type !== 'page') return;
      this.renderBadge();
      if (e.page.status !== e.previous.status || e.page.result !== e.previous.result) this.reportToolbar();
      if (e.page.status === 'final' && this.settings.highlight) this.setHighlight(true);
      else if (e.page.status !== 'provisional' && e.page.status !== 'final') this.setHighlight(false);
      // An opened posting's verdict is remembered for its card on result lists.
      const site = this.model.place.adapter?.id;
      if (e.page.status === 'final' && e.page.result && e.page.jobId && site) void this.memory.remember(site, e.page.jobId, verdictOf(e.page.result, 'full'));
      if (e.page.status === 'final' && e.page.result && this.settings.history.on) this.history.record(e.page.result, this.model);
    });
  }

  /** The toolbar button shows this tab's verdict (background: kl:tab-verdict, lib/extension/toolbar.ts). */
  private reportToolbar(): void {
    const { status, result } = this.store.page;
    const request: RequestOf<'kl:tab-verdict'> = { type: 'kl:tab-verdict', status, jobType: result?.jobType ?? null, stress: result?.stress ?? null, lang: this.settings.lang };
    void ask((m: RequestOf<'kl:tab-verdict'>) => browser.runtime.sendMessage(m), request, tabVerdictAnswer).then((res) => {
      if (!res.ok) debug(`toolbar not updated: ${res.problem}`);
    });
  }

  async start(): Promise<void> {
    this.prefetched = { url: location.href, read: this.read() };
    this.settings = (await this.settingsLoad).settings;
    this.cards.setLang(this.settings.lang);
    this.filters.configure(this.settings);
    this.expanded = !this.settings.badge.collapsed;
    guarded(debug, 'result-list cards', async () => {
      await this.memory.load();
      await nextTask();
      this.updateCards();
    });
    browser.storage.onChanged.addListener((changes) => this.onSettingsChanged(changes));
    browser.runtime.onMessage.addListener(
      receiver(
        browser.runtime.id,
        {
          'kl:get-state': onGetState(() => this.tabState()),
          'kl:highlight': onHighlight(({ on }) => {
            this.setHighlight(on);
            return this.tabState();
          }),
          'kl:filter-show-all': onFilterShowAll(({ on }) => {
            this.filters.setShowAll(on);
            return this.tabState();
          }),
        },
        warn,
      ),
    );
    watchNavigation(
      {
        win: window,
        doc: document,
        MutationObserver,
        navigation: (globalThis as { navigation?: EventTarget }).navigation,
        href: () => location.href,
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      },
      {
        ours: (n) => this.badge.isHost(n) || [CARD_TAG, HIDDEN_LINE_TAG, FILTER_BAR_TAG].includes((n as Element).localName),
        onMutations: () => guarded(debug, 'badge', () => this.badge.restoreIfRemoved()),
        onSettled: (moved) => {
          guarded(debug, 'result-list cards', () => this.updateCards());
          guarded(debug, 'analysis', () => this.analyzePage(moved));
        },
      },
    );
    await this.analyzePage(false);
  }

  /** Reads the page afresh: where it stands and which posting it holds. */
  private read(): Pick<PageModel, 'place' | 'reading'> {
    const place = placeOf(pageUrl());
    const reading = readPosting(document, place, debug);
    this.model = { ...this.model, place, reading };
    return { place, reading };
  }

  private analyzePage(force: boolean): Promise<void> {
    // The first run uses the posting read while settings loaded; later runs read the page afresh.
    const read = this.prefetched?.url === location.href ? this.prefetched.read : undefined;
    this.prefetched = null;
    return this.run.analyze(force, read);
  }

  /** Badges every card of a result list (new cards too: called again after each change of the page). */
  private updateCards(): void {
    const place = placeOf(pageUrl());
    if (!place.adapter || place.kind === 'detail' || !enabledOn(this.settings, location.host, true)) {
      this.filters.clear(); // turned off on the site, or an SPA that went from a list to a posting
      return;
    }
    const { cards, via, jobLinks } = readCardList(document, place);
    this.cardSite = place.adapter.id;
    this.cards.update(cards);
    this.filters.setCards(cards);
    const cardsRead = { via, count: cards.length, jobLinks };
    this.model = { ...this.model, cards: this.filters.withHidden(cards).map((c) => ({ id: c.id, title: c.title })), cardsRead };
  }

  private onSettingsChanged(changes: Record<string, { newValue?: unknown }>): void {
    if (!changes[SETTINGS_KEY]) return;
    const next = parseSettings(changes[SETTINGS_KEY].newValue).settings;
    const reanalyze = analysisKey(next) !== analysisKey(this.settings);
    this.settings = next;
    this.cards.setLang(next.lang);
    this.filters.configure(next);
    if (reanalyze) {
      this.store.clearJobs();
      guarded(debug, 'result-list cards', () => this.updateCards());
      guarded(debug, 'analysis', () => this.analyzePage(true));
    } else this.renderBadge();
  }

  private tabState(): TabState {
    const { status, result, error } = this.store.page;
    const r = this.model.reading;
    return {
      status, url: location.href, host: location.host, result, error, highlight: this.highlighting,
      cards: this.model.cards.map((c) => ({ ...c, verdict: this.store.job(c.id) ?? null })),
      longestCardSliceMs: this.cards.longestSliceMs,
      problem: this.problem(),
      report: this.report(),
      read: r.state === 'posting' ? { state: r.state, step: r.step, inFrame: r.inFrame } : { state: r.state, step: null, inFrame: false },
      filter: this.filters.view(),
    };
  }

  /**
   * The problem report, built when the popup first asks after the page was read (the selectors are
   * checked on the page then), not again on each of its polls.
   */
  private report(): string | null {
    if (this.reportFor?.model !== this.model) {
      const { place, reading, cardsRead } = this.model;
      this.reportFor = { model: this.model, text: pageReport(document, place, reading, cardsRead, browser.runtime.getManifest().version) };
    }
    return this.reportFor.text;
  }

  /** The posting as last read, with its text ↔ DOM map: highlights are placed by the flags' offsets into its text. */
  private postingRead(): ExtractedPosting | null {
    return this.model.reading.state === 'posting' ? this.model.reading.posting : null;
  }

  /** Whether the page looks changed (its adapter no longer reads it). */
  private problem() {
    const { place, reading, cardsRead } = this.model;
    return pageProblem(place, reading, place.kind === 'list' ? cardsRead : null);
  }

  private setHighlight(on: boolean): void {
    const result = this.store.page.result;
    this.highlighting = on && !!result;
    guarded(debug, 'highlight', () => paintFlags(this.highlighting ? result!.flags : null, this.postingRead()));
    this.renderBadge();
  }

  private renderBadge(): void {
    guarded(debug, 'badge', () => {
      const page = this.store.page;
      this.badgeState = badgeStateOf(page, this.settings);
      const read = { source: readingStep(this.model.reading), siteChanged: this.problem() !== null };
      this.badge.show(this.badgeState ? hostAttributes(this.badgeState, page, read) : null);
    });
  }

  private paintBadge(mount: HTMLElement): void {
    const { result, error } = this.store.page;
    render(
      <Badge
        state={this.badgeState!}
        result={result}
        error={error}
        lang={this.settings.lang}
        expanded={this.expanded}
        corner={this.settings.badge.corner}
        highlighting={this.highlighting}
        onToggle={() => this.toggle()}
        onReason={(f: Flag) => guarded(debug, 'highlight', () => focusFlag(f, this.postingRead()))}
        onMove={() => this.move()}
        onHighlight={() => this.setHighlight(!this.highlighting)}
      />,
      mount,
    );
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.renderBadge();
    guarded(warn, 'badge state not saved', () => updateSettings(storageArea(), (s) => void (s.badge.collapsed = !this.expanded)));
  }

  private move(): void {
    const next = nextCorner(this.settings.badge.corner);
    this.settings = { ...this.settings, badge: { ...this.settings.badge, corner: next } };
    this.renderBadge();
    guarded(warn, 'badge corner not saved', () => updateSettings(storageArea(), (s) => void (s.badge.corner = next)));
  }
}
