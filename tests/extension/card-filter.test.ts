// The result-list filter (entrypoints/content/card-filter.tsx) on linkedom: it hides the cards its rules
// name and does the work in slices, giving the page a task between them (durations are measured in the
// browser tests and printed there; here a fake clock pins the slicing itself).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { DEFAULT_FILTER_RULES } from '../../lib/extension/filter-settings';
import type { FilterVerdict } from '../../lib/extension/filter-rules';
import { HIDDEN_ATTR } from '../../lib/extension/dom-contract';
import type { Card } from '../../lib/sites/adapter';

let CardFilter: typeof import('../../entrypoints/content/card-filter').CardFilter;
let document: Document;

beforeAll(async () => {
  const dom = parseHTML('<!doctype html><html><body><ul id="list"></ul></body></html>');
  document = dom.document as unknown as Document;
  // The page is not scrolled: nothing lies above the viewport to keep in place.
  Object.assign(globalThis, { document, HTMLElement: dom.HTMLElement, window: Object.assign(dom.window, { scrollY: 0 }) });
  // linkedom's style objects lack getPropertyPriority (the filter keeps a child's !important to restore it).
  const style = Object.getPrototypeOf(document.createElement('div').style) as { getPropertyPriority?: () => string };
  style.getPropertyPriority ??= () => '';
  ({ CardFilter } = await import('../../entrypoints/content/card-filter'));
});

function list(n: number): Card[] {
  const ul = document.getElementById('list')!;
  ul.innerHTML = '';
  return Array.from({ length: n }, (_, i) => {
    const li = document.createElement('li');
    const title = document.createElement('h2');
    title.textContent = `テレアポスタッフ ${i}`;
    li.append(title);
    ul.append(li);
    return { id: `j${i}`, element: li, title: `テレアポスタッフ ${i}`, text: `テレアポスタッフ ${i}`, url: `https://jp.indeed.com/viewjob?jk=j${i}` } as unknown as Card;
  });
}

const outbound: FilterVerdict = { jobType: 'outbound', stress: 4, quota: 'stated', confidence: 0.9, incentiveOnly: false, basis: 'summary' };

describe('card filter', () => {
  it('hides a long list in slices of about 8 ms, giving the page a task between them', async () => {
    // A clock that moves only when a card is looked at: each costs 3 ms, so a slice holds 3 cards (it
    // stops once 8 ms have gone) and 30 cards take 10 slices.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      let looked = 0;
      const filter = new CardFilter(() => ((now += 3), looked++, outbound), 'ja', () => undefined);
      const cards = list(30);
      filter.setCards(cards);
      filter.configure(true, { ...DEFAULT_FILTER_RULES, jobTypes: { ...DEFAULT_FILTER_RULES.jobTypes, outbound: true } }, 'ja');
      const perTask: number[] = [];
      let last = looked;
      for (let i = 0; i < 100 && cards.some((c) => !c.element.hasAttribute(HIDDEN_ATTR)); i++) {
        await new Promise((r) => setTimeout(r, 0));
        if (looked > last) perTask.push(looked - last);
        last = looked;
      }
      expect(cards.every((c) => c.element.getAttribute(HIDDEN_ATTR) === 'outbound')).toBe(true);
      expect(perTask).toEqual(Array(10).fill(3));
      expect(filter.longestSliceMs).toBe(9);
    } finally {
      clock.mockRestore();
    }
  });
});
