// Builds a kuromoji tokenizer from its 12 dictionary files through a loader we control.
// kuromoji's own loaders do not work under Vite or in an MV3 service worker (see README, "Tokenizer"),
// so we feed its dictionary classes directly. Pure: runs in Node, a Worker and an extension page.
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import KuromojiTokenizer from 'kuromoji/src/Tokenizer.js';
import { DictionaryError, type Token, type Tokenizer } from './types';

export const DICTIONARY_FILES = [
  'base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke',
] as const;
export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

/** Returns the decompressed bytes of one file ("base.dat.gz" → its contents), or throws DictionaryError. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export type LoadDictionaryFile = (name: DictionaryFile) => Promise<ArrayBuffer>;

interface KuromojiToken {
  surface_form: string;
  basic_form: string;
  pos: string;
  pos_detail_1: string;
  word_position: number;
}

export async function buildKuromoji(load: LoadDictionaryFile): Promise<Tokenizer> {
  const entries = await Promise.all(DICTIONARY_FILES.map(async (n) => [n, await load(n)] as const));
  const b = Object.fromEntries(entries) as Record<DictionaryFile, ArrayBuffer>;
  checkShapes(b);
  let tokenizer: { tokenize(text: string): KuromojiToken[] };
  try {
    const dic = new DynamicDictionaries();
    dic.loadTrie(new Int32Array(b.base), new Int32Array(b.check));
    dic.loadTokenInfoDictionaries(new Uint8Array(b.tid), new Uint8Array(b.tid_pos), new Uint8Array(b.tid_map));
    dic.loadConnectionCosts(new Int16Array(b.cc));
    dic.loadUnknownDictionaries(
      new Uint8Array(b.unk), new Uint8Array(b.unk_pos), new Uint8Array(b.unk_map),
      new Uint8Array(b.unk_char), new Uint32Array(b.unk_compat), new Uint8Array(b.unk_invoke),
    );
    tokenizer = new KuromojiTokenizer(dic);
  } catch (e) {
    throw new DictionaryError('corrupt', 'dictionary', `could not be read: ${(e as Error)?.message ?? e}`);
  }
  const wrapped: Tokenizer = {
    kind: 'kuromoji',
    tokenize(text: string): Token[] {
      // kuromoji's trie lookup crashes on a lone surrogate: replace each with U+FFFD, keeping every offset.
      return tokenizer.tokenize(text.replace(LONE_SURROGATE, '\ufffd')).map((t) => ({
        surface: t.surface_form,
        basic: t.basic_form === '*' ? t.surface_form : t.basic_form,
        pos: t.pos,
        pos1: t.pos_detail_1,
        start: t.word_position - 1,
      }));
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
