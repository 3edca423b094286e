// Result lists: a small badge on every job card, from the card's own text (marked as a summary-only
// verdict), or the full verdict once the user has opened that posting. Cards are analyzed in small
// batches between tasks so a page of 50 cards never gets a long task. Verdicts go to the page's verdict
// store; the card badges are drawn from its events (as filters and the popup read them).
import { render } from 'preact';
import type { AnalysisResult } from '@/lib/core/types';
import { levelTone } from '@/lib/extension/badge-model';
import { CARD_TAG, HOST_ATTR } from '@/lib/extension/dom-contract';
import type { Report } from '@/lib/extension/report';
import { cardVerdict, type Verdict, type VerdictStore } from '@/lib/extension/verdict-store';
import { jobTypeLabel, t, type Lang } from '@/lib/i18n/messages';
import { formatPay } from '@/lib/pay/summary';
import type { Card } from '@/lib/sites/adapter';
import cardCss from './card.css?inline';

/** Longest stretch of work between yields: well under the 50 ms of a long task. */
const SLICE_MS = 12;

export class CardBadges {
  private done = new WeakMap<Element, string>();
  private queue: Card[] = [];
  private running = false;
  /** The card elements of each job id on the page (a job can be listed twice). */
  private elements = new Map<string, Set<Element>>();
  /** Longest slice of work so far (ms): the figure the browser tests print. */
  longestSliceMs = 0;

  constructor(
    private readonly store: VerdictStore,
    private readonly analyze: (text: string) => AnalysisResult,
    private readonly known: (id: string) => Verdict | undefined,
    private lang: Lang,
    private readonly report: Report,
  ) {
    store.subscribe((e) => {
      if (e.type === 'job') for (const el of this.elements.get(e.id) ?? []) this.place(el, e.id, e.verdict);
      else if (e.type === 'jobs-cleared') this.removeAll();
    });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  /** Queues cards not badged yet (or whose text changed); a card never gets two badges. */
  update(cards: Card[]): void {
    for (const c of cards) {
      const key = `${c.id}\u0000${c.text.length}`;
      if (this.done.get(c.element) === key) continue;
      this.done.set(c.element, key);
      this.queue.push(c);
    }
    if (!this.running && this.queue.length) {
      this.running = true;
      setTimeout(() => this.work(), 0);
    }
  }

  /** Removes every card badge (on the store's jobs-cleared: settings changed, or turned off on the site). */
  private removeAll(): void {
    this.queue = [];
    for (const el of document.querySelectorAll(CARD_TAG)) el.remove();
    this.done = new WeakMap();
    this.elements.clear();
  }

  private work(): void {
    const start = performance.now();
    while (this.queue.length && performance.now() - start < SLICE_MS) {
      const card = this.queue.shift()!;
      try {
        let els = this.elements.get(card.id);
        if (!els) this.elements.set(card.id, (els = new Set()));
        els.add(card.element);
        const held = this.store.job(card.id);
        // A job whose full verdict the store holds already shows it; otherwise the store's event places the badge.
        if (held?.basis === 'full') this.place(card.element, card.id, held);
        else this.store.setJob(card.id, this.known(card.id) ?? cardVerdict(this.analyze(card.text), card.text));
      } catch (e) {
        // One odd card must not stop the others.
        this.report(`card ${card.id} not badged`, e);
      }
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
    if (this.queue.length) setTimeout(() => this.work(), 0);
    else this.running = false;
  }

  private place(element: Element, id: string, v: Verdict): void {
    if (!element.isConnected) return;
    let host = element.querySelector(`:scope > ${CARD_TAG}`) as HTMLElement | null;
    if (!host) {
      host = document.createElement(CARD_TAG);
      // A zero-height block: the badge floats over the card's corner and the card's layout does not move.
      host.style.cssText = 'display:block;position:relative;height:0;width:auto;margin:0;padding:0;border:0;overflow:visible;';
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = cardCss;
      shadow.append(style, document.createElement('div'));
      element.prepend(host);
    }
    host.setAttribute(HOST_ATTR, 'card');
    host.setAttribute('data-job-id', id);
    host.setAttribute('data-basis', v.basis);
    host.setAttribute('data-job-type', v.jobType);
    host.setAttribute('data-stress', String(v.stress));
    const lang = this.lang;
    const pay = v.basePay ? formatPay(v.basePay, lang) : null;
    if (pay) host.setAttribute('data-pay', pay);
    else host.removeAttribute('data-pay');
    const label = `${t('appName', lang)}: ${jobTypeLabel(v.jobType, lang)}, ${t('stress', lang)} ${v.stress}/5${pay ? `, ${pay}` : ''}${v.basis === 'summary' ? ` (${t('summaryOnly', lang)})` : ''}`;
    render(
      <span class={`card ${levelTone(v.stress)} ${v.basis}`} role="note" aria-label={label} title={label}>
        <span class="type">{jobTypeLabel(v.jobType, lang).replace(/（.*）|\s*\(.*\)/, '')}</span>
        <span class="lv">{t('stress', lang)} {v.stress}</span>
        {pay && <span class="pay">{pay}</span>}
        {v.basis === 'summary' && <span class="basis">{t('summaryShort', lang)}</span>}
      </span>,
      host.shadowRoot!.lastElementChild!,
    );
  }
}
