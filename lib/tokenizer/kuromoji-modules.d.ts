// kuromoji ships no types for its internal modules, which we use to build the tokenizer ourselves.
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  const DynamicDictionaries: new () => {
    loadTrie(base: Int32Array, check: Int32Array): unknown;
    loadTokenInfoDictionaries(tid: Uint8Array, pos: Uint8Array, map: Uint8Array): unknown;
    loadConnectionCosts(cc: Int16Array): unknown;
    loadUnknownDictionaries(...buffers: (Uint8Array | Uint32Array)[]): unknown;
    /** Trie entry → token record offsets; ViterbiBuilder reads target_map[trie_id] at every lookup. */
    token_info_dictionary: { target_map: Record<number, ArrayLike<number> | undefined>; getFeatures(id: string): string };
  };
  export default DynamicDictionaries;
}
declare module 'kuromoji/src/Tokenizer.js' {
  interface Tokenizer {
    tokenize(text: string): {
      surface_form: string; basic_form: string; pos: string; pos_detail_1: string; word_position: number;
    }[];
    /** Finds the best path through a sentence's lattice: one node per token, each with its surface. */
    viterbi_searcher: { search(lattice: unknown): { surface_form: string }[] };
    /** Builds a sentence's lattice; asks the trie for the words that start at each position. */
    viterbi_builder: { trie: import('./prefix-search').PrefixTrie & { commonPrefixSearch(key: string): import('./prefix-search').PrefixHit[] } };
  }
  const Tokenizer: new (dic: unknown) => Tokenizer;
  export default Tokenizer;
}
