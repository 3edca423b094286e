// The release's facts agree: package.json's version (which the build stamps into the manifest) is the
// newest one in CHANGELOG.md, and the locales the manifest names exist with every key it uses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

describe('release', () => {
  it('package.json\'s version is the newest in CHANGELOG.md', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const newest = /^## (\d+\.\d+\.\d+)/m.exec(read('CHANGELOG.md'))?.[1];
    expect(newest).toBe(version);
  });

  it('wxt.config.ts leaves the version to package.json and names only messages both locales have', () => {
    const config = read('wxt.config.ts');
    expect(config).not.toMatch(/\bversion\s*:/);
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const lang of ['ja', 'en']) {
      const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;
      for (const key of used) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    }
  });
});
