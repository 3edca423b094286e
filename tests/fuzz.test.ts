// Property-based tests of the analyzer: random Japanese text with lexicon terms, negations and awkward
// characters dropped in. Whatever the input, analysis finishes, points inside the text, keeps the
// sensitivity subset and gives the same answer twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, builtinEntries, builtinLexicon, createRoughTokenizer, SENSITIVITIES, type AnalysisResult, type Flag, type Tokenizer } from '../lib/index';
import { tokenizer } from './helpers';

const terms = [...new Set(builtinEntries().flatMap((e) => e.terms))];
const pieces = [
  ...terms,
  'なし', 'ありません', 'は一切ありません', 'のない', 'ではありません', 'ではなく', '不要', 'もあります', 'ですか？',
  'こともあります', '【仕事内容】', '■給与', '会社概要：', '\n', '。', '、', '・', '／', '：', ' ', '\u3000', '\r\n',
  'お客様', '対応', '業務', '電話', '時給1,200円', '未経験', '😀', '𠮷', 'ｶﾞ', 'か\u3099', '\u0000', '\u200b', '<script>', 'Ａ１',
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 60 }).map((a) => a.join(''));

const key = (f: Flag) => `${f.id}@${f.start}-${f.end}:${f.polarity}`;

function checkResult(input: string, r: AnalysisResult): void {
  for (const f of r.flags) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.start).toBeLessThan(f.end);
    expect(input.slice(f.start, f.end)).toBe(f.text);
  }
  expect(r.reasons.reduce((a, x) => a + x.effect.difficulty, 0)).toBe(r.difficulty);
  expect(r.reasons.reduce((a, x) => a + x.effect.stress, 0)).toBe(r.stress);
  expect(r.difficulty >= 1 && r.difficulty <= 5 && r.stress >= 1 && r.stress <= 5).toBe(true);
}

async function property(tk: Tokenizer, runs: number) {
  const lexicon = builtinLexicon();
  await fc.assert(
    fc.property(text, (input) => {
      const results = SENSITIVITIES.map((sensitivity) => analyze(input, { lexicon, tokenizer: tk, sensitivity }));
      results.forEach((r) => checkResult(input, r));
      const [low, standard, high] = results.map((r) => new Set(r.flags.map(key)));
      for (const k of low!) expect(standard!.has(k)).toBe(true);
      for (const k of standard!) expect(high!.has(k)).toBe(true);
      expect(analyze(input, { lexicon, tokenizer: tk, sensitivity: 'standard' })).toEqual(results[1]);
    }),
    { numRuns: runs, seed: 20261126 },
  );
}

describe('fuzz', () => {
  it('with kuromoji', async () => property(await tokenizer(), 300));
  it('with the rough provisional tokenizer', async () => property(createRoughTokenizer(), 300));
});
