// What the package carries for the stores and the toolbar: the version stamped from package.json, the
// localized name and title, the icons, and the toolbar badge that shows the tab's verdict.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eGate, EXT_DIR, REPO_ROOT, tabIdOf, waitForBadge, type ExtensionSession } from './harness';
import { extensionSuite } from './suite';

const gate = e2eGate();
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe.skipIf(!gate.run)('package and toolbar (E2E)', () => {
  const suite = extensionSuite();
  let s: ExtensionSession;
  beforeAll(() => {
    s = suite.session();
  });

  it('stamps package.json\'s version, names itself in the browser\'s language, and has every icon', async () => {
    const m = await s.extEval(() => {
      const man = chrome.runtime.getManifest() as chrome.runtime.ManifestV3;
      return { version: man.version, ui: chrome.i18n.getUILanguage(), name: chrome.i18n.getMessage('extName'), title: chrome.i18n.getMessage('actionTitle'), icons: man.icons, locale: man.default_locale };
    }, null);
    expect(m.version).toBe(pkg.version);
    expect(m.locale).toBe('ja');
    // The browser's own UI language picks the catalog (ja is the default for any language but en).
    const catalog = (lang: string) => JSON.parse(fs.readFileSync(path.join(EXT_DIR, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const expected = catalog(m.ui.startsWith('en') ? 'en' : 'ja');
    expect(m.name, m.ui).toBe(expected.extName!.message);
    expect(m.title, m.ui).toBe(expected.actionTitle!.message);
    for (const size of [16, 32, 48, 96, 128]) {
      const file = path.join(EXT_DIR, (m.icons as Record<string, string>)[String(size)]!);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
    for (const lang of ['ja', 'en']) {
      const messages = JSON.parse(fs.readFileSync(path.join(EXT_DIR, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort(), lang).toEqual(['actionTitle', 'extDescription', 'extName', 'extShortName']);
      expect([...messages.extShortName!.message].length, lang).toBeLessThanOrEqual(12);
      expect([...messages.extDescription!.message].length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('shows the job type and stress of a posting on the toolbar button, and nothing on an article', async () => {
    const badgeOf = (tabId: number) =>
      s.extEval(async (id: number) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
    const posting = await s.open('outbound.html?toolbar=1');
    const verdict = await waitForBadge(posting, 'final', { timeout: 30_000 });
    const tabId = await tabIdOf(s, posting);
    let shown = await badgeOf(tabId);
    for (let i = 0; i < 40 && shown.text === ''; i++) {
      await new Promise((r) => setTimeout(r, 100));
      shown = await badgeOf(tabId);
    }
    expect(shown.text).toBe(`発${verdict.stress}`);
    expect(shown.title).toContain(`${verdict.stress}/5`);
    const article = await s.open('article.html?toolbar=2');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await badgeOf(await tabIdOf(s, article))).text).toBe('');
  });
});
