// Builds a kuromoji tokenizer from its 12 dictionary files through a loader we control.
// kuromoji's own loaders do not work under Vite or in an MV3 service worker (see README, "Tokenizer"),
// so we feed its dictionary classes directly. Pure: runs in Node, a Worker and an extension page.
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import KuromojiTokenizer from 'kuromoji/src/Tokenizer.js';
import { compactTargetMap, seenWordsMap } from './target-map';
import { wordsAtStart } from './prefix-search';
import { isTrimmed, trimDictionary, type DictionaryBuffers } from './trim-dictionary';
import { DictionaryError, type Token, type Tokenizer } from './types';

export const DICTIONARY_FILES = [
  'base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke',
] as const;
export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

/** Feature strings of known words kept decoded (a few dozen characters each: part of speech and basic form). */
const FEATURES_KEPT = 2048;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Returns the decompressed bytes of one file ("base" → base.dat.gz's contents), or throws DictionaryError. */
export type LoadDictionaryFile = (name: DictionaryFile) => Promise<ArrayBuffer>;

export async function buildKuromoji(load: LoadDictionaryFile): Promise<Tokenizer> {
  const entries = await Promise.all(DICTIONARY_FILES.map(async (n) => [n, await load(n)] as const));
  const loaded = Object.fromEntries(entries) as Record<DictionaryFile, ArrayBuffer>;
  checkShapes(loaded);
  // The package ships trimmed files (built by scripts/trim-dictionary.ts); kuromoji's own are trimmed here.
  let b: DictionaryBuffers = Object.fromEntries(DICTIONARY_FILES.map((n) => [n, new Uint8Array(loaded[n])])) as DictionaryBuffers;
  if (!isTrimmed(b)) {
    try {
      b = trimDictionary(b);
    } catch (e) {
      throw new DictionaryError('corrupt', 'dictionary', `could not be trimmed: ${(e as Error)?.message ?? e}`);
    }
  }
  let tokenizer: KuromojiTokenizer;
  try {
    const dic = new DynamicDictionaries();
    const words = <T>(u: Uint8Array, Type: new (b: ArrayBuffer, at: number, n: number) => T, size: number) => new Type(u.buffer as ArrayBuffer, u.byteOffset, u.byteLength / size);
    dic.loadTrie(words(b.base, Int32Array, 4), words(b.check, Int32Array, 4));
    // An empty map for kuromoji to parse (just the count, 0), then ours in its place (see target-map.ts).
    dic.loadTokenInfoDictionaries(b.tid, b.tid_pos, new Uint8Array(4));
    const remember = seenWordsMap(compactTargetMap(b.tid_map), (map) => (dic.token_info_dictionary.target_map = map));
    dic.loadConnectionCosts(words(b.cc, Int16Array, 2));
    dic.loadUnknownDictionaries(b.unk, b.unk_pos, b.unk_map, b.unk_char, words(b.unk_compat, Uint32Array, 4), b.unk_invoke);
    tokenizer = new KuromojiTokenizer(dic);
    // kuromoji decodes a known word's feature string from UTF-8 for every token it makes; the same few hundred words
    // recur in posting after posting, so the strings are kept (at most FEATURES_KEPT, started afresh past that).
    const known = dic.token_info_dictionary;
    const decode: (id: string) => string = known.getFeatures.bind(known);
    let features = new Map<string, string>();
    known.getFeatures = (id: string): string => {
      let f = features.get(id);
      if (f === undefined) {
        f = decode(id);
        if (features.size >= FEATURES_KEPT) features = new Map();
        features.set(id, f);
      }
      return f;
    };
    // The same lookup, without encoding the whole rest of the window at every position (see prefix-search.ts).
    const trie = tokenizer.viterbi_builder.trie;
    // Each word found is put in the map the builder reads next (see target-map.ts).
    trie.commonPrefixSearch = (key: string) => {
      const hits = wordsAtStart(trie, key);
      remember(hits);
      return hits;
    };
  } catch (e) {
    throw new DictionaryError('corrupt', 'dictionary', `could not be read: ${(e as Error)?.message ?? e}`);
  }
  // kuromoji takes a known word's surface from its feature string, which the trimmed dictionary leaves
  // out (see trim-dictionary.ts). The lattice nodes of the best path carry it: kuromoji searches once per
  // sentence and makes one token per node, in order, so we collect the nodes as it searches.
  const path: { surface_form: string }[] = [];
  const searcher = tokenizer.viterbi_searcher;
  const search = searcher.search.bind(searcher);
  searcher.search = (lattice) => {
    const best = search(lattice);
    for (const node of best) path.push(node);
    return best;
  };
  const wrapped: Tokenizer = {
    kind: 'kuromoji',
    tokenize(text: string): Token[] {
      // kuromoji's trie lookup crashes on a lone surrogate: replace each with U+FFFD, keeping every offset.
      path.length = 0;
      const raw = tokenizer.tokenize(text.replace(LONE_SURROGATE, '\ufffd'));
      if (path.length !== raw.length) throw new Error(`kuromoji gave ${raw.length} tokens for ${path.length} lattice nodes`);
      // Offsets are the sum of the surfaces before: kuromoji cuts the text after each 、 and 。 and starts the next
      // piece at the last token's start, not its end, so after a piece ending in a token of two characters or more
      // ()、 or !。 grouped as one symbol) its word_position is short by the rest of that token.
      let at = 0;
      return raw.map((t, i) => {
        const surface = path[i]!.surface_form;
        const start = at;
        at += surface.length;
        return { surface, basic: t.basic_form === '*' ? surface : t.basic_form, pos: t.pos, pos1: t.pos_detail_1, start };
      });
    },
  };
  selfTest(wrapped);
  return wrapped;
}

// Cheap structural checks: a truncated or swapped file fails here with a clear message instead of
// producing garbage tokens or an out-of-bounds crash on the first posting.
function checkShapes(b: Record<DictionaryFile, ArrayBuffer>): void {
  for (const n of DICTIONARY_FILES) {
    if (!(b[n] instanceof ArrayBuffer) || b[n].byteLength === 0) throw new DictionaryError('corrupt', `${n}.dat.gz`, 'empty');
  }
  if (b.base.byteLength !== b.check.byteLength || b.base.byteLength % 4 !== 0) {
    throw new DictionaryError('corrupt', 'base.dat.gz', 'the trie arrays base and check differ in size');
  }
  if (b.cc.byteLength % 2 !== 0) throw new DictionaryError('corrupt', 'cc.dat.gz', 'odd length');
  const cc = new Int16Array(b.cc);
  if (cc.length < 2 || cc[0]! * cc[1]! + 2 !== cc.length) {
    throw new DictionaryError('corrupt', 'cc.dat.gz', 'connection-cost matrix size does not match its header');
  }
  if (b.unk_compat.byteLength % 4 !== 0) throw new DictionaryError('corrupt', 'unk_compat.dat.gz', 'odd length');
}

// A known sentence must come out as known tokens; anything else means the files do not belong together.
function selfTest(t: Tokenizer): void {
  let got: string;
  try {
    got = t.tokenize('受発信業務、ノルマなし').map((x) => `${x.surface}/${x.basic}`).join(' ');
  } catch (e) {
    throw new DictionaryError('corrupt', 'dictionary', `self-test crashed: ${(e as Error)?.message ?? e}`);
  }
  const want = '受発信/受発信 業務/業務 、/、 ノルマ/ノルマ なし/ない';
  if (got !== want) throw new DictionaryError('corrupt', 'dictionary', `self-test gave "${got}"`);
}
