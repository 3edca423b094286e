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

/** The notes that sit inside a phrase, in order. */
function notesInPhrases(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  NOTE.lastIndex = 0;
  for (let m = NOTE.exec(text); m; m = NOTE.exec(text)) {
    const a = m.index;
    const b = a + m[0].length;
    if (WORD_CHAR.test(text[a - 1] ?? '') && WORD_CHAR.test(text[b] ?? '')) out.push({ start: a, end: b });
  }
  return out;
}

/**
 * Hits that span a note inside a phrase, each with the notes it spans; in order of position. Notes close together are
 * taken out together: a share after each channel (お電話（約7割）とメール（約3割）でお受けし) is one phrase with two notes.
 */
export function hitsAcrossNotes(text: string, lex: CompiledLexicon): TermHit[] {
  if (!text.includes('(')) return [];
  const reach = longestTerm(lex);
  const notes = notesInPhrases(text);
  const out: TermHit[] = [];
  for (let i = 0; i < notes.length; ) {
    // A run of notes, each less than a term's length after the one before.
    let j = i;
    while (j + 1 < notes.length && notes[j + 1]!.start - notes[j]!.end < reach) j++;
    const run = notes.slice(i, j + 1);
    i = j + 1;
    const from = Math.max(0, run[0]!.start - reach);
    const to = Math.min(text.length, run[run.length - 1]!.end + reach);
    // The text around the run with its notes taken out, and where each kept piece starts in the text and in the join.
    const pieces: { at: number; joinedAt: number; length: number }[] = [];
    let joined = '';
    let at = from;
    for (const n of [...run, { start: to, end: to }]) {
      pieces.push({ at, joinedAt: joined.length, length: n.start - at });
      joined += text.slice(at, n.start);
      at = n.end;
    }
    const pieceOf = (k: number) => pieces.findIndex((p) => k >= p.joinedAt && k < p.joinedAt + p.length);
    for (const h of lex.scan(joined)) {
      const first = pieceOf(h.start);
      const last = pieceOf(h.end - 1);
      if (first === last) continue; // found without taking a note out: an ordinary hit
      const a = pieces[first]!;
      const z = pieces[last]!;
      out.push({
        start: a.at + (h.start - a.joinedAt),
        end: z.at + (h.end - z.joinedAt),
        entry: h.entry,
        notes: run.slice(first, last),
      });
    }
  }
  return out;
}
