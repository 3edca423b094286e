// A page that sets out several positions keyed by a mark of their own (①テレフォンアポインター … ②一般事務, ■01 受付 …
// ■02 営業パートナー, 【正社員】インサイドセールス … 【パート】インサイドセールス) and goes on using the keys in its fields
// (【給与】①時給1,200円＋手当 ②時給1,100円): what a key other than the posted one heads is that position's, as another
// opening's listing is. The posted one is the one the page says it is (★本求人, ※この求人は②…の募集です, このページは
// 【パート】の募集), else the one the title names; where neither picks one, ① and ② may be the halves of one job, and
// the page is read whole, unless it announces a list of positions (以下の3職種で募集): then the first is posted. A
// part of the title that names the other openings (…／発信スタッフも募集) is theirs. Numbered positions (募集1, 職種2)
// are withLaterRoles'.
import { endOfLine } from './lines';
import { endOfRoleFields, markElsewhere, titleIn, type Section } from './sections';
import { titleNamesRole } from './title-names-role';

const CONTRACTS = 'パート・アルバイト|アルバイト・パート|正社員|契約社員|パート|アルバイト|派遣社員|業務委託|嘱託社員';
/** A key at a line's start: ①, a bullet and a number or letter (■01 , ◆b:, ■お仕事A：), or a number, letter or
 *  contract in brackets (【2】, [a], 【パート】, 〈正社員〉). ① before a particle (①の受付担当が入力した…) refers to a
 *  position and heads none. Groups: circled, bulleted, bracketed, contract, then the rest of the line. */
const KEY_AT_LINE = new RegExp(
  String.raw`^[ \t]*(?:([①-⑨])(?![のがはをにとでも])|[■◆●▼□◇○◎]+[ \t]*(?:お仕事|職種|ポジション)?(0?[1-9]|[a-e])(?=[ \t.:)])[.:)]?|[【\[〔]([1-9]|[a-e])[】\]〕]|[【\[〔〈<](${CONTRACTS})[】\]〕〉>])[ \t]*([^\n]*)`,
  'gm',
);
/** Keys inside a line, where one line lists the positions or their pay (①テレフォンアポインター ②一般事務). */
const CIRCLED_IN_LINE = /[①-⑨]/g;
const CONTRACT_IN_LINE = new RegExp(String.raw`[【〈<](${CONTRACTS})[】〉>]`, 'g');

/** A line that heads what all positions share (共通の待遇, ◆勤務地（共通）, 全職種共通): it ends the last position's fields. */
const SHARED_LINE = /^[^\n。]{0,16}共通[^\n。]{0,16}$/gm;

type KeyClass = 'circled' | 'bulleted' | 'bracketed' | 'contract';

interface KeyAt {
  cls: KeyClass;
  key: string;
  /** Where the key's span opens (its line's start, or the key inside a line), and where its line ends. */
  start: number;
  lineEnd: number;
  /** What follows the key on its line: a position's name where the key first heads one. */
  rest: string;
  inLine: boolean;
}

/** The name a position's line gives it, before notes (（パート）, ★本求人, ／週3日〜). */
const nameOf = (rest: string) => rest.split(/[(（【\[★☆/／|｜]|[ \t]{2,}/)[0]!.trim();
// A name of a role, not of a task (①電話対応 ②データ入力) or a shift (②13:00〜22:00).
const ROLE_NAME_END = /(?:スタッフ|オペレーター|アポインター|事務|営業|セールス|担当|職|員|係|リーダー|sv|スーパーバイザー|アシスタント|パートナー|コーディネーター|アドバイザー|カウンセラー|コンシェルジュ|ドライバー|マネージャー|ディレクター|エンジニア|プランナー|トレーナー|クルー|キャスト|社員|候補|長|士|師)$/;
const isRoleName = (name: string) => name.length >= 2 && name.length <= 24 && !/[。、]/.test(name) && ROLE_NAME_END.test(name);

/** A name as a title shortens it: 【データ入力】 for データ入力スタッフ. */
const core = (name: string) => name.replace(/(?:スタッフ|社員|さん)$/, '');

/** Where the page says which position it posts (★本求人, このページの募集, この求人は…, このページは…). */
const THIS_POSTING = /本求人|このページの(?:募集|お仕事|メイン)|この求人の募集|メイン募集|今回の(?:メイン)?募集|(?:この求人|このページ|本ページ)(?:は|で(?:は)?)[^\n]{0,24}(?:募集|ご?紹介|ご案内)/;
/** Where the page says it sets out several positions (以下の3職種で募集, 2つのお仕事を募集, 3つのお仕事をご紹介, 募集職種一覧,
 *  同時募集): ① is then the first position, not the first half of one job (次の2つのお仕事を担当していただきます is one job's
 *  two tasks). */
const LISTS_POSITIONS = /(?:[2-9２-９二三四五]|複数)(?:つ)?の?(?:お仕事|職種|ポジション)[^\n。]{0,16}?(?:募集|紹介|案内|お選び)|募集職種一覧|職種一覧|同時募集|その(?:他|ほか)の募集/;

function keysOf(text: string): KeyAt[] {
  const out: KeyAt[] = [];
  KEY_AT_LINE.lastIndex = 0;
  for (let m = KEY_AT_LINE.exec(text); m; m = KEY_AT_LINE.exec(text)) {
    const cls: KeyClass = m[1] ? 'circled' : m[2] ? 'bulleted' : m[3] ? 'bracketed' : 'contract';
    const key = (m[1] ?? m[2] ?? m[3] ?? m[4])!.replace(/^0/, '');
    out.push({ cls, key, start: m.index, lineEnd: endOfLine(text, m.index), rest: m[5] ?? '', inLine: false });
  }
  // A line that holds two keys of a kind or more (①テレフォンアポインター ②一般事務, 【パート】時給… 【正社員】月給…)
  // sets out a span for each, from its key to the next one on the line.
  for (const [cls, re] of [['circled', CIRCLED_IN_LINE], ['contract', CONTRACT_IN_LINE]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lineEnd = endOfLine(text, m.index);
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const onLine = text.slice(lineStart, lineEnd).match(re === CIRCLED_IN_LINE ? /[①-⑨]/g : new RegExp(CONTRACT_IN_LINE.source, 'g'));
      if (!onLine || onLine.length < 2 || out.some((k) => k.start === m!.index || (k.start === lineStart && k.cls === cls && text.slice(lineStart, m!.index).trim() === ''))) continue;
      out.push({ cls, key: m[1] ?? m[0], start: m.index, lineEnd, rest: text.slice(m.index + m[0].length, lineEnd), inLine: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The keys of the page's positions: the kind of key with the most distinct keys, when two or more of them head a
 *  role's name (contracts need no name: 【正社員】 and 【パート】 are positions by themselves). */
function positionKeys(keys: KeyAt[], listed: boolean): { cls: KeyClass; names: Map<string, string> } | null {
  let best: { cls: KeyClass; names: Map<string, string> } | null = null;
  for (const cls of ['circled', 'bulleted', 'bracketed', 'contract'] as const) {
    const names = new Map<string, string>();
    for (const k of keys) if (k.cls === cls && !names.has(k.key)) names.set(k.key, nameOf(k.rest));
    // Where the page says it lists positions, any two keys heading a name are they (①修理受付 ②データ入力).
    const roles = cls === 'contract' ? names.size : [...names.values()].filter((n) => isRoleName(n) || (listed && isPositionName(n))).length;
    if (roles >= 2 && (!best || names.size > best.names.size)) best = { cls, names };
  }
  return best;
}

/** A name with no figure and no sentence in it (書類チェック・データ入力, 保険金請求の受付): a position's, where the page
 *  says it lists positions. */
const isPositionName = (name: string) => name.length >= 2 && name.length <= 24 && !/[。\d]/.test(name);

/** The posted position's key: the one the page says it posts, else the one the title names; null where neither tells
 *  (a page's ① and ② may be the halves of one job: ① チャット ② 電話). */
function postedKey(text: string, title: string, cls: KeyClass, names: Map<string, string>, keys: KeyAt[], listed: boolean): string | null {
  const said = new Set<string>();
  for (const m of text.matchAll(new RegExp(THIS_POSTING.source, 'g'))) {
    const ls = text.lastIndexOf('\n', m.index! - 1) + 1;
    const line = text.slice(ls, endOfLine(text, m.index!));
    const heading = keys.find((k) => k.start === ls && !k.inLine);
    if (heading) { said.add(heading.key); continue; }
    for (const [key, name] of names) {
      const marked = cls === 'circled' ? line.includes(key) : cls === 'contract' && new RegExp(`[【〈<]${key}[】〉>]`).test(line);
      if (marked || (name.length >= 2 && line.includes(name))) said.add(key);
    }
  }
  if (said.size === 1) return [...said][0]!;
  const named = [...names].filter(([key, name]) => (cls === 'contract' ? titleNamesRole(title, key) : core(name).length >= 2 && title.includes(core(name))));
  if (named.length === 1) return named[0]![0];
  // A page that says it lists positions and picks none posts the first, as a board lists its main job first.
  return listed && named.length === 0 && cls !== 'contract' ? keys.find((k) => k.cls === cls)!.key : null;
}

/** The start of the first line after `from` that opens, past its marks, with `mark` (◆②のお仕事内容), or whose heading
 *  names it first in brackets (■お仕事内容（②発信スタッフ）), or the text's end. */
function lineOpeningWith(text: string, mark: string, from: number): number {
  const re = new RegExp(`^[ \\t■◆●▼□◇○◎【<＜]*(?:[^\\n(（]{1,12}[(（])?${mark}`, 'gm');
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

export function withOtherPositions(text: string, sections: Section[]): Section[] {
  const keys = keysOf(text);
  const listed = LISTS_POSITIONS.test(text);
  const found = positionKeys(keys, listed);
  if (!found) return sections;
  const posted = postedKey(text, ownTitle(titleIn(text, sections)), found.cls, found.names, keys, listed);
  if (posted === null) return sections;
  const own = keys.filter((k) => k.cls === found.cls);
  let out = sections;
  for (const [i, k] of own.entries()) {
    if (k.key === posted) continue;
    const next = own[i + 1]?.start ?? text.length;
    let end: number;
    if (k.inLine) end = Math.min(next, k.lineEnd);
    else {
      const nextSection = sections.find((s) => s.start > k.start)?.start ?? text.length;
      // A key that heads fields of its own (■02 営業パートナー ⏎ 【仕事内容】… 【報酬】…) runs over them, up to the next key
      // or a field no position owns (会社概要, 応募方法, or one marked 共通).
      // So does a key whose line only names its position (① 保険金請求の受付（受電）　お仕事No. …) on a page that says it
      // lists positions.
      const name = nameOf(k.rest);
      const headsFields = (name === '' || isRoleName(name) || (listed && isPositionName(name))) && (listed || text.slice(k.lineEnd, nextSection).trim() === '');
      if (headsFields) {
        const unowned = endOfRoleFields(text, sections, k.start);
        SHARED_LINE.lastIndex = k.lineEnd;
        const shared = SHARED_LINE.exec(text)?.index ?? text.length;
        // …or a heading that names the posted one (◆②のお仕事内容): its fields start there.
        const postedHeading = found.cls === 'circled' ? lineOpeningWith(text, posted, k.lineEnd) : text.length;
        end = Math.min(next, unowned, shared, postedHeading);
      } else end = Math.min(next, nextSection);
    }
    if (end > k.start) out = markElsewhere(out, k.start, end);
  }
  return out;
}

/** A part of the title that names the page's other openings (…／同じセンターで発信スタッフも募集, ｜同じ就業先でコールセンター
 *  2職種も募集, ｜受電・発信のお仕事もあり): those jobs', not this one's. */
const OTHERS_IN_TITLE = /(?:も|を)(?:同時に?)?募集(?:中|しています)?[!！]*$|の?お仕事もあり(?:ます)?[!！]*$/;
const TITLE_PARTS = /[^/／|｜※]+/g;

/** The title without its parts that name the other openings: what it says of this job. */
function ownTitle(title: string): string {
  return [...title.matchAll(TITLE_PARTS)].filter((p, i) => i === 0 || !OTHERS_IN_TITLE.test(p[0].trim())).map((p) => p[0]).join(' ');
}

export function withOthersInTitle(text: string, sections: Section[]): Section[] {
  const title = sections[0];
  if (title?.kind !== 'title') return sections;
  const parts = [...text.slice(title.start, title.end).matchAll(TITLE_PARTS)];
  // The title's first part names the job itself.
  const other = parts.slice(1).find((p) => OTHERS_IN_TITLE.test(p[0].trim()));
  if (!other) return sections;
  const from = title.start + other.index!;
  const to = from + other[0].length;
  const pieces: Section[] = [{ ...title, end: from }, { kind: 'company', start: from, end: to, label: '', field: 'elsewhere' }];
  if (to < title.end) pieces.push({ ...title, start: to });
  return [...pieces, ...sections.slice(1)];
}
