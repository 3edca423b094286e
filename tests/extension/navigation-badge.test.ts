// The navigation watcher (lib/extension/navigation.ts) and the badge host (lib/extension/badge-host.ts)
// on linkedom, with the timers and events passed in.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { NAVIGATION_DEBOUNCE_MS, watchNavigation } from '../../lib/extension/navigation';
import { BadgeHost, MAX_REATTACH } from '../../lib/extension/badge-host';
import { BADGE_TAG, CARD_TAG, HOST_ATTR } from '../../lib/extension/dom-contract';

const flush = () => new Promise((r) => setTimeout(r, 0));

function page() {
  const { window, document, MutationObserver } = parseHTML('<!doctype html><html><body><main><p>求人</p></main></body></html>');
  let href = 'https://example.com/jobs/1';
  const timers = new Map<number, () => void>();
  let next = 0;
  const delays: number[] = [];
  const settled: boolean[] = [];
  let mutations = 0;
  const navigation = new window.EventTarget();
  const stop = watchNavigation(
    {
      win: window as unknown as EventTarget,
      doc: document as unknown as Document,
      MutationObserver: MutationObserver as unknown as typeof globalThis.MutationObserver,
      navigation,
      href: () => href,
      setTimeout: (fn, ms) => {
        delays.push(ms);
        timers.set(++next, fn);
        return next;
      },
      clearTimeout: (h) => void timers.delete(h as number),
    },
    { ours: (n) => (n as Element).localName === CARD_TAG || (n as Element).localName === BADGE_TAG, onMutations: () => void mutations++, onSettled: (moved) => settled.push(moved) },
  );
  const fire = () => {
    const pending = [...timers.values()];
    timers.clear();
    for (const fn of pending) fn();
  };
  return { window, document, navigation, stop, fire, timers, delays, settled, mutations: () => mutations, go: (u: string) => void (href = u) };
}

describe('navigation watcher', () => {
  it('turns a burst of page changes into one call after the quiet time', async () => {
    const p = page();
    const main = p.document.querySelector('main')!;
    for (let i = 0; i < 5; i++) main.append(p.document.createElement('div'));
    await flush();
    expect(p.timers.size).toBe(1); // each change restarted the one timer
    expect(p.delays.every((d) => d === NAVIGATION_DEBOUNCE_MS)).toBe(true);
    p.fire();
    expect(p.settled).toEqual([false]);
  });

  it('says the page moved after history navigation, hashchange or the Navigation API', () => {
    const p = page();
    p.go('https://example.com/jobs/2');
    p.window.dispatchEvent(new p.window.Event('popstate'));
    p.fire();
    p.window.dispatchEvent(new p.window.Event('hashchange'));
    p.fire();
    p.go('https://example.com/jobs/3');
    p.navigation.dispatchEvent(new p.window.Event('navigatesuccess'));
    p.fire();
    expect(p.settled).toEqual([true, false, true]);
  });

  it("does not count the extension's own badges coming and going as a change, but tells the badge host", async () => {
    const p = page();
    const card = p.document.createElement(CARD_TAG);
    p.document.querySelector('main')!.append(card);
    card.remove();
    p.document.documentElement.append(p.document.createElement(BADGE_TAG));
    await flush();
    expect(p.timers.size).toBe(0);
    expect(p.mutations()).toBeGreaterThan(0);
  });

  it('counts a frame that finished loading, and stops when stopped', async () => {
    const p = page();
    const frame = p.document.createElement('iframe');
    p.document.body.append(frame);
    await flush();
    p.fire();
    // A browser's load does not bubble and reaches the document's capturing listener; linkedom only
    // propagates bubbling events, so the test's event bubbles.
    frame.dispatchEvent(new p.window.Event('load', { bubbles: true }));
    expect(p.timers.size).toBe(1);
    p.fire();
    p.stop();
    p.window.dispatchEvent(new p.window.Event('popstate'));
    p.document.body.append(p.document.createElement('div'));
    await flush();
    expect(p.timers.size).toBe(0);
  });
});

describe('badge host', () => {
  function host() {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const painted: string[] = [];
    const h = new BadgeHost(document as unknown as Document, '.kl{}', (m) => painted.push(m.tagName), () => painted.push('clear'));
    return { document, h, painted };
  }

  it('puts one host on <html> with the verdict attributes and a shadow root holding the style', () => {
    const { document, h, painted } = host();
    h.show({ [HOST_ATTR]: 'badge', 'data-state': 'provisional', 'data-job-type': 'inbound' });
    h.show({ [HOST_ATTR]: 'badge', 'data-state': 'final', 'data-job-type': 'outbound' });
    const hosts = document.querySelectorAll(BADGE_TAG);
    expect(hosts.length).toBe(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(hosts[0]!.getAttribute('data-state')).toBe('final');
    expect(hosts[0]!.getAttribute('data-job-type')).toBe('outbound');
    expect(hosts[0]!.shadowRoot!.querySelector('style')!.textContent).toBe('.kl{}');
    expect(painted).toEqual(['DIV', 'DIV']);
  });

  it('drops attributes the new state does not carry (no verdict shown that was not computed)', () => {
    const { document, h } = host();
    h.show({ [HOST_ATTR]: 'badge', 'data-state': 'final', 'data-job-type': 'outbound', 'data-stress': '4' });
    h.show({ [HOST_ATTR]: 'badge', 'data-state': 'error' });
    const el = document.querySelector(BADGE_TAG)!;
    expect(el.getAttribute('data-state')).toBe('error');
    expect(el.hasAttribute('data-job-type')).toBe(false);
    expect(el.hasAttribute('data-stress')).toBe(false);
  });

  it('removes the badge when there is nothing to show', () => {
    const { document, h, painted } = host();
    h.show({ [HOST_ATTR]: 'quiet', 'data-state': 'final' });
    h.show(null);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    expect(painted.at(-1)).toBe('clear');
    expect(h.restoreIfRemoved()).toBe(false); // nothing to show: nothing to put back
  });

  it(`puts back a badge the page removed, ${MAX_REATTACH} times at most`, () => {
    const { document, h } = host();
    h.show({ [HOST_ATTR]: 'badge', 'data-state': 'final' });
    const restored: boolean[] = [];
    for (let i = 0; i < MAX_REATTACH + 2; i++) {
      document.querySelector(BADGE_TAG)?.remove();
      restored.push(h.restoreIfRemoved());
    }
    expect(restored).toEqual([...Array(MAX_REATTACH).fill(true), false, false]);
    expect(h.isHost(h.element!)).toBe(true);
  });
});
