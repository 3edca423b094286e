// A posting's title from the first of several candidates that has one, and which candidate it was
// (for `kyujin-lens analyze --explain`: the candidates are named, never quoted).

/** The first candidate title that is not empty, and what it came from. */
export function firstTitle(candidates: Array<[via: string, get: () => string]>): { title: string; via: string } {
  for (const [via, get] of candidates) {
    const title = get();
    if (title) return { title, via };
  }
  return { title: '', via: 'first line' };
}
