// Matches lexicon terms on token-aligned spans of a sentence and decides each one's polarity.
import type { CompiledEntry, CompiledLexicon, TermHit } from '../lexicon/compile';
import type { Token } from '../tokenizer/types';
import type { Span } from '../text/sentences';
import type { Polarity } from './types';
import { insideExclusion, isNegatedAfter, isOccasional, isTopicOrQuestion, tokenBoundaries, tokenIndexAt } from './context';

export interface RawMatch {
  entry: CompiledEntry;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  polarity: Polarity;
  sentence: Span;
  /** Said of an occasional task (〜こともあります): counts for less. */
  occasional: boolean;
}

/** Hits that survive the checks that need no tokens: another sense (exclude, excludeNear) or missing context. */
export function plausibleHits(lex: CompiledLexicon, text: string, sentence: Span, hits: TermHit[]): TermHit[] {
  let sentenceText: string | undefined;
  return hits.filter((h) => {
    const c = lex.entries[h.entry]!;
    if (c.exclude.length && insideExclusion(text, h.start, h.end, c.exclude)) return false;
    if (c.excludeNear.length || c.requireNear.length) {
      sentenceText ??= text.slice(sentence.start, sentence.end);
      if (c.excludeNear.some((w) => sentenceText!.includes(w))) return false;
      if (c.requireNear.length && !c.requireNear.some((w) => sentenceText!.includes(w))) return false;
    }
    return true;
  });
}

/** Matches in one sentence, given its tokens (offsets relative to the sentence start). */
export function matchSentence(
  lex: CompiledLexicon,
  text: string,
  sentence: Span,
  hits: TermHit[],
  tokens: Token[],
  /** The part of the sentence that was tokenized (default: all of it); its cut ends are not word boundaries. */
  window: Span = sentence,
): RawMatch[] {
  const bounds = tokenBoundaries(tokens);
  if (window.start > sentence.start) bounds.delete(window.start - sentence.start);
  const sentenceText = text.slice(sentence.start, sentence.end);
  const occasional = isOccasional(sentenceText);
  const out: RawMatch[] = [];
  for (const h of plausibleHits(lex, text, sentence, hits)) {
    const rs = h.start - sentence.start;
    const re = h.end - sentence.start;
    // Token alignment: 受信 inside 着受信 or 営業 inside 自営業 do not count.
    if (!bounds.has(rs) || !bounds.has(re)) continue;
    if (isTopicOrQuestion(sentenceText, re)) continue;
    const entry = lex.entries[h.entry]!;
    const negated = entry.entry.negatable !== false && isNegatedAfter(tokens, tokenIndexAt(tokens, re));
    out.push({ entry, start: h.start, end: h.end, polarity: negated ? 'negated' : 'present', sentence, occasional });
  }
  return out;
}

/**
 * Drops matches that lie inside a longer match (発信 inside 受発信, 成果 inside 成果報酬), whatever their
 * sensitivity level, so that flags at a lower sensitivity stay a subset of those at a higher one.
 * Same span twice: the user's keyword wins over the built-in entry, otherwise the first entry.
 */
export function dropContained(matches: RawMatch[]): RawMatch[] {
  const sorted = [...matches].sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(b.entry.user) - Number(a.entry.user) || a.entry.index - b.entry.index,
  );
  const kept: RawMatch[] = [];
  // Sorted by start, so a match is inside an earlier one exactly when it ends no later than the furthest end.
  let reach = -1;
  for (const m of sorted) {
    if (m.end <= reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
