// npm run bench:dictionary: what each kuromoji dictionary file costs in memory, kuromoji's own files
// against the trimmed ones the extension ships. Measured in Node (V8, as in Chromium's Worker) with forced
// garbage collection: the bytes kept as typed arrays, and the JavaScript objects kuromoji builds from the
// file (tid_map becomes an object of arrays; unk_invoke a list of character classes). Needs --expose-gc
// (the npm script passes it).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import { DICTIONARY_FILES, type DictionaryFile } from '../lib/tokenizer/kuromoji-build';
import { compactTargetMap, seenWordsMap } from '../lib/tokenizer/target-map';
import { trimDictionary, type DictionaryBuffers } from '../lib/tokenizer/trim-dictionary';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:dictionary needs node --expose-gc (run it with `npm run bench:dictionary`).');
  process.exit(2);
}
const kuromojiDir = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
const full = Object.fromEntries(
  DICTIONARY_FILES.map((n) => [n, new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(kuromojiDir, `${n}.dat.gz`))))]),
) as DictionaryBuffers;
const trimmed = trimDictionary(full);

const heapUsed = () => {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
};

/**
 * The JavaScript objects kuromoji builds while loading the files of one step (V8 heap, after garbage
 * collection). The typed arrays it keeps are counted separately, by size: DynamicDictionaries' own
 * constructor allocates 40 MB of empty buffers that loading replaces, which would blur a total.
 */
type Dic = InstanceType<typeof DynamicDictionaries>;
function heapCost(d: DictionaryBuffers, shipped: boolean, step: (dic: Dic, f: (n: DictionaryFile) => Uint8Array, shipped: boolean) => void): number {
  const dic = new DynamicDictionaries();
  const before = heapUsed();
  step(dic, (n) => d[n].slice(), shipped);
  const after = heapUsed();
  if (!dic) throw new Error('unreachable'); // keeps `dic` alive until measured
  return after - before;
}

/** Files kuromoji keeps as typed arrays; the others are parsed into objects and dropped. */
const KEPT: DictionaryFile[] = ['base', 'check', 'tid', 'tid_pos', 'cc', 'unk', 'unk_pos', 'unk_char', 'unk_compat'];

const i32 = (u: Uint8Array) => new Int32Array(u.buffer, u.byteOffset, u.byteLength / 4);
const steps: [string, DictionaryFile[], Parameters<typeof heapCost>[2]][] = [
  ['trie (base, check)', ['base', 'check'], (dic, f) => dic.loadTrie(i32(f('base')), i32(f('check')))],
  [
    'words (tid, tid_pos, tid_map)',
    ['tid', 'tid_pos', 'tid_map'],
    (dic, f, shipped) => {
      if (!shipped) return dic.loadTokenInfoDictionaries(f('tid'), f('tid_pos'), f('tid_map'));
      // As lib/tokenizer/kuromoji-build.ts loads it: the compact lookup instead of kuromoji's object, kept alive by the
      // map of words seen, which starts empty.
      dic.loadTokenInfoDictionaries(f('tid'), f('tid_pos'), new Uint8Array(4));
      const remember = seenWordsMap(compactTargetMap(f('tid_map')), (map) => (dic.token_info_dictionary.target_map = map));
      Object.assign(dic, { remember });
    },
  ],
  ['connection costs (cc)', ['cc'], (dic, f) => dic.loadConnectionCosts(new Int16Array(f('cc').buffer))],
  [
    'unknown words (unk*)',
    ['unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke'],
    (dic, f) => dic.loadUnknownDictionaries(f('unk'), f('unk_pos'), f('unk_map'), f('unk_char'), new Uint32Array(f('unk_compat').buffer), f('unk_invoke')),
  ],
];

const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`.padStart(9);
const size = (d: DictionaryBuffers, files: DictionaryFile[]) => files.reduce((a, n) => a + d[n].length, 0);
const kept = (d: DictionaryBuffers, files: DictionaryFile[], shipped: boolean) =>
  size(d, files.filter((n) => KEPT.includes(n) || (shipped && n === 'tid_map')));
const head = ['unpacked', 'arrays', 'objects', 'total'].map((h) => h.padStart(9)).join(' ');
console.log(`${''.padEnd(30)}  kuromoji's files, as kuromoji loads them  trimmed, as we load them (shipped)`);
console.log(`${'part (files)'.padEnd(30)}  ${head}   ${head}`);
let totals = Array(8).fill(0) as number[];
for (const [label, files, step] of steps) {
  const cols = (d: DictionaryBuffers, shipped: boolean) => {
    const objects = heapCost(d, shipped, step);
    return [size(d, files), kept(d, files, shipped), objects, kept(d, files, shipped) + objects];
  };
  const row = [...cols(full, false), ...cols(trimmed, true)];
  totals = totals.map((t, i) => t + row[i]!);
  console.log(`${label.padEnd(30)}  ${row.slice(0, 4).map(mb).join(' ')}   ${row.slice(4).map(mb).join(' ')}`);
}
console.log(`${'total'.padEnd(30)}  ${totals.slice(0, 4).map(mb).join(' ')}   ${totals.slice(4).map(mb).join(' ')}`);
const tidMapWords = new Int32Array(trimmed.tid_map.slice().buffer);
let maxKey = 0;
for (let k = 0, p = 1; k < tidMapWords[0]!; k++, p += 2 + tidMapWords[p + 1]!) maxKey = Math.max(maxKey, tidMapWords[p]!);
console.log(`\narrays: typed arrays kept; objects: V8 heap of what is built from the files (garbage collected; Node, ±0.1 MB).`);
console.log(`The compact target map adds its index, an Int32Array of ${mb((maxKey + 1) * 4).trim()} (not in the heap figure).`);
