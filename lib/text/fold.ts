// Two ways of comparing and showing short page texts (titles, headings, lines).

/** For "is this the same words as that": width-folded (NFKC), no whitespace, lower case. */
export function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** All whitespace runs, line breaks included, as one space; trimmed. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
