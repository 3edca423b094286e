import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_MATCHES } from './lib/sites/hosts';
import { ensureTrimmedDictionary } from './scripts/trim-dictionary';

// `npm run build:e2e` (KL_E2E=1): the same extension, also running on the local test server. Only that
// build has these hosts, and it goes to its own folder so it is never shipped by mistake.
const e2e = process.env.KL_E2E === '1';

export default defineConfig({
  outDir: e2e ? '.output-e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()], define: { __KL_E2E__: JSON.stringify(e2e) } }),
  manifest: ({ browser }) => ({
    name: '求人レンズ',
    description: '求人票を読み、受信・発信・営業、ノルマやストレスの目安を示します。すべてブラウザ内で処理します。',
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
      if (!e2e) return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...E2E_MATCHES];
    },
    'build:publicAssets': (_wxt, files) => {
      // kuromoji's dictionary ships inside the package (nothing is fetched from the network), trimmed
      // (scripts/trim-dictionary.ts: 96 MB → 22 MB unpacked), generated at build time, never committed.
      const dictDir = ensureTrimmedDictionary().dir;
      for (const f of fs.readdirSync(dictDir)) {
        if (f.endsWith('.dat.gz')) files.push({ absoluteSrc: path.join(dictDir, f), relativeDest: `dict/${f}` });
      }
    },
  },
});
