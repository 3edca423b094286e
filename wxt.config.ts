import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_MATCHES } from './lib/sites/hosts';
import { ensureTrimmedDictionary } from './scripts/trim-dictionary';
import { ensureIcons, ICON_SIZES } from './scripts/icons';

/** The lexicon's examples are for the tests (every one is run there); the package leaves them out. */
function stripLexiconExamples(): Plugin {
  return {
    name: 'kl-strip-lexicon-examples',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]dictionaries[\\/][^\\/]+\.json$/.test(id)) return null;
      const file = JSON.parse(code) as { entries?: Record<string, unknown>[] };
      for (const e of file.entries ?? []) delete e.examples;
      return { code: JSON.stringify({ ...file, examplesStripped: true }), map: null };
    },
  };
}

const icons = Object.fromEntries(ICON_SIZES.map((s) => [s, `icon/${s}.png`]));

// `npm run build:e2e` (KL_E2E=1): the same extension, also running on the local test server. Only that
// build has these hosts, and it goes to its own folder so it is never shipped by mistake.
const e2e = process.env.KL_E2E === '1';

export default defineConfig({
  outDir: e2e ? '.output-e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), stripLexiconExamples()], define: { __KL_E2E__: JSON.stringify(e2e) } }),
  manifest: ({ browser }) => ({
    // Name, description and the toolbar title in the browser's language: public/_locales (ja by default).
    // The version is package.json's (WXT stamps it); the UI's own language is a setting.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    icons,
    action: { default_title: '__MSG_actionTitle__', default_icon: icons },
    // storage: settings; activeTab: the popup reads the current tab's address; offscreen: the shared
    // tokenizer on Chrome. No host permissions beyond the content scripts' sites.
    // scripting: registers the content script on a site the user turns on, whose host permission is
    // asked for at that moment (optional), never up front.
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'chrome' ? ['offscreen'] : [])],
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    ...(e2e ? { host_permissions: E2E_MATCHES } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kyujin-lens@kyujin-lens.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT takes the toolbar title from the popup's <title>; the manifest's own, localized, is meant.
      for (const action of [manifest.action, (manifest as { browser_action?: typeof manifest.action }).browser_action]) {
        if (!action) continue;
        action.default_title = '__MSG_actionTitle__';
        action.default_icon = icons;
      }
      if (!e2e) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...E2E_MATCHES];
    },
    'build:publicAssets': (_wxt, files) => {
      // kuromoji's dictionary ships inside the package (nothing is fetched from the network), trimmed
      // (scripts/trim-dictionary.ts: 96 MB → 22 MB unpacked), generated at build time, never committed.
      const dictDir = ensureTrimmedDictionary().dir;
      // The icons, rendered from assets/icon.svg (scripts/icons.ts).
      const iconDir = ensureIcons();
      for (const s of ICON_SIZES) files.push({ absoluteSrc: path.join(iconDir, `${s}.png`), relativeDest: `icon/${s}.png` });
      for (const f of fs.readdirSync(dictDir)) {
        if (f.endsWith('.dat.gz')) files.push({ absoluteSrc: path.join(dictDir, f), relativeDest: `dict/${f}` });
      }
    },
  },
});
