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
