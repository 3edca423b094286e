import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { wordsAtStart, type PrefixHit, type PrefixTrie } from '../lib/tokenizer/prefix-search';

// The tokenizer's trie lookup is ours (it encodes only as far as the trie goes); the trie package's own lookup is the
// reference. Both run on kuromoji's own dictionary trie at every position of real-shaped text.
const require = createRequire(import.meta.url);
const dictDir = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
const int32 = (file: string) => {
  const b = zlib.gunzipSync(fs.readFileSync(path.join(dictDir, file)));
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
};
const trie = (require('doublearray') as { load(base: Int32Array, check: Int32Array): PrefixTrie & { commonPrefixSearch(k: string): PrefixHit[] } }).load(
  int32('base.dat.gz'),
  int32('check.dat.gz'),
);

describe('the trie lookup the tokenizer uses', () => {
  const fixtures = path.join(import.meta.dirname, 'fixtures/eval/postings');
  const texts = [
    ...fs.readdirSync(fixtures).sort().slice(0, 12).map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8')),
    // Shapes a page may hold: half-width kana and ASCII, pictographs (surrogate pairs) inside words.
    'ｺｰﾙｾﾝﾀｰ ABC株式会社 受発信業務📞お問い合わせ対応🙂です',
    '',
  ];

  it('finds at every position of real-shaped text exactly the words the trie package finds, in the same order', () => {
    let positions = 0;
    let found = 0;
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const tail = text.slice(i);
        const want = trie.commonPrefixSearch(tail);
        expect(wordsAtStart(trie, tail), `at ${i} of ${JSON.stringify(tail.slice(0, 20))}`).toEqual(want);
        positions++;
        found += want.length;
      }
    }
    // The comparison saw real work: many positions, most of them words.
    expect(positions).toBeGreaterThan(5000);
    expect(found).toBeGreaterThan(positions);
  });

  it('does not fail on a lone surrogate (the trie package gives up on the whole rest; the tokenizer replaces them first)', () => {
    expect(wordsAtStart(trie, '受発信\ud83d業務').map((h) => h.k)).toEqual(trie.commonPrefixSearch('受発信').map((h) => h.k));
  });

  it('stops where no word goes on: a long rest costs no more than its first characters', () => {
    const hits = wordsAtStart(trie, `受発信${'あ'.repeat(50_000)}`);
    expect(hits.map((h) => h.k)).toEqual(trie.commonPrefixSearch('受発信あ').map((h) => h.k));
  });
});
