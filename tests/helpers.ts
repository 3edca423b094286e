import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { analyze, builtinLexicon, type AnalysisResult, type Sensitivity } from '../lib/index';
import { getNodeTokenizer } from '../lib/tokenizer/node';
import type { Tokenizer } from '../lib/tokenizer/types';
import type { UserKeyword } from '../lib/lexicon/compile';

export const tokenizer: () => Promise<Tokenizer> = () => getNodeTokenizer();

export async function run(text: string, sensitivity: Sensitivity = 'standard', userKeywords: UserKeyword[] = []): Promise<AnalysisResult> {
  return analyze(text, { lexicon: builtinLexicon(userKeywords), tokenizer: await tokenizer(), sensitivity });
}

/** "id:polarity" for every flag, for compact assertions. */
export const flagKeys = (r: AnalysisResult) => r.flags.map((f) => `${f.id}:${f.polarity}`);
/** The words the result flagged in one category: what a test expects to be read, or not. */
export const flagTexts = (r: AnalysisResult, category: AnalysisResult['flags'][number]['category']) => r.flags.filter((f) => f.category === category).map((f) => f.text);

/** A posting of our own with a title, its 仕事内容 and plain conditions (the role-reading tests' shape). */
export const posting = (title: string, job: string, rest = '【給与】\n時給1,300円\n【勤務地】\n東京都新宿区\n【勤務時間】\n9時〜18時') =>
  `${title}\n【仕事内容】\n${job}\n${rest}`;

/** The same with its requirements in their own section and the rest of a posting's fields (the stop 76 and 77 tests). */
export const postingWithRequirements = (title: string, job: string, requirements = '・PCで文字入力ができる方') =>
  posting(title, job, `【応募資格】\n${requirements}\n【給与】時給1,300円\n【勤務地】長野県長野市\n【勤務時間】9:00〜18:00\n【応募方法】応募フォームからご応募ください。`);

/**
 * One test per posting of our own in tests/fixtures/roles listed in `expectedFile`: each names what it pins
 * (jobType, callCenter, quota, and stress where the case is about it).
 */
export function roleFixtureTests(expectedFile: string): void {
  const dir = path.join(import.meta.dirname, 'fixtures/roles');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, expectedFile), 'utf8')) as Record<string, Partial<AnalysisResult>>;
  for (const [file, want] of Object.entries(expected)) {
    it(file, async () => {
      const r = await run(fs.readFileSync(path.join(dir, file), 'utf8'));
      const got = Object.fromEntries(Object.keys(want).map((k) => [k, r[k as keyof AnalysisResult]]));
      expect(got).toEqual(want);
    });
  }
}
