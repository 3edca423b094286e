// The built-in lexicon: every file in dictionaries/, bundled as data (Vite and tsx both import JSON).
import beginner from '../../dictionaries/beginner.json';
import callCenter from '../../dictionaries/call-center.json';
import collections from '../../dictionaries/collections.json';
import complaints from '../../dictionaries/complaints.json';
import experience from '../../dictionaries/experience.json';
import inbound from '../../dictionaries/inbound.json';
import incentive from '../../dictionaries/incentive.json';
import management from '../../dictionaries/management.json';
import mixed from '../../dictionaries/mixed.json';
import office from '../../dictionaries/office.json';
import outbound from '../../dictionaries/outbound.json';
import quota from '../../dictionaries/quota.json';
import sales from '../../dictionaries/sales.json';
import techSupport from '../../dictionaries/tech-support.json';
import training from '../../dictionaries/training.json';
import { compileLexicon, type CompiledLexicon, type UserKeyword } from './compile';
import { validateLexicon, type LexiconEntry } from './schema';

// Order matters only for ties on the very same span: the more specific files come first.
export const BUILTIN_FILES: Record<string, unknown> = {
  'inbound.json': inbound,
  'outbound.json': outbound,
  'mixed.json': mixed,
  'sales.json': sales,
  'quota.json': quota,
  'incentive.json': incentive,
  'complaints.json': complaints,
  'collections.json': collections,
  'tech-support.json': techSupport,
  'training.json': training,
  'beginner.json': beginner,
  'experience.json': experience,
  'call-center.json': callCenter,
  'management.json': management,
  'office.json': office,
};

let entries: LexiconEntry[] | undefined;
let compiled: CompiledLexicon | undefined;

export function builtinEntries(): LexiconEntry[] {
  return (entries ??= validateLexicon(BUILTIN_FILES));
}

/** The built-in lexicon, compiled once; with user keywords, a fresh compilation that includes them. */
export function builtinLexicon(userKeywords: UserKeyword[] = []): CompiledLexicon {
  if (userKeywords.length) return compileLexicon(builtinEntries(), userKeywords);
  return (compiled ??= compileLexicon(builtinEntries()));
}
