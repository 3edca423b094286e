// The card badges of a result list (entrypoints/content/cards.tsx) on linkedom: verdicts go to the page's
// verdict store and each card's badge is drawn from the store's events — one badge per card, a full
// verdict over a summary, all gone when the store's jobs are cleared.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { AnalysisResult } from '../../lib/core/types';
import { CARD_TAG } from '../../lib/extension/dom-contract';
import { VerdictStore, type Verdict } from '../../lib/extension/verdict-store';
import type { Card } from '../../lib/sites/adapter';

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

let CardBadges: typeof import('../../entrypoints/content/cards').CardBadges;
let document: Document;

beforeAll(async () => {
  const dom = parseHTML('<!doctype html><html><body><ul id="list"></ul></body></html>');
  document = dom.document as unknown as Document;
  Object.assign(globalThis, { document });
  ({ CardBadges } = await import('../../entrypoints/content/cards'));
});

function list(ids: string[]): Card[] {
  const ul = document.getElementById('list')!;
  ul.innerHTML = '';
  return ids.map((id) => {
    const li = document.createElement('li');
    li.textContent = `求人 ${id}`;
    ul.append(li);
    return { id, element: li, title: `求人 ${id}`, text: `求人 ${id} テレアポ`, url: `https://jp.indeed.com/viewjob?jk=${id}` } as unknown as Card;
  });
}

const summary = { jobType: 'outbound', stress: 4, difficulty: 3, quota: 'stated', callCenter: true } as unknown as AnalysisResult;
const opened: Verdict = { jobType: 'inbound', stress: 2, difficulty: 2, quota: 'absent', callCenter: true, basis: 'full', confidence: 0.9, incentiveOnly: false };

function setup(known: Record<string, Verdict> = {}) {
  const store = new VerdictStore(() => undefined);
  const analyzed: string[] = [];
  const badges = new CardBadges(
    store,
    (text) => {
      analyzed.push(text);
      return summary;
    },
    (id) => known[id],
    'ja',
    () => undefined,
  );
  return { store, badges, analyzed };
}

const hosts = () => [...document.querySelectorAll(CARD_TAG)];

describe('card badges', () => {
  it('badges every card once, from its summary, through the store', async () => {
    const { store, badges, analyzed } = setup();
    const cards = list(['a1', 'b2', 'c3']);
    badges.update(cards);
    badges.update(cards); // the same cards again (a page change): no second badge, no second analysis
    await settle();
    expect(hosts().map((h) => [h.getAttribute('data-job-id'), h.getAttribute('data-basis'), h.getAttribute('data-job-type')])).toEqual([
      ['a1', 'summary', 'outbound'],
      ['b2', 'summary', 'outbound'],
      ['c3', 'summary', 'outbound'],
    ]);
    expect(analyzed).toHaveLength(3);
    expect(store.job('b2')).toMatchObject({ basis: 'summary', stress: 4 });
  });

  it("shows the full verdict of a posting the user opened, without analyzing its card", async () => {
    const { store, badges, analyzed } = setup({ b2: opened });
    badges.update(list(['a1', 'b2']));
    await settle();
    expect(hosts().map((h) => h.getAttribute('data-basis'))).toEqual(['summary', 'full']);
    expect(analyzed).toEqual(['求人 a1 テレアポ']);
    expect(store.job('b2')).toEqual(opened);
  });

  it("redraws a card when the store learns its job's full verdict", async () => {
    const { store, badges } = setup();
    badges.update(list(['a1']));
    await settle();
    store.setJob('a1', opened);
    expect(hosts()[0]!.getAttribute('data-basis')).toBe('full');
    expect(hosts()[0]!.getAttribute('data-stress')).toBe('2');
  });

  it("removes every card badge when the store's jobs are cleared", async () => {
    const { store, badges } = setup();
    badges.update(list(['a1', 'b2']));
    await settle();
    store.clearJobs();
    expect(hosts()).toHaveLength(0);
  });

  it('analyzes a long list in slices of about 12 ms, giving the page a task between them', async () => {
    // A clock that moves only when a card is analyzed: each card costs 5 ms, so a slice holds 3 cards
    // (it stops once 12 ms have gone) and 50 cards take 17 slices.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const store = new VerdictStore(() => undefined);
      let analyzed = 0;
      const badges = new CardBadges(store, () => ((now += 5), analyzed++, summary), () => undefined, 'ja', () => undefined);
      badges.update(list(Array.from({ length: 50 }, (_, i) => `j${i}`)));
      const perTask: number[] = [];
      while (analyzed < 50 && perTask.length < 100) {
        const before = analyzed;
        await new Promise((r) => setTimeout(r, 0));
        if (analyzed > before) perTask.push(analyzed - before);
      }
      expect(perTask.reduce((a, n) => a + n, 0)).toBe(50);
      expect(Math.max(...perTask)).toBe(3);
      expect(perTask.length).toBe(17);
      expect(badges.longestSliceMs).toBe(15);
    } finally {
      clock.mockRestore();
    }
  });
});
