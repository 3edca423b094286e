// Normalization for matching, with a map back to offsets in the original text so that
// evidence found in the normalized text can be highlighted where the user sees it.

export interface Normalized {
  /** NFKC, ASCII lower-cased, line breaks unified to "\n". */
  text: string;
  /** For each UTF-16 unit of `text` (and one past the end): the offset in the original text. */
  toOriginal: Int32Array;
  original: string;
}

// Characters that NFKC leaves alone and that do not combine with what follows: copied as they are.
// Checking ranges is far cheaper than calling String#normalize for each character.
function isStable(c: number): boolean {
  return (
    c === 0x09 || c === 0x0a ||
    (c >= 0x20 && c < 0x7f && !(c >= 0x41 && c <= 0x5a)) || // ASCII but upper case (lower-cased below)
    (c >= 0x3041 && c <= 0x3096) || // hiragana
    (c >= 0x30a1 && c <= 0x30fa) || // katakana
    c === 0x30fc || // ー
    (c >= 0x4e00 && c <= 0x9fff) || // CJK ideographs
    c === 0x3001 || c === 0x3002 || // 、。
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0x3008 && c <= 0x3011) // brackets 「」『』【】〈〉《》
  );
}

// Marks that combine with the character before them (so that character cannot be copied alone).
function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    c === 0x3099 || c === 0x309a || // combining (semi-)voiced sound marks
    c === 0xff9e || c === 0xff9f || // half-width ﾞ ﾟ
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    c === 0x200d // zero-width joiner
  );
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;

export function normalize(original: string): Normalized {
  const n = original.length;
  const parts: string[] = [];
  let map = new Int32Array(n + 16);
  let o = 0; // length of the output so far
  const mapTo = (from: number, count: number, step: boolean) => {
    if (o + count + 1 > map.length) {
      const bigger = new Int32Array(Math.max(map.length * 2, o + count + 16));
      bigger.set(map);
      map = bigger;
    }
    for (let k = 0; k < count; k++) map[o++] = step ? from + k : from;
  };
  let i = 0;
  while (i < n) {
    // Fast path: a run of stable characters is copied with one slice.
    const runStart = i;
    while (i < n && isStable(original.charCodeAt(i)) && !(i + 1 < n && isCombining(original.charCodeAt(i + 1)))) i++;
    if (i > runStart) {
      parts.push(original.slice(runStart, i));
      mapTo(runStart, i - runStart, true);
      continue;
    }
    const c = original.charCodeAt(i);
    // Line breaks: \r\n, \r, U+2028/2029 and NEL become "\n".
    if (c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) {
      parts.push('\n');
      mapTo(i, 1, false);
      i += c === 0x0d && original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    // Slow path: one character (a surrogate pair counts as one) with the marks that combine with it.
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    let end = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
    while (end < n && isCombining(original.charCodeAt(end))) end++;
    let unit = original.slice(i, end);
    try {
      unit = unit.normalize('NFKC');
    } catch {
      // Lone surrogates make no trouble for normalize in V8, but stay safe in other engines.
    }
    // Control characters other than tab and newline are blanked so they cannot glue words together.
    unit = unit.toLowerCase().replace(CONTROL, ' ');
    parts.push(unit);
    // Every unit produced by the group maps to the group's start.
    mapTo(i, unit.length, false);
    i = end;
  }
  const text = parts.join('');
  const toOriginal = map.length === text.length + 1 ? map : map.slice(0, text.length + 1);
  toOriginal[text.length] = n;
  return { text, toOriginal, original };
}

/** Maps a [start, end) range of the normalized text back to the original text. */
export function originalRange(norm: Normalized, start: number, end: number): [number, number] {
  const s = norm.toOriginal[start]!;
  // The end is the original position of the last unit's group end: the next group's start.
  let e: number;
  if (end <= 0) e = s;
  else {
    const last = norm.toOriginal[end - 1]!;
    e = end < norm.text.length ? norm.toOriginal[end]! : norm.original.length;
    // Several normalized units may come from one original group (㈱ → (株)); never end inside it.
    if (e === last) e = nextGroupStart(norm, end);
  }
  return [s, Math.max(s, e)];
}

function nextGroupStart(norm: Normalized, from: number): number {
  const base = norm.toOriginal[from - 1]!;
  for (let k = from; k < norm.text.length; k++) if (norm.toOriginal[k]! !== base) return norm.toOriginal[k]!;
  return norm.original.length;
}
