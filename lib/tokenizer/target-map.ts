// kuromoji's map from a trie entry to its token records, kept compact. kuromoji parses tid_map into a
// plain object of 326,000 arrays: 62 MB of heap for 4 MB of data (measured: npm run bench:dictionary).
// Here the file's int32 words stay as they are, with one index from key to position; lookups answer with
// a view of the record offsets, which kuromoji's lattice builder reads like the array it expects. The builder reads
// them from a small plain map of the words found so far (seenWordsMap).
const view32 = (u: Uint8Array) => new Int32Array(u.buffer, u.byteOffset, u.byteLength >> 2);

/** A word's record offsets (an Int32Array view), or undefined for a key the dictionary does not hold. */
export type TargetLookup = (key: number) => ArrayLike<number> | undefined;

/** The lookup from a trie key to its records, over the file's words. */
export function compactTargetMap(tidMap: Uint8Array): TargetLookup {
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
  return (key) => {
    const p = at[key];
    if (p === undefined || p < 0) return undefined;
    return words.subarray(p + 2, p + 2 + words[p + 1]!);
  };
}

/** Words kept in kuromoji's plain map before it starts afresh: a posting's windows find a few hundred, and a map of
 *  this many views stays well under a megabyte. */
export const SEEN_WORDS_LIMIT = 4096;

/**
 * kuromoji's lattice builder reads target_map[key] as a plain object's property for every word the trie finds. A Proxy
 * over the lookup answered it at several times the cost of the read; instead the map holds the words the trie has
 * found so far. The returned function is given the words of one prefix search (their keys in `v`) before the builder
 * reads them; when they would take the map past the limit it starts afresh first, so that every key of that search is
 * in the map the builder reads. `install` puts each map where kuromoji reads it.
 */
export function seenWordsMap(lookup: TargetLookup, install: (map: Record<number, ArrayLike<number> | undefined>) => void, limit = SEEN_WORDS_LIMIT): (words: readonly { v?: number }[]) => void {
  let map: Record<number, ArrayLike<number> | undefined> = Object.create(null);
  let count = 0;
  install(map);
  return (words) => {
    if (count + words.length > limit) {
      map = Object.create(null);
      count = 0;
      install(map);
    }
    for (const { v: key } of words) {
      if (key === undefined || map[key] !== undefined) continue;
      map[key] = lookup(key);
      count++;
    }
  };
}
