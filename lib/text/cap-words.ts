// Words for a limit. Denied after a pay or work word (インセンティブ上限なし, 歩合（上限はありません）) they say the thing
// has no limit, not that it is absent: the lexicon's negation and the pay reader both read them so.
export const CAP_WORDS: readonly string[] = ['上限額', '上限', '天井', '制限', '限度', '際限'];
