import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

// kuromoji's dictionary ships inside the package (nothing is fetched from the network): copied from
// node_modules at build time, so it is never committed.
const dictDir = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '求人レンズ',
    description: '求人票を読み、受信・発信・営業、ノルマやストレスの目安を示します。すべてブラウザ内で処理します。',
    permissions: ['storage', ...(browser === 'chrome' ? ['offscreen'] : [])],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kyujin-lens@kyujin-lens.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const f of fs.readdirSync(dictDir)) {
        if (f.endsWith('.dat.gz')) files.push({ absoluteSrc: path.join(dictDir, f), relativeDest: `dict/${f}` });
      }
    },
  },
});
