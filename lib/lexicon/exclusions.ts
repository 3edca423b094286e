// An entry's exclusions (営業時間, 自営業 for 営業) as a hit asks for them: grouped by their first character, so that a
// hit tries only those that could start at each place before it, not every one of an entry's hundred or so.

export interface Exclusions {
  /** The expressions by their first UTF-16 unit. */
  byFirst: Map<string, string[]>;
  /** The longest expression's length: none starts further back than this before a hit. */
  longest: number;
  /** An empty expression stands everywhere. */
  empty: boolean;
}

export function indexExclusions(list: string[]): Exclusions {
  const byFirst = new Map<string, string[]>();
  let longest = 0;
  let empty = false;
  for (const ex of list) {
    if (!ex) {
      empty = true;
      continue;
    }
    const group = byFirst.get(ex[0]!);
    if (group) group.push(ex);
    else byFirst.set(ex[0]!, [ex]);
    longest = Math.max(longest, ex.length);
  }
  return { byFirst, longest, empty };
}

/** Whether one of the expressions stands in `text` over offset `at`, a hit's first character: 営業時間 covers 営業, and
 *  メール受信 covers the start of 受信対応 in メール受信対応. Each expression holds the term or its start. */
export function excludedAt(x: Exclusions, text: string, at: number): boolean {
  if (x.empty) return true;
  for (let p = Math.max(0, at - x.longest + 1); p <= at; p++) {
    const group = x.byFirst.get(text[p]!);
    if (!group) continue;
    for (const ex of group) if (p + ex.length > at && text.startsWith(ex, p)) return true;
  }
  return false;
}
