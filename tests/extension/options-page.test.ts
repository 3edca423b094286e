// The settings page rendered in Node (linkedom + WXT's fake browser): the names the E2E tests and users'
// scripts rely on are there, a change is saved, and a change made elsewhere in storage.local is shown.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fakeBrowser } from 'wxt/testing';

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 5));
};

describe('settings page (options.html)', () => {
  let document: Document;
  // linkedom keeps a select's value as the attribute Preact writes.
  const sensitivity = () => document.querySelector('select[name="sensitivity"]')!.getAttribute('value');
  beforeAll(async () => {
    const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    document = dom.document as unknown as Document;
    Object.assign(globalThis, { window: dom.window, document, HTMLElement: dom.window.HTMLElement, Event: dom.window.Event });
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { version: 1, sensitivity: 'high', userKeywords: [{ text: 'テスト', category: 'quota', weight: 2 }] } });
    await import('../../entrypoints/options/main');
    await settle();
  });

  it('shows the stored settings under the names of lib/extension/dom-contract.ts', () => {
    const q = (sel: string) => document.querySelector(sel);
    expect(sensitivity()).toBe('high');
    for (const sel of ['input[name="category:quota"]', 'input[name="highlight"]', 'select[name="lang"]', 'input[name="hideQuietMark"]',
      'input[name="kw-text"]', 'select[name="kw-category"]', 'input[name="kw-weight"]', 'button[data-kl="kw-add"]', '[data-kl="kw-error"]',
      '[data-kl="kw-list"] li button[data-kl="kw-remove"]', '[data-kl="saved"]', '[data-kl="site-form"]', '[data-kl="export"]', '[data-kl="reset"]']) {
      expect(q(sel), sel).not.toBeNull();
    }
  });

  it('saves a change as the whole object', async () => {
    const box = document.querySelector('input[name="highlight"]') as HTMLInputElement;
    box.checked = false;
    box.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change'));
    await settle();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { highlight: boolean; sensitivity: string };
    expect(stored).toMatchObject({ highlight: false, sensitivity: 'high' });
    expect(document.querySelector('[data-kl="saved"]')!.getAttribute('data-state')).toBe('saved');
  });

  it('shows a change another tab wrote to storage.local', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, sensitivity: 'low', savedAt: Date.now() + 1000 } });
    await settle();
    expect(sensitivity()).toBe('low');
  });
});
