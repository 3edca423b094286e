// Result-list filters on a page: the card filter, the bar that says what is hidden, and the settings they
// read and write. The controller hands it the cards, each card's verdict as it arrives, and settings.
import { render } from 'preact';
import { FilterControls, type FilterView } from '@/components/FilterControls';
import { rulesFor, setOwnRules, setRulesFor, type FilterRules } from '@/lib/extension/filter-settings';
import type { FilterVerdict } from '@/lib/extension/filter-rules';
import { FILTER_BAR_TAG, HOST_ATTR } from '@/lib/extension/dom-contract';
import { ask, type RequestOf } from '@/lib/extension/protocol';
import { okAnswer } from '@/lib/extension/filter-history-messages';
import type { Settings } from '@/lib/extension/settings';
import { settingsArea, updateSettings } from '@/lib/extension/settings-store';
import type { Card } from '@/lib/sites/adapter';
import { CardFilter, type FilterSummary } from './card-filter';
import barCss from '@/components/filter-controls.css?inline';

const BAR_FRAME_CSS = `:host { all: initial; }
.bar { position: fixed; left: 12px; bottom: 12px; z-index: 2147483646; max-width: min(520px, calc(100vw - 24px));
  padding: 6px 10px; background: rgba(255,255,255,.97); border: 1px solid #c9d0dc; border-radius: 10px;
  box-shadow: 0 2px 10px rgba(0,0,0,.15); }
@media (prefers-color-scheme: dark) { .bar { background: rgba(31,36,48,.97); border-color: #3b4252; } }`;

export class ListFilters {
  private filter: CardFilter;
  private settings: Settings | null = null;
  private host: HTMLElement | null = null;
  private active = false;

  constructor(
    private readonly verdictOf: (card: Card) => FilterVerdict | null,
    private readonly hostName: string,
  ) {
    this.filter = new CardFilter(verdictOf, 'ja', (summary) => this.renderBar(summary));
  }

  get longestSliceMs(): number {
    return this.filter.longestSliceMs;
  }

  /** The settings changed (or were read): the rules in force here are applied again. */
  configure(settings: Settings): void {
    this.settings = settings;
    const { rules } = rulesFor(settings.filters, this.hostName);
    this.filter.configure(settings.filters.on, rules, settings.lang);
    if (this.active) this.renderBar(this.filter.summary());
  }

  /** The cards of a result list (called again as cards are added). */
  setCards(cards: Card[]): void {
    if (!cards.length) return;
    this.active = true;
    this.filter.setCards(cards);
    this.renderBar(this.filter.summary());
  }

  verdictChanged(id: string): void {
    this.filter.verdictChanged(id);
  }

  setShowAll(on: boolean): void {
    this.filter.setShowAll(on);
  }

  /** The cards read from the page plus those hidden now (their text is out of the extraction's sight), in page order. */
  withHidden(cards: Card[]): Card[] {
    const listed = new Set(cards.map((c) => c.element));
    const all = [...cards, ...this.filter.hiddenCards().filter((c) => !listed.has(c.element))];
    return all.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Every card shown again and the bar gone (the extension turned off on the site). */
  clear(): void {
    if (!this.active) return;
    this.active = false;
    this.filter.clear();
    if (this.host) {
      render(null, this.host.shadowRoot!.lastElementChild!);
      this.host.remove();
      this.host = null;
    }
  }

  /** What the popup shows. */
  view(): FilterView | null {
    if (!this.active || !this.settings) return null;
    const { rules, own } = rulesFor(this.settings.filters, this.hostName);
    return { ...this.filter.summary(), rules, own, longestSliceMs: this.filter.longestSliceMs };
  }

  /** Changes made in the bar (or the popup) are saved; the change event brings them back here. */
  save(change: (s: Settings) => void): void {
    updateSettings(settingsArea(browser.storage), change).catch((e) => console.debug('[求人レンズ] filter settings not saved:', e));
  }

  setOn(on: boolean): void {
    this.save((s) => void (s.filters.on = on));
  }

  setRules(rules: FilterRules): void {
    this.save((s) => setRulesFor(s.filters, this.hostName, rules));
  }

  setOwn(own: boolean): void {
    this.save((s) => setOwnRules(s.filters, this.hostName, own));
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    if (!this.host) {
      this.host = document.createElement(FILTER_BAR_TAG);
      this.host.setAttribute(HOST_ATTR, 'filter-bar');
      const shadow = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = `${BAR_FRAME_CSS}\n${barCss}`;
      const mount = document.createElement('div');
      mount.className = 'bar';
      shadow.append(style, mount);
    }
    // Fixed, on <html> like the badge: the page's layout never moves for it.
    document.documentElement.appendChild(this.host);
    return this.host;
  }

  private renderBar(summary: FilterSummary): void {
    if (!this.active || !this.settings) return;
    const host = this.ensureHost();
    host.setAttribute('data-on', String(summary.on));
    host.setAttribute('data-hidden', String(summary.hidden));
    const view = this.view()!;
    render(
      <FilterControls
        view={view}
        lang={this.settings.lang}
        actions={{
          setOn: (on) => this.setOn(on),
          setRules: (r) => this.setRules(r),
          setOwn: (own) => this.setOwn(own),
          setShowAll: (on) => this.setShowAll(on),
          openSettings: () =>
            void ask((m: RequestOf<'kl:open-settings'>) => browser.runtime.sendMessage(m), { type: 'kl:open-settings' }, okAnswer).then((r) => r.ok || console.debug('[求人レンズ]', r.problem)),
        }}
      />,
      host.shadowRoot!.lastElementChild!,
    );
  }
}
