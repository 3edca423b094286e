// Public surface of the analysis engine (pure: no browser or Node APIs).
export { analyze, MAX_ANALYZED_LENGTH, type AnalyzeOptions } from './analysis/analyze';
export * from './core/types';
export { builtinLexicon, builtinEntries } from './lexicon/builtin';
export { compileLexicon, type UserKeyword, type CompiledLexicon } from './lexicon/compile';
export { LexiconError } from './lexicon/schema';
export { DictionaryError, type Tokenizer, type Token } from './tokenizer/types';
export { createRoughTokenizer } from './tokenizer/rough';
