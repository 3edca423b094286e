// The job cards on a site's list page: the adapter's card selectors, else the link-anchored rule.
// Never throws: a page the selectors cannot read gives no cards.
import { matchesSelector, queryAll } from '../dom/query';
import { tagOf } from '../dom/text';
import { oneLine } from '../text/fold';
import { fnv1aHex } from '../text/hash';
import { report } from '../core/report';
import { isHiddenInTree, isOwnMark, strip, textOf } from './read';
import type { Adapter, Card, CardReading } from './types';
import { jobIdOf } from './urls';

interface CardContext {
  adapter: Adapter;
  base: string;
}

function hrefOf(el: Element): string | null {
  const href = el.getAttribute('href');
  return href && href.trim() !== '' && !/^(?:javascript|mailto|tel):/i.test(href.trim()) ? href.trim() : null;
}

/** Job id of a link element, if it points at this site and its URL carries an id. */
function linkId(a: Element, ctx: CardContext): string | null {
  const href = hrefOf(a);
  return href ? jobIdOf(href, ctx.adapter, ctx.base) : null;
}

/** Distinct job ids of the detail links inside an element (and the element itself when it is a link). */
function idsInside(el: Element, ctx: CardContext, limit = 2): Set<string> {
  const ids = new Set<string>();
  const links = queryAll(el, 'a[href]');
  if (tagOf(el) === 'a') links.unshift(el);
  for (const a of links) {
    const id = linkId(a, ctx);
    if (id) ids.add(id);
    if (ids.size >= limit) break;
  }
  return ids;
}

function cardId(el: Element, title: string, text: string, ctx: CardContext): string {
  for (const attr of ctx.adapter.card.idAttr ?? []) {
    const own = el.getAttribute(attr);
    if (own && own.trim()) return own.trim();
    for (const inner of queryAll(el, `[${attr}]`)) {
      if (isHiddenInTree(inner, el)) continue;
      const v = inner.getAttribute(attr);
      if (v && v.trim()) return v.trim();
    }
  }
  for (const selector of ctx.adapter.card.link) {
    const links = matchesSelector(el, selector) ? [el, ...queryAll(el, selector)] : queryAll(el, selector);
    for (const a of links) {
      const id = linkId(a, ctx);
      if (id) return id;
    }
  }
  // Any link inside to a page of this site that carries an id.
  for (const id of idsInside(el, ctx, 1)) return id;
  return `h-${fnv1aHex(`${title}\n${text}`)}`;
}

function cardTitle(el: Element, text: string, ctx: CardContext): string {
  for (const selector of ctx.adapter.card.title) {
    for (const t of queryAll(el, selector)) {
      const s = strip(oneLine(textOf(t, isOwnMark)), ctx.adapter.titleStrip);
      if (s) return s;
    }
  }
  for (const selector of ctx.adapter.card.link) {
    for (const a of queryAll(el, selector)) {
      const s = oneLine(textOf(a, isOwnMark));
      if (s) return s;
    }
  }
  return oneLine(text.split('\n', 1)[0] ?? '');
}

function toCards(elements: Element[], ctx: CardContext): Card[] {
  const cards: Card[] = [];
  for (const element of elements) {
    const text = textOf(element, (e) => tagOf(e) === 'button' || isOwnMark(e)).trim();
    if (!text) continue;
    const title = cardTitle(element, text, ctx);
    cards.push({ id: cardId(element, title, text, ctx), title, text, element });
  }
  return cards;
}

/** Visible elements for a card selector; wrappers holding several jobs dropped; outermost only. */
function cardElements(doc: Document, selector: string, ctx: CardContext): Element[] {
  const found = queryAll(doc, selector).filter((el) => !isHiddenInTree(el, doc) && !isOwnMark(el));
  // A list wrapper matched by a loose selector ([class*='jobCard'] on "jobCardList") holds
  // links to several jobs: it is not a card.
  const single = found.filter((el) => idsInside(el, ctx).size <= 1);
  return single.filter((el) => !single.some((o) => o !== el && o.contains(el)));
}

const MAX_CLIMB = 12;

/**
 * The link-anchored rule: for each link to a job of this site (a URL of one of its hosts that
 * carries a job id: a detail page, or a click-tracking redirect such as Indeed's /rc/clk?jk=), the
 * largest ancestor (within a few levels) that holds no other job's link is the card. Survives class
 * renames.
 */
function anchoredCards(doc: Document, ctx: CardContext): { cards: Element[]; links: number } {
  const stop = doc.body ?? doc.documentElement;
  const links: Array<{ a: Element; id: string }> = [];
  // Distinct job ids (up to 2) under each ancestor of a job link: one pass, no re-scans.
  const idsUnder = new Map<Element, Set<string>>();
  for (const a of queryAll(doc, 'a[href]')) {
    if (isHiddenInTree(a, doc)) continue;
    const id = linkId(a, ctx);
    if (!id) continue;
    links.push({ a, id });
    // Every ancestor, not just those within MAX_CLIMB: another card's link may sit deeper.
    for (let p: Element | null = a; p && p !== stop; p = p.parentElement) {
      let set = idsUnder.get(p);
      if (!set) idsUnder.set(p, (set = new Set()));
      if (set.size < 2) set.add(id);
    }
  }
  const seen = new Set<Element>();
  const out: Element[] = [];
  let outsideNav = 0;
  for (const { a, id } of links) {
    // Site navigation can link to a job ("最近見た求人" in the header): not a card.
    let inNav = false;
    for (let p: Element | null = a; p && p !== stop; p = p.parentElement) {
      const tag = tagOf(p);
      if (tag === 'nav' || tag === 'header' || tag === 'footer') inNav = true;
    }
    if (inNav) continue;
    outsideNav++;
    let card: Element = a;
    for (let i = 0, p = a.parentElement; i < MAX_CLIMB && p && p !== stop; i++, p = p.parentElement) {
      const ids = idsUnder.get(p);
      if (!ids || ids.size > 1 || !ids.has(id)) break;
      card = p;
    }
    if (!seen.has(card)) {
      seen.add(card);
      out.push(card);
    }
  }
  return { cards: out.filter((el) => !out.some((o) => o !== el && o.contains(el))), links: outsideNav };
}

/**
 * Every job card on a list page, each element once, in document order: the adapter's card
 * selectors (first entry that yields cards wins), else the link-anchored rule. Cards with no text
 * are skipped. `url` (the page URL) resolves relative links; the site's first host is assumed
 * without it.
 */
export function readCards(doc: Document, adapter: Adapter, opts?: { url?: string }): CardReading {
  const ctx: CardContext = { adapter, base: opts?.url ?? `https://${adapter.hosts[0]}/` };
  try {
    for (const selector of adapter.card.item) {
      const cards = toCards(cardElements(doc, selector, ctx), ctx);
      if (cards.length > 0) return { cards, via: selector, jobLinks: 0 };
    }
    const anchors = anchoredCards(doc, ctx);
    const cards = toCards(anchors.cards, ctx);
    return { cards, via: cards.length > 0 ? 'anchored' : null, jobLinks: anchors.links };
  } catch (e) {
    report(`sites: reading ${adapter.id} cards`, e);
    return { cards: [], via: null, jobLinks: 0 };
  }
}

/** Every job card on a list page (see readCards). */
export function extractCards(doc: Document, adapter: Adapter, opts?: { url?: string }): Card[] {
  return readCards(doc, adapter, opts).cards;
}
