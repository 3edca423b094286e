// A posting's title from the first of several candidates that has one, and which candidate it was
// (for `kyujin-lens analyze --explain`: the candidates are named, never quoted).

/** A title and the element it was read from (none for <title> or JSON-LD: no text on the page). */
export interface TitleFound {
  text: string;
  el: Element | null;
}

/** The first candidate title that is not empty, what it came from, and the element it was read from. */
export function firstTitle(candidates: Array<[via: string, get: () => string | TitleFound]>): { title: string; via: string; el: Element | null } {
  for (const [via, get] of candidates) {
    const got = get();
    const found = typeof got === 'string' ? { text: got, el: null } : got;
    if (found.text) return { title: found.text, via, el: found.el };
  }
  return { title: '', via: 'first line', el: null };
}
