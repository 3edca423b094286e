// A flag's sentence keeps the page's own characters for display (ＳＶ, １日, a no-break space); the decision reads it as
// the matcher reads the page — through the same normalize — so that its patterns hold however the page was typed.
import type { Flag } from '../../core/types';
import { normalize } from '../../text/normalize';

interface Read {
  sentence: string;
  text: string;
  /** The words stand on the line that a 職種 or 職名 label alone on the line above names the job with. */
  onJobNameLine?: boolean;
  /** Calls the page counts as light (お電話に対応します（1日5件程度）, or a ※ note below: 1日数本ほど). */
  countedLight?: boolean;
}

const cache = new WeakMap<Flag, Read>();
const readable = (s: string): string => normalize(s).text;

/** The flag's sentence and words as the matcher read them in the page's normalized text: analyze() hands them over
 *  when it makes the flag, so they need not be normalized again (a flag made elsewhere is normalized when read). */
export function rememberReading(f: Flag, sentence: string, text: string, onJobNameLine = false, countedLight = false): void {
  cache.set(f, { sentence, text, ...(onJobNameLine ? { onJobNameLine } : {}), ...(countedLight ? { countedLight } : {}) });
}

function read(f: Flag): Read {
  let r = cache.get(f);
  if (!r) {
    r = { sentence: readable(f.sentence), text: readable(f.text) };
    cache.set(f, r);
  }
  return r;
}

/** The flag's sentence, normalized as the matcher reads the page. */
export const sentenceOf = (f: Flag): string => read(f).sentence;

/** Whether the flag stands on the line that names the job under a 職種 or 職名 label of its own (職種 ⏎ SV候補). */
export const onJobNameLine = (f: Flag): boolean => read(f).onJobNameLine === true;

/** Whether the matcher found the flag's calls counted as light where they are named (in a bracket after them or a ※
 *  note on the line below). */
export const countedLight = (f: Flag): boolean => read(f).countedLight === true;

/** The flag's own words, normalized as the matcher reads the page (ＷＦＭ is wfm). */
export const wordsOf = (f: Flag): string => read(f).text;

/** The `n` characters of the flag's sentence right before its words, or null when the words are not found there. */
export function wordsBefore(f: Flag, n: number): string | null {
  const { sentence, text } = read(f);
  const at = sentence.indexOf(text);
  return at >= 0 ? sentence.slice(Math.max(0, at - n), at) : null;
}

/** The `n` characters of the flag's sentence right after its words, or null when the words are not found there. */
export function wordsAfter(f: Flag, n: number): string | null {
  const { sentence, text } = read(f);
  const at = sentence.indexOf(text);
  return at >= 0 ? sentence.slice(at + text.length, at + text.length + n) : null;
}
