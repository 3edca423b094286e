// The exclusion index (lib/lexicon/exclusions.ts) answers as trying every expression at every place before a hit does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLexicon } from '../lib/index';
import { excludedAt, indexExclusions } from '../lib/lexicon/exclusions';
import { normalize } from '../lib/text/normalize';

/** The plain reading: an expression that starts no further back than its own length covers the hit's start. */
function plainExcluded(text: string, at: number, list: string[]): boolean {
  return list.some((ex) => {
    for (let p = Math.max(0, at - ex.length + 1); p <= at; p++) if (text.startsWith(ex, p)) return true;
    return false;
  });
}

describe('exclusions at a hit', () => {
  it('cover the start of the hit from before it, at it or across it, and nothing that ends before it', () => {
    const x = indexExclusions(['営業時間', '自営業', 'メール受信']);
    expect(excludedAt(x, '営業時間は9時から', 0)).toBe(true);
    expect(excludedAt(x, '自営業の方', 1)).toBe(true);
    expect(excludedAt(x, 'メール受信対応', 3)).toBe(true);
    expect(excludedAt(x, '自営の営業', 3)).toBe(false);
    expect(excludedAt(x, '営業職', 0)).toBe(false);
    // 営業時間 ends right where the second 営業 starts: it does not cover it.
    expect(excludedAt(x, '営業時間営業', 4)).toBe(false);
  });
  it('treat an empty expression as standing everywhere, as a plain startsWith does', () => {
    expect(excludedAt(indexExclusions(['']), 'どこでも', 2)).toBe(true);
    expect(excludedAt(indexExclusions([]), 'どこでも', 2)).toBe(false);
  });
  it('give on real postings the plain reading’s answer for every hit of every entry', () => {
    const lex = builtinLexicon();
    const dir = path.join(import.meta.dirname, 'fixtures/eval/postings');
    let excluded = 0;
    let asked = 0;
    for (const file of fs.readdirSync(dir).sort().slice(0, 40)) {
      const text = normalize(fs.readFileSync(path.join(dir, file), 'utf8')).text;
      for (const h of lex.scan(text)) {
        const c = lex.entries[h.entry]!;
        if (!c.exclude.length) continue;
        asked++;
        const plain = plainExcluded(text, h.start, c.exclude);
        if (plain) excluded++;
        expect(excludedAt(c.exclusions, text, h.start), `${file} ${c.entry.id} at ${h.start}`).toBe(plain);
      }
    }
    // Both answers occur, so the comparison says something.
    expect(asked).toBeGreaterThan(500);
    expect(excluded).toBeGreaterThan(10);
  });
});
