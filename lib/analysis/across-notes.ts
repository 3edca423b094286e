// A short note in brackets inside a phrase (お問い合わせ（電話・メール）への対応, 問い合わせ（1日20件ほど）に答える) does not
// break the phrase: terms are also looked for with the note taken out, and such a hit spans the note. Terms inside the
// note stay hits of their own (受信（発信はありません）業務: the note's 発信 is still denied).
import type { CompiledLexicon, TermHit } from '../lexicon/compile';

/** A note: brackets (NFKC has made （） into ()) around a short stretch with no sentence end. */
const NOTE = /\([^()\n。!?]{1,30}\)/g;
/** Letters and digits: a note between two of them sits inside a phrase, not after it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

const longest = new WeakMap<CompiledLexicon, number>();
function longestTerm(lex: CompiledLexicon): number {
  let n = longest.get(lex);
  if (n === undefined) {
    n = Math.max(0, ...lex.entries.flatMap((e) => e.entry.terms.map((t) => t.length)));
    longest.set(lex, n);
  }
  return n;
}

/** Hits that span a note inside a phrase, each with the note's offsets; in order of position. */
export function hitsAcrossNotes(text: string, lex: CompiledLexicon): TermHit[] {
  if (!text.includes('(')) return [];
  const reach = longestTerm(lex);
  const out: TermHit[] = [];
  NOTE.lastIndex = 0;
  for (let m = NOTE.exec(text); m; m = NOTE.exec(text)) {
    const a = m.index;
    const b = a + m[0].length;
    if (!WORD_CHAR.test(text[a - 1] ?? '') || !WORD_CHAR.test(text[b] ?? '')) continue;
    const from = Math.max(0, a - reach);
    const cut = a - from;
    const joined = text.slice(from, a) + text.slice(b, Math.min(text.length, b + reach));
    for (const h of lex.scan(joined)) {
      if (h.start < cut && h.end > cut) out.push({ start: from + h.start, end: from + h.end + (b - a), entry: h.entry, note: { start: a, end: b } });
    }
  }
  return out;
}
