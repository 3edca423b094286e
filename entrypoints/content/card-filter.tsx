// Result-list filters on the page: a card the rules hide is never removed. Its children are hidden (inline
// display:none, the previous value kept to restore) and a thin line takes the card's place inside it,
// 「求人レンズが非表示にしました（発信・ストレス4）— 表示する」. Work is done in slices between tasks, and
// the content the user is looking at is kept in place when cards above it collapse.
import { render } from 'preact';
import type { FilterRules } from '@/lib/extension/filter-settings';
import { countReasons, hideReasons, reasonCodes, type FilterVerdict, type HideReason } from '@/lib/extension/filter-rules';
import { HIDDEN_ATTR, HIDDEN_LINE_TAG, HOST_ATTR } from '@/lib/extension/dom-contract';
import { ft, hiddenLineText } from '@/lib/i18n/filter-messages';
import type { Lang } from '@/lib/i18n/messages';
import type { Card } from '@/lib/sites/adapter';
import lineCss from './hidden-line.css?inline';

/** Longest stretch of work between yields: well under the 50 ms of a long task. */
const SLICE_MS = 8;

/**
 * Chrome and Firefox keep what the user reads in place by themselves (CSS scroll anchoring) when cards
 * above it collapse; measuring and scrolling as well would move it twice. Only where a page turned
 * anchoring off (overflow-anchor: none), or a browser lacks it, does the filter scroll by itself.
 */
function nativeAnchoring(): boolean {
  if (typeof CSS === 'undefined' || !CSS.supports('overflow-anchor', 'auto')) return false;
  const off = (el: Element | null) => !!el && getComputedStyle(el).overflowAnchor === 'none';
  return !off(document.documentElement) && !off(document.body);
}

/**
 * Keeps what the user reads in place while cards above it collapse or open, where the browser does not
 * (no scroll anchoring). Measures only when a slice is about to change the page, so a slice that changes
 * nothing forces no layout.
 */
class ScrollKeeper {
  private noted = false;
  private anchor: Element | null = null;
  private top = 0;

  constructor(private readonly cards: () => Iterable<Element>) {}

  note(): void {
    if (this.noted) return;
    this.noted = true;
    if (nativeAnchoring() || window.scrollY <= 0) return;
    // The first card that reaches into the viewport: it, and what follows, must not move.
    for (const el of this.cards()) {
      if (!el.isConnected) continue;
      const rect = el.getBoundingClientRect();
      if (rect.bottom > 0) {
        this.anchor = el;
        this.top = rect.top;
        return;
      }
    }
  }

  /** Scrolls by what the cards above took or gave, so the anchor stands where it stood. */
  restore(): void {
    if (!this.anchor?.isConnected) return;
    const delta = this.anchor.getBoundingClientRect().top - this.top;
    // Half a pixel, not one: the scroll position itself lands on whole pixels, so a residue left under 1 px plus that
    // rounding could let the anchor drift by more than a pixel (1.1 px seen on a page without anchoring).
    if (Math.abs(delta) >= 0.5) window.scrollBy(0, delta);
  }
}

export interface FilterSummary {
  on: boolean;
  showAll: boolean;
  /** Cards hidden now. */
  hidden: number;
  /** Cards the rules would hide (the same as hidden unless the user showed some or all). */
  matching: number;
  reasons: { reason: HideReason; count: number }[];
}

interface Applied {
  reasons: HideReason[];
  /** The children hidden, with the inline display they had. */
  saved: { el: HTMLElement; value: string; priority: string }[];
  line: HTMLElement;
}

export class CardFilter {
  private cards = new Map<Element, Card>();
  private applied = new Map<Element, Applied>();
  /** What the rules say of each card (empty: stays). */
  private matches = new Map<Element, HideReason[]>();
  /** Job ids the user showed with 「表示する」: they stay shown on this page. */
  private revealed = new Set<string>();
  private queue = new Set<Element>();
  private running = false;
  private rules: FilterRules | null = null;
  private on = false;
  private showAll = false;
  longestSliceMs = 0;

  constructor(
    private readonly verdictOf: (card: Card) => FilterVerdict | null,
    private lang: Lang,
    private readonly onChange: (summary: FilterSummary) => void,
  ) {}

  /** New rules (or on/off, or language): every card is looked at again. */
  configure(on: boolean, rules: FilterRules, lang: Lang): void {
    this.on = on;
    this.rules = rules;
    this.lang = lang;
    for (const el of this.cards.keys()) this.queue.add(el);
    this.schedule();
  }

  /** Cards on the page now (new ones too); those gone are forgotten. */
  setCards(cards: Card[]): void {
    // Cards the page removed (an SPA's next page) are let go.
    for (const el of this.cards.keys()) {
      if (el.isConnected) continue;
      this.cards.delete(el);
      this.matches.delete(el);
      this.applied.delete(el);
    }
    for (const c of cards) {
      // A hidden card is looked at again: the page may have re-rendered what is inside it.
      if (!this.cards.has(c.element) || this.applied.has(c.element)) this.queue.add(c.element);
      this.cards.set(c.element, c);
    }
    this.schedule();
  }

  /** A job's verdict arrived or changed: its cards are looked at again. */
  verdictChanged(id: string): void {
    for (const [el, card] of this.cards) if (card.id === id) this.queue.add(el);
    this.schedule();
  }

  setShowAll(on: boolean): void {
    this.showAll = on;
    if (!on) this.revealed.clear();
    for (const el of this.cards.keys()) this.queue.add(el);
    this.schedule();
  }

  /** Shows every card and forgets them (the extension turned off on the site). */
  clear(): void {
    this.queue.clear();
    for (const el of [...this.applied.keys()]) this.unhide(el);
    this.cards.clear();
    this.matches.clear();
    this.emit();
  }

  hiddenCards(): Card[] {
    return [...this.applied.keys()].map((el) => this.cards.get(el)).filter((c): c is Card => !!c && c.element.isConnected);
  }

  summary(): FilterSummary {
    const matching = [...this.matches.values()].filter((r) => r.length > 0);
    return {
      on: this.on,
      showAll: this.showAll,
      hidden: this.applied.size,
      matching: matching.length,
      // Why the hidden ones are hidden (a card the user showed again no longer counts).
      reasons: countReasons([...this.applied.values()].map((a) => a.reasons)),
    };
  }

  private schedule(): void {
    if (this.running || !this.queue.size) return;
    this.running = true;
    setTimeout(() => this.work(), 0);
  }

  private work(): void {
    const start = performance.now();
    const keeper = new ScrollKeeper(() => this.cards.keys());
    let changed = false;
    // At least one card per slice, then as many as fit in the slice.
    for (const el of this.queue) {
      this.queue.delete(el);
      try {
        changed = this.decide(el, keeper) || changed;
      } catch (e) {
        // One odd card must not stop the others.
        console.debug('[求人レンズ] filter:', e);
      }
      if (performance.now() - start >= SLICE_MS) break;
    }
    keeper.restore();
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
    if (changed) this.emit();
    if (this.queue.size) setTimeout(() => this.work(), 0);
    else this.running = false;
  }

  /** Hides or shows one card as the rules say; true when something changed on the page. */
  private decide(el: Element, keeper: ScrollKeeper): boolean {
    const card = this.cards.get(el);
    if (!card || !el.isConnected) {
      this.cards.delete(el);
      this.matches.delete(el);
      this.applied.delete(el);
      return false;
    }
    const reasons = this.on && this.rules ? hideReasons(this.rules, this.verdictOf(card), card.text) : [];
    this.matches.set(el, reasons);
    const hide = reasons.length > 0 && !this.showAll && !this.revealed.has(card.id);
    const now = this.applied.get(el);
    if (!hide && !now) return false;
    if (hide && now && reasonCodes(now.reasons) === reasonCodes(reasons) && now.line.isConnected) {
      // The page may have re-rendered the card's content: hide what is new.
      if ([...el.children].every((c) => c === now.line || now.saved.some((x) => x.el === c))) return false;
      keeper.note();
      return this.hideChildren(el as HTMLElement, now) > 0;
    }
    // The page is about to change: where the user reads is noted first (once per slice).
    keeper.note();
    if (now) this.unhide(el);
    if (!hide) return true;
    this.hide(el as HTMLElement, card, reasons);
    return true;
  }

  private hide(el: HTMLElement, card: Card, reasons: HideReason[]): void {
    const line = document.createElement(HIDDEN_LINE_TAG);
    line.setAttribute(HOST_ATTR, 'hidden-line');
    line.style.cssText = 'display:block;margin:0;padding:0;border:0;';
    const shadow = line.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = lineCss;
    shadow.append(style, document.createElement('div'));
    const applied: Applied = { reasons, saved: [], line };
    this.hideChildren(el, applied);
    el.setAttribute(HIDDEN_ATTR, reasonCodes(reasons));
    el.prepend(line);
    this.applied.set(el, applied);
    const lang = this.lang;
    render(
      <p class="line" role="note">
        {hiddenLineText(reasons, lang)}
        <span aria-hidden="true">— </span>
        <button type="button" data-kl="show" onClick={() => this.reveal(card)}>
          {ft('show', lang)}
        </button>
      </p>,
      shadow.lastElementChild!,
    );
  }

  /** Hides the children not hidden yet (not our line); returns how many. */
  private hideChildren(el: HTMLElement, applied: Applied): number {
    let n = 0;
    for (const child of el.children) {
      if (child === applied.line || !(child instanceof HTMLElement) || applied.saved.some((s) => s.el === child)) continue;
      applied.saved.push({ el: child, value: child.style.getPropertyValue('display'), priority: child.style.getPropertyPriority('display') });
      child.style.setProperty('display', 'none', 'important');
      n++;
    }
    return n;
  }

  private unhide(el: Element): void {
    const applied = this.applied.get(el);
    if (!applied) return;
    this.applied.delete(el);
    for (const s of applied.saved) {
      if (s.value) s.el.style.setProperty('display', s.value, s.priority);
      else s.el.style.removeProperty('display');
    }
    render(null, applied.line.shadowRoot!.lastElementChild!);
    applied.line.remove();
    el.removeAttribute(HIDDEN_ATTR);
  }

  private reveal(card: Card): void {
    this.revealed.add(card.id);
    this.unhide(card.element);
    this.emit();
  }

  private emit(): void {
    try {
      this.onChange(this.summary());
    } catch (e) {
      console.debug('[求人レンズ] filter bar:', e);
    }
  }
}
