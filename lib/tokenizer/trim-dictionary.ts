// kuromoji's dictionary without its padding and without what the analysis never reads. kuromoji writes
// several files from buffers that grow by doubling, zero-filled to the end (unk.dat is 10 MB for 398
// bytes of data), and its feature strings carry readings and pronunciations nobody here uses. This
// rewrites the twelve files so that kuromoji, loading them the usual way, gives the same tokens as we
// read them (surface, basic form, pos, pos1: lib/tokenizer/types.ts) in far less memory:
//   - base/check (the trie): the tail of never-used nodes is cut; doublearray answers exactly those
//     values for any index past the end of its arrays.
//   - tid/unk (token records, 10 bytes each): cut after the last record the maps point to.
//   - tid_pos (feature strings): only pos, pos1 and the basic form are kept, the basic form as "*" where it
//     is the surface, and the surface itself is left out (our wrapper takes it from the text: a token's
//     surface is the text between its start and the next token's); equal strings are stored once.
//   - tid_map/unk_map, unk_pos, unk_invoke: cut after their last entry.
//   - cc, unk_char, unk_compat: unchanged (tables indexed by id or character code).
// Idempotent: trimming trimmed files changes nothing. Pure: the build (wxt.config.ts) writes the trimmed
// files into the package, and the Node loader trims at load time.
import type { DictionaryFile } from './kuromoji-build';

export type DictionaryBuffers = Record<DictionaryFile, Uint8Array>;

/** Bump when the trimmed form changes: files written by an older version are then rebuilt. */
export const TRIM_FORMAT = 1;

const RECORD = 10; // left id, right id, cost (int16 each), feature offset (int32), little-endian
const COMMA = 0x2c;
const STAR = 0x2a;

const view = (u: Uint8Array) => new DataView(u.buffer, u.byteOffset, u.byteLength);

/** tid_map / unk_map: [count] then count × [key, n, n × record offset], all int32. */
function mapExtent(u: Uint8Array): { end: number; maxRecord: number } {
  const v = view(u);
  const count = v.getInt32(0, true);
  let p = 4;
  let maxRecord = -1;
  for (let k = 0; k < count; k++) {
    const n = v.getInt32(p + 4, true);
    p += 8;
    for (let i = 0; i < n; i++, p += 4) maxRecord = Math.max(maxRecord, v.getInt32(p, true));
  }
  return { end: p, maxRecord };
}

/** Offset just past the zero that ends the string at `start`. */
function stringEnd(u: Uint8Array, start: number): number {
  const z = u.indexOf(0, start);
  return z < 0 ? u.length : z + 1;
}

/** unk_invoke: records [always (1 byte), grouping (1), max length (int32), name, 0] up to the first unnamed one. */
function invokeEnd(u: Uint8Array): number {
  let p = 0;
  while (p + 6 < u.length && u[p + 6] !== 0) p = stringEnd(u, p + 6);
  return p;
}

function trieLength(base: Uint8Array, check: Uint8Array): number {
  const b = view(base);
  const c = view(check);
  let n = Math.min(base.length, check.length) >> 2;
  while (n > 1 && b.getInt32((n - 1) * 4, true) === 2 - n && c.getInt32((n - 1) * 4, true) === -n) n--;
  return n * 4;
}

const fields = (u: Uint8Array, start: number, end: number): Uint8Array[] => {
  const out: Uint8Array[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (u[i] === COMMA) {
      out.push(u.subarray(from, i));
      from = i + 1;
    }
  }
  out.push(u.subarray(from, end));
  return out;
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The feature string kuromoji splits on commas, reduced to what the wrapper reads: ",pos,pos1,*,*,*,*,basic|*". */
function reducedFeatures(f: Uint8Array[]): number[] {
  const star = Uint8Array.of(STAR);
  const basic = f[7] === undefined || sameBytes(f[7], f[0] ?? new Uint8Array()) ? star : f[7];
  const parts = [new Uint8Array(), f[1] ?? star, f[2] ?? star, star, star, star, star, basic];
  const out: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(COMMA);
    for (const x of p) out.push(x);
  });
  out.push(0);
  return out;
}

/** Trimmed feature strings start with the empty surface; kuromoji's start with a word. */
export function isTrimmed(d: DictionaryBuffers): boolean {
  return d.tid_pos[0] === COMMA;
}

export function trimDictionary(d: DictionaryBuffers): DictionaryBuffers {
  const tidMap = mapExtent(d.tid_map);
  const unkMap = mapExtent(d.unk_map);

  // Known words: rewrite the feature strings, storing each distinct one once.
  const tidLength = tidMap.maxRecord + RECORD;
  const tid = d.tid.slice(0, tidLength);
  const tv = view(tid);
  const pos: number[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r + RECORD <= tidLength; r += RECORD) {
    const at = tv.getInt32(r + 6, true);
    const reduced = reducedFeatures(fields(d.tid_pos, at, stringEnd(d.tid_pos, at) - 1));
    const key = String.fromCharCode(...reduced);
    let offset = seen.get(key);
    if (offset === undefined) {
      offset = pos.length;
      seen.set(key, offset);
      for (const x of reduced) pos.push(x);
    }
    tv.setInt32(r + 6, offset, true);
  }

  // Unknown words: only the padding goes (their surface comes from the text in kuromoji already).
  const unkLength = unkMap.maxRecord + RECORD;
  const uv = view(d.unk);
  let unkPosEnd = 0;
  for (let r = 0; r + RECORD <= unkLength; r += RECORD) unkPosEnd = Math.max(unkPosEnd, stringEnd(d.unk_pos, uv.getInt32(r + 6, true)));

  const trie = trieLength(d.base, d.check);
  return {
    base: d.base.slice(0, trie),
    check: d.check.slice(0, trie),
    tid,
    tid_pos: Uint8Array.from(pos),
    tid_map: d.tid_map.slice(0, tidMap.end),
    cc: d.cc,
    unk: d.unk.slice(0, unkLength),
    unk_pos: d.unk_pos.slice(0, unkPosEnd),
    unk_map: d.unk_map.slice(0, unkMap.end),
    unk_char: d.unk_char,
    unk_compat: d.unk_compat,
    unk_invoke: d.unk_invoke.slice(0, invokeEnd(d.unk_invoke)),
  };
}
