// Which of several labelled pay lines is the title's role: 【給与】オペレーター：時給1,300円 / SV：時給1,600円 under
// the title 「SV募集」 is the SV's pay. A posting's main role is the one its title names.
import type { BaseCandidate } from './base';
import { headerText, lineAt, lineStart, sectionOf, titleText, type PayText } from './context';

// Numbering and bullets before a line's label: (1), ①, A:, ■, ・.
const LEAD = /^[\s\p{P}\p{S}]*(?:\d{1,2}[).:]|[①-⑳]|[a-z][).:])?[\s\p{P}\p{S}]*/u;
const TRAIL = /[\s\p{P}\p{S}]+$/u;

// The item before this one on its line, up to its amount or a separator (正社員 月給22万円〜／パート 時給…,
// ［オペレーター］時給1,300円 ［SV］時給…).
const PREV_ITEM = /^.*(?:[円/、]|\d)[)\]〕】]?[ \t]*/;
// A role in brackets right after the amount (時給1,300円（オペレーター）／時給1,600円（SV）).
const LABEL_AFTER = /^[ \t]*\(([^()\d\n]{2,20})\)/;
// The hours of a band in brackets (夜勤（17:00〜翌10:00）) are its note, not its name.
const HOURS_NOTE = /\([^()\n]*\d{1,2}(?::\d{2}|時)[^()\n]*\)/g;
const clean = (s: string) => s.replace(HOURS_NOTE, '').replace(LEAD, '').replace(TRAIL, '');
const fitsLabel = (s: string) => s.length >= 2 && s.length <= 20 && !/\d/.test(s);
// A role with a note in brackets (テレマーケティングスタッフ（法人向けのご案内）) is named by what stands before the note.
// (Its closing bracket may be gone: clean() drops the marks a label ends with.)
const TRAILING_NOTE = /[ \t]*\([^()\n]*\)?$/;
// A role named with what it deals in (法人向けインターネット回線のテレフォンアポインター) is named by its last noun phrase,
// after the last の (without one, that is the whole name, already too long).
function asLabel(s: string): string | null {
  if (fitsLabel(s)) return s;
  const bare = s.replace(TRAILING_NOTE, '');
  if (fitsLabel(bare)) return bare;
  const tail = bare.slice(bare.lastIndexOf('の') + 1);
  return fitsLabel(tail) ? tail : null;
}

const PAY_FIELD = /^(?:給与|給料|賃金|報酬|お給料)$/;
// The block's other rows (勤務地：…, 内容：…) are passed over on the way up; a rule (━━━) ends the search.
const FIELD_ROW = /^[^\n:]{1,12}:/;
const BLOCK_ROWS = 6;

/** The short line that heads the block of rows a line is in (② 店舗事務スタッフ（パート） above 給与：…), or null. */
function blockHeading(text: string, ls: number): string | null {
  for (let k = ls, n = 0; k > 0 && n < BLOCK_ROWS; n++) {
    k = lineStart(text, k - 1);
    const line = lineAt(text, k);
    if (FIELD_ROW.test(line.trim())) continue;
    const label = clean(line);
    return label ? asLabel(label) : null;
  }
  return null;
}

/** The role or contract a pay line is labelled with (正社員, オペレーター, sv), or null when it has none: before its
 *  amount on its line (or, when that is only 給与, the heading of its block), else in brackets right after it, else on
 *  a short line of its own above it (SV ⏎ 時給1,600円). */
function lineLabel(t: PayText, c: BaseCandidate): string | null {
  const ls = lineStart(t.text, c.start);
  const before = t.text.slice(ls, c.start);
  // After a sentence that describes the role (…ウォーターサーバーの提案営業。月給25万円～＋インセンティブ) the amount has
  // no label on its line: the heading of its block names the role (▼営業部（法人営業） above), as for a field's row.
  const stop = before.lastIndexOf('。');
  if (stop !== -1 && !clean(before.slice(stop + 1))) return blockHeading(t.text, ls);
  const head = clean(before.replace(HOURS_NOTE, '').replace(PREV_ITEM, ''));
  // A field's own name (給与：時給1,150円) names no role: each role's block may head it (② 店舗事務スタッフ ⏎ 給与：…).
  if (PAY_FIELD.test(head)) return blockHeading(t.text, ls);
  if (head) return asLabel(head);
  const after = LABEL_AFTER.exec(t.text.slice(c.end, c.end + 24));
  if (after) return asLabel(after[1]!.trim());
  // Only a line that the amount opens has the line above as its label.
  return ls > 0 && clean(before) === '' ? asLabel(clean(lineAt(t.text, ls - 1))) : null;
}

// A band of hours or days (夜勤, 土日祝) is the job only where the title says the job is that band alone (【夜勤専従】,
// 土日祝のみ); 夜勤できる方歓迎 welcomes those who can also work nights, and the ordinary line stays the pay.
const BAND = /^(?:夜勤|日勤|準夜勤|深夜|早番|中番|遅番|平日|土日祝?|土日|週末|夕方|朝)/;
const ALONE = /^[ \t]*(?:専従|専任|専門|のみ|だけ|限定|メイン)/;
// A tag of the band alone in brackets (【夜勤】受付オペレーター, ［土日祝］) files the posting under that band: it is the job too.
const OPENS = '【[(〔<《「';
const CLOSES = '】])〕>》」';
const taggedAlone = (title: string, at: number, band: string): boolean => OPENS.includes(title[at - 1] ?? '') && CLOSES.includes(title[at + band.length] ?? '');
const bandIsTheJob = (title: string, band: string): boolean => {
  for (let at = title.indexOf(band); at !== -1; at = title.indexOf(band, at + 1)) if (ALONE.test(title.slice(at + band.length)) || taggedAlone(title, at, band)) return true;
  return false;
};

// A contract named with its kind (正社員, 契約社員) is also named by the bare word in a title (受付社員・パート).
const CONTRACT_KIND = /^(?:正|契約|派遣|嘱託|準|常勤|非常勤)(社員|職員)$/;

/**
 * The first candidate (the first ordinary rate, when a rate for certain hours comes first), unless the lines of the same rank are labelled with roles and only another line's label
 * is in the title (and the first line's role is not named there too): then that line. A title's shorthand of it
 * gives way to the page's full statement below (restatedBelow).
 */
export function mainRoleLine(t: PayText, candidates: BaseCandidate[]): BaseCandidate | null {
  const line = mainRoleLineAsHeaded(t, candidates);
  return line && restatedBelow(t, candidates, line);
}

/** The title's shorthand of the pay (…｜時給1,400円, 時給1,150円〜) and the page's own statement of it below
 *  (時給1,400円～1,600円, 時給1,150円): the same pay, from the same figure, which the page states in full. */
function restatedBelow(t: PayText, candidates: BaseCandidate[], line: BaseCandidate): BaseCandidate {
  if (line.min === null || sectionOf(t, line.start) !== 'title') return line;
  const full = candidates.find(
    (c) => c.start > line.start && c.unit === line.unit && c.min === line.min && c.max !== line.max && !c.premium && !c.inBrackets && sectionOf(t, c.start) !== 'title',
  );
  return full ?? line;
}

/** The main role's line as the page's labels and title pick it. */
function mainRoleLineAsHeaded(t: PayText, candidates: BaseCandidate[]): BaseCandidate | null {
  const stated = candidates[0];
  if (!stated) return null;
  // A rate for certain hours or days stated before the ordinary one (22時〜翌5時は時給1,625円 ⏎ 通常時給1,300円): the
  // ordinary rate is the pay.
  const first = (stated.timed && candidates.find((c) => c.order === stated.order && c.unit === stated.unit && !c.premium && !c.inBrackets)) || stated;
  const firstLabel = lineLabel(t, first);
  if (firstLabel === null) return first;
  // A band of hours or days the title names (【夜勤専従】, 土日祝のみ) is a peer too: its rate is that job's.
  const peers = candidates.filter((c) => c !== first && c.order === first.order && (!c.premium || c.timed) && !c.inBrackets).slice(0, 8);
  const labelled = peers.map((c) => ({ c, label: lineLabel(t, c) })).filter((x): x is { c: BaseCandidate; label: string } => x.label !== null && x.label !== firstLabel);
  // The title first; when it names neither (a shop's name above ホールスタッフ大募集！), the lines above the first heading.
  for (const title of [titleText(t), headerText(t)]) {
    if (title.includes(firstLabel)) return first;
    const named = labelled.filter((x) => title.includes(x.label) && (!BAND.test(x.label) || bandIsTheJob(title, x.label)));
    if (named.length > 1) return first;
    if (named.length === 0) continue;
    // What the title says besides the other role: 受付社員・パート with the other role パート taken out still names 社員.
    const rest = title.split(named[0]!.label).join(' ');
    const bare = CONTRACT_KIND.exec(firstLabel)?.[1];
    return bare && rest.includes(bare) ? first : named[0]!.c;
  }
  return first;
}

// A label that names a prize, a reward or an example (表彰：月間MVPには賞金, 入社2年目の例) is no role of its own.
const NOT_A_ROLE = /表彰|賞|mvp|達成|トップ|ランキング|ボーナス|手当|インセンティブ|報奨|歩合|例|実績|年目|前任|先輩|在籍|平均|モデル/i;

/** Where the page labels its pay lines with roles: the lines of roles other than the main one (③発信オペレーター ⏎
 *  時給1,500円＋インセンティブ under the title 「SV候補」). What they say of results pay is theirs. A line is another
 *  role's when its label is not the main line's, is not named in the title, and its pay is not the main line's
 *  (a list that restates the main role's pay under its name is the main role). Null when no line is. */
export function otherRolesLines(t: PayText, candidates: BaseCandidate[], main: BaseCandidate | null): ((at: number) => boolean) | null {
  if (!main) return null;
  const mainLabel = lineLabel(t, main);
  const title = titleText(t);
  const starts = new Set(
    candidates.flatMap((c) => {
      // A rate of the same job for certain people or hours (経験者：時給1,500円, 土日祝) is no other role.
      if (c === main || c.premium || (c.min === main.min && c.max === main.max && c.unit === main.unit)) return [];
      const label = lineLabel(t, c);
      const other = label !== null && !NOT_A_ROLE.test(label) && label !== mainLabel && !title.includes(label) && !(mainLabel !== null && (label.includes(mainLabel) || mainLabel.includes(label)));
      return other ? [lineStart(t.text, c.start)] : [];
    }),
  );
  return starts.size ? (at) => starts.has(lineStart(t.text, at)) : null;
}
