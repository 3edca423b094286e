// Result lists: a small badge on every job card, from the card's own text (marked as a summary-only
// verdict), or the full verdict once the user has opened that posting. Cards are analyzed in small
// batches between frames so a page of 50 cards never gets a long task.
import { render } from 'preact';
import type { AnalysisResult, JobType } from '@/lib/core/types';
import { levelTone } from '@/lib/extension/badge-model';
import { HOST_ATTR } from '@/lib/extension/dom-contract';
import { jobTypeLabel, t, type Lang } from '@/lib/i18n/messages';
import type { Card } from '@/lib/sites/adapter';
import cardCss from './card.css?inline';

export const CARD_TAG = 'kyujin-lens-card';

/** What a card shows: kept small, so it can also be stored for cards of postings already opened. */
export interface CardVerdict {
  jobType: JobType;
  stress: number;
  difficulty: number;
  quota: AnalysisResult['quota'];
  callCenter: boolean;
  /** 'summary': from the card's text only. 'full': from the opened posting. */
  basis: 'summary' | 'full';
}

export function cardVerdict(r: AnalysisResult, basis: CardVerdict['basis']): CardVerdict {
  return { jobType: r.jobType, stress: r.stress, difficulty: r.difficulty, quota: r.quota, callCenter: r.callCenter, basis };
}

/** Longest stretch of work between yields: well under the 50 ms of a long task. */
const SLICE_MS = 12;

export class CardBadges {
  private done = new WeakMap<Element, string>();
  private queue: Card[] = [];
  private running = false;
  /** Longest slice of work so far (ms): the figure the browser tests print. */
  longestSliceMs = 0;
  /** What each card (by id) shows now. */
  readonly verdicts = new Map<string, CardVerdict>();

  constructor(
    private readonly analyze: (text: string) => AnalysisResult,
    private readonly known: (id: string) => CardVerdict | undefined,
    private lang: Lang,
  ) {}

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

  /** Removes every card badge (extension turned off on the site). */
  clear(): void {
    this.queue = [];
    for (const el of document.querySelectorAll(CARD_TAG)) el.remove();
    this.done = new WeakMap();
    this.verdicts.clear();
  }

  private work(): void {
    const start = performance.now();
    while (this.queue.length && performance.now() - start < SLICE_MS) {
      const card = this.queue.shift()!;
      try {
        const known = this.known(card.id);
        const v = known ?? cardVerdict(this.analyze(card.text), 'summary');
        this.verdicts.set(card.id, v);
        this.place(card, v);
      } catch {
        // One odd card must not stop the others.
      }
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
    if (this.queue.length) setTimeout(() => this.work(), 0);
    else this.running = false;
  }

  private place(card: Card, v: CardVerdict): void {
    if (!card.element.isConnected) return;
    let host = card.element.querySelector(`:scope > ${CARD_TAG}`) as HTMLElement | null;
    if (!host) {
      host = document.createElement(CARD_TAG);
      // A zero-height block: the badge floats over the card's corner and the card's layout does not move.
      host.style.cssText = 'display:block;position:relative;height:0;width:auto;margin:0;padding:0;border:0;overflow:visible;';
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = cardCss;
      shadow.append(style, document.createElement('div'));
      card.element.prepend(host);
    }
    host.setAttribute(HOST_ATTR, 'card');
    host.setAttribute('data-job-id', card.id);
    host.setAttribute('data-basis', v.basis);
    host.setAttribute('data-job-type', v.jobType);
    host.setAttribute('data-stress', String(v.stress));
    const lang = this.lang;
    const label = `${t('appName', lang)}: ${jobTypeLabel(v.jobType, lang)}, ${t('stress', lang)} ${v.stress}/5${v.basis === 'summary' ? ` (${t('summaryOnly', lang)})` : ''}`;
    render(
      <span class={`card ${levelTone(v.stress)} ${v.basis}`} role="note" aria-label={label} title={label}>
        <span class="type">{jobTypeLabel(v.jobType, lang).replace(/（.*）|\s*\(.*\)/, '')}</span>
        <span class="lv">{t('stress', lang)} {v.stress}</span>
        {v.basis === 'summary' && <span class="basis">{t('summaryShort', lang)}</span>}
      </span>,
      host.shadowRoot!.lastElementChild!,
    );
  }
}
