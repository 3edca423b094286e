// The trimmed dictionary (lib/tokenizer/trim-dictionary.ts) must tokenize exactly as kuromoji does with
// its own, full files: same surfaces, basic forms, parts of speech and offsets.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import KuromojiTokenizer from 'kuromoji/src/Tokenizer.js';
import { buildKuromoji, DICTIONARY_FILES } from '../lib/tokenizer/kuromoji-build';
import { compactTargetMap, seenWordsMap } from '../lib/tokenizer/target-map';
import { isTrimmed, trimDictionary, type DictionaryBuffers } from '../lib/tokenizer/trim-dictionary';
import { loadNodeTokenizer } from '../lib/tokenizer/node';
import type { Token, Tokenizer } from '../lib/tokenizer/types';

const kuromojiDir = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
const full = Object.fromEntries(
  DICTIONARY_FILES.map((n) => [n, new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(kuromojiDir, `${n}.dat.gz`))))]),
) as DictionaryBuffers;
const copy = (u: Uint8Array) => u.slice().buffer as ArrayBuffer;

/** kuromoji on its own full files, read the way our wrapper reads it: offsets are the sum of the surfaces before
 *  (kuromoji's word_position falls short after a piece ending in a grouped symbol such as )、). */
function reference(): (text: string) => Token[] {
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(copy(full.base)), new Int32Array(copy(full.check)));
  dic.loadTokenInfoDictionaries(full.tid, full.tid_pos, full.tid_map);
  dic.loadConnectionCosts(new Int16Array(copy(full.cc)));
  dic.loadUnknownDictionaries(full.unk, full.unk_pos, full.unk_map, full.unk_char, new Uint32Array(copy(full.unk_compat)), full.unk_invoke);
  const k = new KuromojiTokenizer(dic);
  return (text) => {
    let at = 0;
    return k.tokenize(text).map((t) => {
      const start = at;
      at += t.surface_form.length;
      return { surface: t.surface_form, basic: t.basic_form === '*' ? t.surface_form : t.basic_form, pos: t.pos, pos1: t.pos_detail_1, start };
    });
  };
}

// Our own texts: the labelled set's tune half (odd ids) and the site fixtures, plus odd inputs.
function samples(): string[] {
  const dir = path.join(__dirname, 'fixtures/eval/postings');
  const odd = fs.readdirSync(dir).filter((f) => /[13579]\.txt$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const sites = path.join(__dirname, 'fixtures/sites');
  const html = fs.readdirSync(sites).filter((d) => fs.existsSync(path.join(sites, d, 'detail.html')))
    .map((d) => fs.readFileSync(path.join(sites, d, 'detail.html'), 'utf8').replace(/<[^>]*>/g, ' '));
  return [
    ...odd,
    ...html,
    '受発信業務（夜間）、ノルマなし。時給1,400円～、交通費支給！',
    'ｺｰﾙｾﾝﾀｰ　ﾃﾚｱﾎﾟ ＡＢＣ ａｂｃ ①②③ ㈱ほしみ 〒100-0001',
    '絵文字😀のあとも、読点）、括弧「」、記号…‥※★の列。',
    'English text with commas, periods. And numbers 1,234.5 and URLs https://example.com/a,b',
    '行った 行きます 行かない 食べられる 美しかった 静かな する して した',
    '',
    ' \n\t ',
  ];
}

describe('trimmed kuromoji dictionary', () => {
  let trimmed: DictionaryBuffers;
  let tk: Tokenizer;
  beforeAll(async () => {
    trimmed = trimDictionary(full);
    tk = await buildKuromoji(async (n) => copy(trimmed[n]));
  });

  it('tokenizes every sample exactly as kuromoji with its full files', () => {
    const ref = reference();
    const texts = samples();
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(tk.tokenize(text), text.slice(0, 40)).toEqual(ref(text));
  });

  it('is a quarter of the size, and trimming it again changes nothing', () => {
    const size = (d: DictionaryBuffers) => DICTIONARY_FILES.reduce((a, n) => a + d[n].length, 0);
    expect(size(full)).toBeGreaterThan(95_000_000);
    expect(size(trimmed)).toBeLessThan(24_000_000);
    expect(trimmed.tid_pos.length).toBeLessThan(1_000_000); // 40 MB of feature strings → distinct reduced ones
    expect(trimmed.unk.length).toBe(400); // 40 records, not 10 MB
    expect(isTrimmed(full)).toBe(false);
    expect(isTrimmed(trimmed)).toBe(true);
    const again = trimDictionary(trimmed);
    for (const n of DICTIONARY_FILES) expect(Buffer.compare(Buffer.from(again[n]), Buffer.from(trimmed[n])), n).toBe(0);
  });

  it('the map of words seen holds every word of the latest search, and starts afresh before it would pass its limit', () => {
    const lookup = (key: number) => (key >= 0 ? [key * 10] : undefined);
    const installed: Record<number, ArrayLike<number> | undefined>[] = [];
    const remember = seenWordsMap(lookup, (map) => installed.push(map), 4);
    expect(installed).toHaveLength(1);
    remember([{ v: 1 }, { k: 'x' } as { v?: number }, { v: 2 }]);
    remember([{ v: 2 }, { v: 3 }]);
    expect(installed).toHaveLength(1);
    expect(Array.from(installed[0]![3]!)).toEqual([30]);
    // Three seen, two more would make five: a fresh map first, which holds both.
    remember([{ v: 4 }, { v: 5 }]);
    expect(installed).toHaveLength(2);
    const now = installed[1]!;
    expect(Object.keys(now).map(Number)).toEqual([4, 5]);
    expect(Array.from(now[5]!)).toEqual([50]);
  });

  it('the compact target map answers every key as kuromoji\'s object does, and nothing for other keys', () => {
    const dic = new DynamicDictionaries();
    dic.loadTokenInfoDictionaries(trimmed.tid, trimmed.tid_pos, trimmed.tid_map);
    const theirs = dic.token_info_dictionary.target_map as Record<string, number[]>;
    const ours = compactTargetMap(trimmed.tid_map);
    const keys = Object.keys(theirs);
    expect(keys.length).toBeGreaterThan(300_000);
    for (const k of keys) {
      const got = ours(Number(k));
      if (!got || got.length !== theirs[k]!.length || Array.from(got).some((x, i) => x !== theirs[k]![i])) {
        expect(Array.from(got ?? []), `key ${k}`).toEqual(theirs[k]);
      }
    }
    expect(ours(-1)).toBeUndefined();
    expect(ours(99_999_999)).toBeUndefined();
    const missing = Array.from({ length: 1000 }, (_, i) => i).find((i) => !(String(i) in theirs));
    if (missing !== undefined) expect(ours(missing)).toBeUndefined();
    expect(() => compactTargetMap(trimmed.tid_map.subarray(0, 4000))).toThrow(/shorter than its entry count/);
  });

  it('does not change its input', () => {
    const before = Buffer.from(full.tid).toString('base64').slice(0, 200);
    trimDictionary(full);
    expect(Buffer.from(full.tid).toString('base64').slice(0, 200)).toBe(before);
    expect(full.tid.length).toBe(10 * 1024 * 1024);
  });

  it('the Node loader gives the same tokens from kuromoji\'s own files (trimmed at load) and from the generated ones', async () => {
    const fromKuromoji = await loadNodeTokenizer({ dictDir: kuromojiDir });
    const text = samples()[0]!;
    expect(fromKuromoji.tokenize(text)).toEqual(tk.tokenize(text));
  });
});
