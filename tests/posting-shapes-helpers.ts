// The pages of tests/fixtures/posting-shapes listed in an expected file (page → true for a posting, false for an
// article), each checked as its own test: the verdict, and no pay read from an article whatever amounts it quotes.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { normalize } from '../lib/text/normalize';
import { run } from './helpers';

export const shapesDir = path.join(import.meta.dirname, 'fixtures/posting-shapes');

export function checkPages(expectedFile: string): void {
  const expected = JSON.parse(fs.readFileSync(path.join(shapesDir, expectedFile), 'utf8')) as Record<string, boolean>;
  for (const [file, isPosting] of Object.entries(expected)) {
    it(`${file} is ${isPosting ? 'a posting' : 'an article'}`, async () => {
      const r = await run(fs.readFileSync(path.join(shapesDir, file), 'utf8'));
      expect(r.posting).toBe(isPosting);
      if (!isPosting) expect(r.pay.base).toBeNull();
    });
  }
}

/** How many kinds of article marker a text shows, read as the analyzer reads it: normalized (a full-width space is a
 *  plain one), the whole text as its opening. */
export function markersIn(raw: string): number {
  const text = normalize(raw).text;
  return articleMarkerCount(text, text, text);
}
