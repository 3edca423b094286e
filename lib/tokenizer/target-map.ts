// kuromoji's map from a trie entry to its token records, kept compact. kuromoji parses tid_map into a
// plain object of 326,000 arrays: 62 MB of heap for 4 MB of data (measured: npm run bench:dictionary).
// Here the file's int32 words stay as they are, with one index from key to position; lookups answer with
// a view of the record offsets, which kuromoji's lattice builder reads like the array it expects.
const view32 = (u: Uint8Array) => new Int32Array(u.buffer, u.byteOffset, u.byteLength >> 2);

/** An object whose [key] is that key's record offsets (an Int32Array view), or undefined. */
export function compactTargetMap(tidMap: Uint8Array): Record<number, ArrayLike<number> | undefined> {
  if (tidMap.byteOffset % 4 !== 0 || tidMap.byteLength % 4 !== 0) throw new Error('tid_map: not whole int32 words');
  const words = view32(tidMap);
  const count = words[0]!;
  // First pass: the largest key, to size the index.
  let maxKey = -1;
  for (let k = 0, p = 1; k < count; k++) {
    if (p + 1 >= words.length) throw new Error('tid_map: shorter than its entry count');
    maxKey = Math.max(maxKey, words[p]!);
    p += 2 + words[p + 1]!;
  }
  if (maxKey < 0 || maxKey > 16_000_000) throw new Error(`tid_map: implausible key ${maxKey}`);
  const at = new Int32Array(maxKey + 1).fill(-1);
  for (let k = 0, p = 1; k < count; k++) {
    at[words[p]!] = p;
    p += 2 + words[p + 1]!;
  }
  return new Proxy({} as Record<number, ArrayLike<number> | undefined>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      const p = at[Number(key)];
      if (p === undefined || p < 0) return undefined;
      return words.subarray(p + 2, p + 2 + words[p + 1]!);
    },
  });
}
