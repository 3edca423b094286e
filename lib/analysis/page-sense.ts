// A page fixes the sense of some words: on a page that advertises a クレーンオペレーター, the bare オペレーター
// further down is the crane operator too, not a phone operator. Entries marked `senseFromPage` lose every bare
// match on a page where one of their excluded expressions (the other sense) stands.
import type { CompiledLexicon } from '../lexicon/compile';
import type { RawMatch } from './match';

export function dropOtherPageSense(matches: RawMatch[], text: string, lexicon: CompiledLexicon): RawMatch[] {
  const otherSense = new Set<number>();
  for (const c of lexicon.entries) {
    if (c.entry.senseFromPage && c.exclude.some((x) => text.includes(x))) otherSense.add(c.index);
  }
  return otherSense.size ? matches.filter((m) => !otherSense.has(m.entry.index)) : matches;
}
