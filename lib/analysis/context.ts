// Context rules over tokens, as small pure functions (in the manner of textlint rules).
import type { Category } from '../core/types';
import type { Token } from '../tokenizer/types';
import { CAP_WORDS } from '../text/cap-words';
import { BULLETS } from '../text/heading-marks';
import { titleNamesRole } from '../text/title-names-role';

/** How far past a term negation is looked for, in tokens. */
const NEGATION_WINDOW = 14;

// Words that negate what came before them in the clause: ノルマなし, ノルマは一切ありません, 営業ではなく …
const NEGATOR_SURFACES = new Set([
  'なし', '無し', '無', 'ナシ', 'ゼロ', '0', '不要', '無用', '不可', 'ng', 'なく', '無く', 'ない', '無い', '皆無', '無縁',
  '少ない', '少なく', '少なめ', 'ません', 'せん', 'ず', 'ぬ', 'なかっ',
]);
const NEGATOR_BASICS = new Set(['ない', '無い', 'ぬ', '少ない']);
/** A cross as a table's value (個人ノルマ ×, ノルマ：✕) says "none"; only as the whole value: 件数×500円 multiplies.
 *  kuromoji may join a colon to the cross (:✕). */
const CROSS = /^:?[×✕✖]$/;
/** Whether the cross at `k` is the value of the term that ends before `from`: only spaces or a label's colon between,
 *  and the item ends after it. */
function crossAsValue(tokens: Token[], from: number, k: number): boolean {
  if (!tokens.slice(from, k).every((x) => x.surface.trim() === '' || x.surface === ':')) return false;
  const next = tokens[k + 1]?.surface;
  return next === undefined || /^[\s、。,)/|]/.test(next);
}

// Words after which a following negation no longer speaks of the term:
// テレアポの経験がなくても (experience, not the work), テレアポ以外の業務はありません (only that work), 数字を追うのが苦に
// ならない方, テレアポに抵抗のない方 (a hardship denied: the work is there) …
const BLOCKERS = new Set(['経験', '知識', 'スキル', '資格', '達成', '未達', '以外', 'のみ', 'だけ', '専門', '未経験', '経験者', 'ばかり', '苦', '苦手', '嫌', '嫌い', '抵抗', '苦痛']);

// Affirmative clause ends: "目標件数はあります" ends the clause before "が、ノルマはありません".
const AFFIRMATIVE_ENDS = new Set(['ます', 'です', 'でし', 'まし', 'だ', 'た', 'あり']);
// A bullet mark opens the next item of a line of tags (◎未経験OK　◎ノルマなし): a negation after it is that item's.
const HARD_STOPS = new Set(['。', '!', '?', '！', '？', '\n', '】', '「', '」', '(', ')', '【', '/', '|', ...BULLETS]);
// 〜ても / 〜でも ("even if") opens a clause of its own: 納期限を過ぎても納付が確認できない方 does not negate 納期限を過ぎ.
const CONJUNCTIVE_STOPS = new Set(['が', 'けど', 'けれど', 'けれども', 'のに', 'ものの', 'ながら', 'し', 'ので', 'から', 'ても', 'でも']);
/** The conditional particles (続くと, なければ) after a predicate. */
const CONDITIONAL_STOPS = new Set(['と', 'ば']);

/** A term that ends in its own verdict (未経験歓迎, 経験不問, 未経験OK) is a whole item: after a comma, a negation is the
 *  next item's (未経験歓迎、高校生不可). */
const ITEM_VERDICTS = new Set(['歓迎', '大歓迎', 'ok', 'OK', '可', '不問', '可能']);

/** What makes a negation the condition of what follows (届かない場合, 取れなければ, 達しなかった月は): a bar not reached
 *  there still stands. */
const CONDITION_AFTER = new Set(['場合', 'とき', '時', 'ば', 'なら', 'ならば', '限り', '際', '月', '週', '日']);

/** Whom or when a clause with its own subject describes: in 発信：お支払いが確認できない方へのご連絡 the negation
 *  says which customers are called, not that there are no calls; so in お客様が電話に出ない場合. */
const QUALIFIED_NOUNS = new Set(['方', '人', '者', 'お客様', 'お客さま', '顧客', '場合', '際', 'とき', '時']);
/** Words that join the term to the next noun as one subject (ノルマや目標がない方): not a subject of its own. */
const JOINING = new Set(['や', 'と', 'とか', '・', '、', 'の', 'も']);

/** The negation at `k` sits in a clause with a subject or object of its own (a noun with が or を after the term,
 *  not joined to it) and describes the person or the occasion after it: it speaks of that noun, not of the term. */
function qualifiesAnotherNoun(tokens: Token[], from: number, k: number, next: number): boolean {
  const after = tokens[next];
  if (!after || after.pos !== '名詞' || !QUALIFIED_NOUNS.has(after.surface)) return false;
  if (JOINING.has(tokens[from]?.surface ?? '')) return false;
  // From the second word after the term: 発信業務を行わない方 keeps the term's own phrase (発信業務) as the object.
  for (let j = from + 2; j < k; j++) {
    const t = tokens[j]!;
    const before = tokens[j - 1]!.pos;
    if ((t.surface === 'が' || t.surface === 'を') && t.pos1 === '格助詞' && (before === '名詞' || before === '動詞')) return true;
  }
  return false;
}

const CAP_NOUNS: ReadonlySet<string> = new Set(CAP_WORDS);

/** Nouns that close a condition: what follows them is its consequence. */
const CONDITION_NOUNS = new Set(['場合', '際']);

function isNegator(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (NEGATOR_SURFACES.has(t.surface)) {
    // "ない" after "では"/"じゃ" is still negation; "ない" as part of 少ない was handled by its own surface.
    return true;
  }
  if (NEGATOR_BASICS.has(t.basic) && (t.pos === '形容詞' || t.pos === '助動詞')) return true;
  // 未経験の方はお断り, ノルマの対象外: what is refused or left out is not there (kuromoji splits 対象外 as 対象/外).
  if (t.surface === 'お断り' || (t.surface === '外' && tokens[k - 1]?.surface === '対象')) return true;
  // ありません: kuromoji gives あり/ませ/ん; the rough tokenizer keeps ありません whole.
  if (t.surface === 'ませ' && tokens[k + 1]?.surface === 'ん') return true;
  if (t.surface.endsWith('ません')) return true;
  return false;
}

/** Verbs of falling below or cutting off a count: denied (発信が80件を下回らないように, 1日50件を切らないよう), they set a
 *  floor under the term, which stands. */
const FLOOR_VERBS = new Set(['下回る', '割る', '切る', '割り込む']);
/** Words of "few" that a negation right after them turns into "many" (少なくありません, 少なくない). */
const LITOTES_HEAD = new Set(['少なく', '少なくは']);
/** A negation at `k`, past a topic particle (少なくはありません, 少なくもない). */
function deniedNext(tokens: Token[], k: number): boolean {
  let at = ['は', 'も'].includes(tokens[k]?.surface ?? '') ? k + 1 : k;
  // ありません: kuromoji gives あり/ませ/ん, and the negation is its ませ.
  if (tokens[at]?.surface === 'あり') at += 1;
  return tokens[at] !== undefined && isNegator(tokens, at);
}

/** Whether the negation at `k` denies an adjective said of the term (厳しく/ありません, 多くはない, 高くない) rather than the
 *  term: the adjective in its く form right before it, past は or も and the あり of ありません. Not ない itself (なくは
 *  ない) nor 少なく, whose denial is read as many (LITOTES_HEAD). */
function deniesQuality(tokens: Token[], from: number, k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.surface === 'あり' && tokens[k]?.surface === 'ませ') j--;
  if (tokens[j]?.surface === 'は' || tokens[j]?.surface === 'も') j--;
  const a = tokens[j];
  return j >= from && !!a && a.pos === '形容詞' && a.surface.endsWith('く') && a.basic !== 'ない' && !LITOTES_HEAD.has(a.surface);
}

/** Whether the なく at `k` closes 「AではなくB」 said of the term as a topic (目標は個人ではなくチームで…): a noun of its own
 *  between the topic and ではなく, and another noun right after it, which takes A's place. */
function replacedAfterTopic(tokens: Token[], from: number, k: number): boolean {
  if (tokens[k]?.surface !== 'なく' || tokens[k - 1]?.surface !== 'は' || tokens[k - 2]?.surface !== 'で') return false;
  if (!['は', 'も'].includes(tokens[from]?.surface ?? '') || k - 3 <= from || tokens[k - 3]?.pos !== '名詞') return false;
  const next = tokens[k + 1]?.surface === '、' ? tokens[k + 2] : tokens[k + 1];
  return next?.pos === '名詞';
}

/** The passive auxiliaries (言われた, 課せられた). */
const PASSIVE = new Set(['れる', 'られる']);

/** The particle after a term that makes it whom the sentence is about (事務スタッフに…目標はありません). */
const ABOUT_PARTICLES = new Set(['に']);

/**
 * Whether the clause that follows a term negates it. `from` is the index of the first token after the term.
 * Returns false as soon as the clause ends affirmatively, a blocker intervenes, or the window runs out.
 */
export function isNegatedAfter(tokens: Token[], from: number, barInCondition = false): boolean {
  let predicateSeen = false;
  const wholeItem = ITEM_VERDICTS.has(tokens[from - 1]?.surface ?? '');
  // The term as whom the sentence is about (事務スタッフに契約件数の目標はありません): another noun is the subject the
  // negation denies, not the term. Not として: オペレーターとしての電話応対はありません denies the operator's work.
  const aboutTerm = ABOUT_PARTICLES.has(tokens[from]?.surface ?? '');
  // A term that ends in a verb followed by a comma (お電話を受け、…) chains a clause of its own: a negation there that
  // qualifies a noun (つながらない・遅いといったトラブル) describes that noun, not the term.
  const chained = tokens[from]?.surface === '、' && tokens[from - 1]?.pos === '動詞';
  let aboutVerb = false;
  let end = Math.min(tokens.length, from + NEGATION_WINDOW);
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (HARD_STOPS.has(t.surface)) return false;
    // Not where a verb takes the term (営業に出ることはありません, 受電に入ることはありません): that whole act is denied.
    if (aboutTerm && t.pos === '動詞') aboutVerb = true;
    if (aboutTerm && !aboutVerb && k > from + 1 && (t.surface === 'は' || t.surface === 'が') && t.pos === '助詞' && !['こと', 'の'].includes(tokens[k - 1]?.surface ?? '')) return false;
    if (CROSS.test(t.surface)) return crossAsValue(tokens, from, k);
    // ノルマフリー: フリー joined to the term frees the job of it (not フリーダイヤル, which kuromoji keeps whole).
    if (k === from && t.surface === 'フリー' && !/^[ァ-ヺー]/.test(tokens[k + 1]?.surface ?? '')) return true;
    // アポ率が基準に届かない場合は…: a negation that opens a condition does not deny a bar (quota words).
    if (isNegator(tokens, k)) {
      // ご不満をお持ちの方も少なくありません, 厳しい声も少なくない: "not few" is many, the term stands.
      if (LITOTES_HEAD.has(t.surface) && deniedNext(tokens, k + 1)) return false;
      if (FLOOR_VERBS.has(tokens[k - 1]?.basic ?? '')) return false;
      // 回収目標は個人ではなくチームで設定しています: after the term's topic, AではなくB denies A and puts B in its place;
      // the term stands.
      if (replacedAfterTopic(tokens, from, k)) return false;
      // ノルマは厳しくありません, 電話はそれほど多くない: a quality denied, not the thing; the term stands.
      if (deniesQuality(tokens, from, k)) return false;
      // インセンティブ上限なし, 歩合（上限はありません）: the cap is denied, the pay is unlimited.
      if (tokens.slice(from, k).some((x) => CAP_NOUNS.has(x.surface))) return false;
      // お変わりがないかを伺います, 不備がないか確認します: a question asked, not the work denied; and an invitation
      // (サポートセンターで働きませんか, テレアポを始めてみませんか) asks the reader to do the work.
      const after = t.surface === 'ませ' && tokens[k + 1]?.surface === 'ん' ? k + 2 : k + 1;
      if (tokens[after]?.surface === 'か') return false;
      const next = tokens[k + 1]?.surface === 'た' ? k + 2 : k + 1;
      if (qualifiesAnotherNoun(tokens, from, k, next)) return false;
      if (chained && t.surface !== 'ず' && (tokens[next]?.pos === '名詞' || tokens[next]?.surface === '・')) return false;
      return !(barInCondition && CONDITION_AFTER.has(tokens[next]?.surface ?? ''));
    }
    if (BLOCKERS.has(t.surface) || BLOCKERS.has(t.basic)) return false;
    // 〜の場合、〜ない場合は、〜した際は: the term is the condition, and a negation after it speaks of what follows
    // (6件に届かない場合は本採用とはなりません, 在宅の場合は交通費の支給はありません).
    if (CONDITION_NOUNS.has(t.surface) && t.pos === '名詞') return false;
    // The conjunctive particles end the clause only when kuromoji says so: が is also the subject marker.
    // kuromoji often splits 〜ても into て + も.
    const concessive = (t.surface === 'て' || t.surface === 'で') && tokens[k + 1]?.surface === 'も';
    if (t.pos1 === '接続助詞' && (CONJUNCTIVE_STOPS.has(t.surface) || concessive)) return false;
    // A condition (目標の未達が続くと契約更新はありません, 取れなければ, 下回ったら): what follows it is its consequence,
    // and a negation there denies the consequence, not the term.
    // kuromoji tags the と after a verb as a case particle: a verb or auxiliary right before it makes it the condition.
    const afterPredicate = tokens[k - 1]?.pos === '動詞' || tokens[k - 1]?.pos === '助動詞';
    if (predicateSeen && ((CONDITIONAL_STOPS.has(t.surface) && (t.pos1 === '接続助詞' || afterPredicate)) || (t.pos === '助動詞' && (t.surface === 'たら' || t.surface === 'だら')))) return false;
    if (AFFIRMATIVE_ENDS.has(t.surface) && (t.pos === '助動詞' || t.pos === '動詞' || t.pos === '')) {
      // "あり" followed by "ませ" is the negative; anything else after an affirmative predicate ends the clause.
      const next = tokens[k + 1];
      if (next && (next.surface === 'ませ' || next.surface.startsWith('ません') || next.surface === 'せん')) continue;
      // 成果に応じた手当はありません: た before a noun modifies it and the clause goes on; 〜したことがない is
      // experience (never done it), not a denial of the work.
      if (t.surface === 'た' && next?.pos === '名詞' && next.surface !== 'こと') continue;
      // Said in the passive it is what the job put on the worker (売上の目標を言われたことは一度もありません, ノルマを
      // 課されたことはありません): a denial.
      if (t.surface === 'た' && next?.surface === 'こと' && PASSIVE.has(tokens[k - 1]?.basic ?? '')) continue;
      return false;
    }
    // "ノルマ：なし" is a label and its value; in "研修中給与：変更なし" the label is not the term.
    if (t.surface === ':' && k > from) return false;
    // A term that carries its own verdict (未経験歓迎・ブランクOK・学生不可): the next item after ・ has its own.
    // So too a blank between tags (未経験OK　交通費全額支給　ノルマなし): the ノルマ's なし is its own item's.
    if (wholeItem && (t.surface === '・' || (t.surface !== '' && t.surface.trim() === ''))) return false;
    if (t.surface === '、' || t.surface === ',') {
      if (wholeItem) return false;
      // 〜たり、〜たりする業務はありません, 〜すること、〜することはありません, 〜するお仕事や、〜するお仕事はありません:
      // parallel items share the final predicate, however long the next item is.
      const prev = tokens[k - 1]?.surface ?? '';
      // 督促など、こちらからお支払いをお願いするお電話はしていません: an example of what the clause goes on to deny.
      const parallel = prev === 'たり' || prev === 'だり' || prev === 'こと' || prev === 'や' || prev === 'とか' || prev === 'など';
      if (parallel) end = Math.min(tokens.length, k + 2 * NEGATION_WINDOW);
      // 受電がメインで、発信はありません: 〜で、 closes a clause of its own (the copula, or a means: お電話で、).
      if (prev === 'で' && (k - 1 > from || topicBefore(tokens, from))) return false;
      // 総務職のため、ノルマはありません: a reason closes its clause; what follows is said of something else.
      if (prev === 'ため' || prev === '為') return false;
      // 電話をかけることは、ほとんどありません: a comma after the topic (は, も) does not close the clause.
      if (predicateSeen && !parallel && !['や', 'とか', 'は', 'も'].includes(prev)) return false;
      continue;
    }
    if (t.pos === '動詞' || t.pos === '形容詞') predicateSeen = true;
  }
  return false;
}

/** A topic (会話は, 業務は) a few words before the term ending at `from`, within its clause: then a で right after the
 *  term is the copula (会話はすべて受けるお電話で、…), which closes a clause of its own, not a means (お電話で、…). */
function topicBefore(tokens: Token[], from: number): boolean {
  for (let j = from - 2; j >= Math.max(0, from - 8); j--) {
    const t = tokens[j]!;
    if (t.surface === '、' || t.surface === '。' || HARD_STOPS.has(t.surface)) return false;
    if (t.surface === 'は' && t.pos1 === '係助詞') return true;
  }
  return false;
}

/** Index of the first token that starts at or after `offset` (tokens sorted by start). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KATAKANA_RUN = /^[\u30a1-\u30fa\u30fc\u30fb]+$/;

function sharedPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * Offsets at which tokens start or end: a term counts only where both its ends fall on one.
 * kuromoji keeps an unknown katakana run (カスタマーサポートスタッフ, ノルマ・テレアポ) as one token, so
 * inside such runs every offset counts as a boundary.
 */
export function tokenBoundaries(tokens: Token[]): Set<number> {
  const b = new Set<number>();
  for (const t of tokens) {
    const end = t.start + t.surface.length;
    b.add(t.start);
    b.add(end);
    if (t.surface.length > 3 && KATAKANA_RUN.test(t.surface)) for (let k = t.start + 1; k < end; k++) b.add(k);
    // A verb in its plain form ends its stem before its last kana (まとめる, 率いる, 回る, つく): a term written as the stem
    // (チームをまとめ, お取引先を回, トレーナーがつ) is the same verb as in まとめて or まとめます, where the stem is a token of its own.
    if (t.pos === '動詞' && t.surface === t.basic && t.surface.length > 1) b.add(end - 1);
    // A conjugated verb ends its stem where it parts from its dictionary form (つき of つく, 聞き of 聞く): a term written
    // as the stem (トレーナーがつ, 先輩の電話を聞) is the same verb in every form.
    if (t.pos === '動詞' && t.surface !== t.basic) {
      const stem = sharedPrefix(t.surface, t.basic);
      if (stem > 0 && stem < t.surface.length) b.add(t.start + stem);
    }
  }
  return b;
}

const TOPIC_MARKERS = ['について', 'に関して', 'に関する', 'とは', 'って何'];
/** The term as part of a noun the heading is about (クレームのお電話について, 【ノルマの有無について】). */
const TOPIC_OF_NOUN = /^(?:の[^\s。、!?！？【】「」]{1,8}?|[\u30a0-\u30ff\u4e00-\u9fff]{1,4})(?:について|に関して)/;

/** A question (ノルマはありますか？), as opposed to a heading. */
export function isQuestion(sentenceText: string): boolean {
  // An FAQ's question line may end as a worry, not a question (Q．クレームの電話が心配です。): its answer says.
  if (/^\s*q\s*[.．:：)）]/i.test(sentenceText)) return true;
  // A question may close a quote in dialogue (アオイ「ノルマは…？」): the quote is the speaker's question.
  return /[?？][」』)）]*\s*$/.test(sentenceText) || (/か[。]?\s*$/.test(sentenceText) && /ますか|ですか|でしょうか/.test(sentenceText));
}

/** A heading's opening mark, and what closes a heading (its bracket, or the colon before its value). */
const HEADING_OPEN = new RegExp(`^[【\\[(<＜〔〈《≪${BULLETS}]`);
/** The marks that close a heading's bracket (】 ] ) > ＞ 〕 〉 》 ≫), for a character class. */
const CLOSERS = String.raw`】\])>＞〕〉》≫`;
const HEADING_CLOSED = new RegExp(`[${CLOSERS}:：]`);
/** After a topic marker (ノルマについて】): at most the heading's close or a colon. */
// Rules drawn around a heading (──── ノルマについて ────) close it as a bracket does, and so do marks set on both
// sides (★ノルマについて★, ■ノルマ■).
const CLOSE_ONLY = new RegExp(String.raw`^[${CLOSERS}${BULLETS}:：\s─━―—=＝]*$`);
/** An amount (1,450円, 25万円): a line that states one before the term is a value, not a heading. */
const AMOUNT_BEFORE = /\d[\d,.]*[ \t]*(?:万|千)?[ \t]*円/;
/** The rest of a bracketed heading that is the term alone: its close, if any. */
const CLOSE_OR_NOTHING = new RegExp(String.raw`^(?:[${CLOSERS}]|[${BULLETS}]+)?\s*$`);
/** A line that ends with a closing bracket: a note's (正社員（新卒・中途）), not a heading's topics. */
const ENDS_CLOSED = new RegExp(String.raw`[${CLOSERS}]\s*$`);
// Further topics of a heading after the term, joined by ・ or a slash, and its closing mark: nothing that states anything.
// A bilingual heading sets its words apart with blanks around the slash (QUOTA / ノルマ).
const JOINED_TOPICS = new RegExp(String.raw`^(?:[ \t]*[・/／][ \t]*[^\n。、!?:：・/／\d]{1,10}){1,3}[${CLOSERS}]?\s*$`);
// A joined topic that ends in a predicate (■ノルマ・販売目標はありません, ◆ノルマ・目標なし, ■未経験・主婦歓迎) states it:
// a line of the page's points, not a heading.
// The words a statement ends in, shared with STATES_SOMETHING below (which adds した, する, できる for a line's end).
const STATED_WORDS = 'ます|です|ません|ない|なし|無し|あり|有り|可能|歓迎|不問|不要|ok';
const STATED_AFTER = new RegExp(String.raw`(?:${STATED_WORDS})[!！${CLOSERS}]?\s*$`);

/**
 * A term named as a topic (【ノルマについて】, テレアポとは) or asked about in a question (FAQ: 電話をかける
 * ことはありますか？) states nothing about the job by itself: the answer does.
 */
export function isTopicOrQuestion(sentenceText: string, termStart: number, termEnd: number): boolean {
  const rest = sentenceText.slice(termEnd);
  // Only as a heading: "【ノルマについて】" names a topic, "操作方法についてのお問い合わせ" describes work.
  if (TOPIC_MARKERS.some((m) => rest.startsWith(m) && CLOSE_ONLY.test(rest.slice(m.length)))) return true;
  // …or of a noun the term is part of (【クレームのお電話について】).
  const ofNoun = TOPIC_OF_NOUN.exec(rest);
  if (ofNoun && CLOSE_ONLY.test(rest.slice(ofNoun[0].length))) return true;
  // A bracketed heading that is the term alone: ＜受信業務＞, 【こちらからのお電話】, 〈ノルマ〉, ■ノルマ. A field's
  // value after its heading on the same line (【仕事内容】テレアポ, ■応募資格：経験必須) is no heading.
  // Other topics may share the heading (■ノルマ・拘束時間, 【ノルマ／評価】): the term is still one of its topics.
  // An amount before the term (■時給1,450円＋インセンティブ) makes the line a value: a heading names no sum.
  if (HEADING_OPEN.test(sentenceText) && (CLOSE_OR_NOTHING.test(rest) || (JOINED_TOPICS.test(rest) && !STATED_AFTER.test(rest))) && !HEADING_CLOSED.test(sentenceText.slice(0, termStart)) && !AMOUNT_BEFORE.test(sentenceText.slice(0, termStart))) return true;
  return isQuestion(sentenceText);
}

// A heading set apart by its place, not by a mark (a page whose headings are styled, copied as plain lines): a short
// line that ends with the term and states nothing, between a statement or list item above it and one below it. A run
// of short lines (受電対応 ⏎ データ入力 ⏎ 書類整理) is a list of duties, not headings; the line below a heading (■職種 ⏎
// テレアポ) or the rest of a label's row (職種　　ルート営業) is its value.
const UNMARKED_HEADING_MAX = 16;
/** How far around the term its line and the lines beside it are read. */
const HEADING_WINDOW = 400;
const STATES_SOMETHING = new RegExp(`[。、！!？?：:・/／]|(?:${STATED_WORDS}|した|する|できる)$`);
/** A line that states something or is a list's item: what stands above and below a heading, not a label's value. */
const STATEMENT_OR_ITEM = /[。！!？?）)」』]$|^[・•]/;
/** Blanks inside a line: a label and its value on one row (職種    ルート営業), not a heading. */
const ROW_GAP = /[ \t\u3000]{2,}|\t/;

function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end === -1 ? text.length : end];
}

/** The nearest line with something on it before the line that starts at `from` (dir -1) or after the one that ends
 *  at `from` (dir 1), trimmed; '' if none within three lines. */
function neighbourLine(text: string, from: number, dir: -1 | 1): string {
  let at = from;
  for (let k = 0; k < 3; k++) {
    if (dir < 0 ? at <= 0 : at >= text.length) return '';
    const [s, e] = dir < 0 ? lineAround(text, at - 1) : lineAround(text, at + 1);
    const line = text.slice(s, e).trim();
    if (line) return line;
    at = dir < 0 ? s : e;
  }
  return '';
}

/** Whether the term at [termStart, termEnd) of `text` ends a heading that has no mark (■チームの目標 copied as チームの目標;
 *  a glossary's aht(平均処理時間), the term in the bracket that closes it): read as the marked heading is (isTopicOrQuestion). */
export function isUnmarkedHeading(page: string, pageStart: number, pageEnd: number): boolean {
  // Read within a window around the term: a page flattened into one long line must not make every hit scan it whole.
  // A heading's line is short; the lines around it are read by their ends and openings.
  const lo = Math.max(0, pageStart - HEADING_WINDOW);
  const text = page.slice(lo, Math.min(page.length, pageEnd + HEADING_WINDOW));
  const termStart = pageStart - lo;
  const termEnd = pageEnd - lo;
  const [ls, le] = lineAround(text, termStart);
  if (ls === 0 && lo > 0) return false;
  if (termEnd > le) return false;
  const line = text.slice(ls, le).trim();
  const rest = text.slice(termEnd, le).trim();
  // Topics joined to the term (一次対応／二次対応, ノルマ・インセンティブ) head the part together: the line is judged by the
  // term itself, the topics beside it stating nothing.
  const before = text.slice(ls, termStart);
  const topicsBefore = before.trim() !== '' && TOPICS_BEFORE.test(before) && !STATES_ON_LINE.test(before);
  // Topics after the term only on a line the term opens (正社員（新卒・中途） is a value with its note, not a heading).
  const topicsAfter = (before.trim() === '' || topicsBefore) && JOINED_TOPICS.test(rest) && !ENDS_CLOSED.test(rest) && !STATES_ON_LINE.test(rest);
  const restAsHeading = rest === '' || rest === ')' || TOPIC_MARKERS.includes(rest) || TOPIC_OF_NOUN.exec(rest)?.[0] === rest || topicsAfter;
  const judged = topicsBefore || topicsAfter ? text.slice(topicsBefore ? termStart : ls, topicsAfter ? termEnd : le).trim() : line;
  if (line.length > UNMARKED_HEADING_MAX || ROW_GAP.test(line) || !restAsHeading || STATES_SOMETHING.test(judged)) return false;
  const above = neighbourLine(text, ls, -1);
  const below = neighbourLine(text, le, 1);
  return STATEMENT_OR_ITEM.test(above) && STATEMENT_OR_ITEM.test(below);
}

// Topics before the term on a label's line, each joined to the next by ・ or a slash (インセンティブ・ノルマ, QUOTA / ノルマ).
const TOPICS_BEFORE = /^[ \t]*(?:[^\n。、!?:：・/／\d]{1,10}[・/／][ \t]*){1,3}$/;
// A line that says something of its topics (ノルマ・テレアポなし, 研修・ノルマあり) is a tag line, not a label.
const STATES_ON_LINE = /なし|無し|あり|有り|ok|不問|不要|歓迎|可能?$|ません|です|ます/;

/** The term alone on its line, no marks (ノルマ ⏎ なし, as pages that put each table cell on a line of their own read), or
 *  with other topics joined to it (インセンティブ・ノルマ ⏎ ありません, a heading copied without its ■): a field's label,
 *  which states nothing by itself; the line after it does. */
export function isBareLabel(sentenceText: string, termStart: number, termEnd: number): boolean {
  if (sentenceText.includes('\n')) return false;
  const before = sentenceText.slice(0, termStart);
  const after = sentenceText.slice(termEnd);
  const alone = before.trim() === '' && /^(?:について|に関して)?[\s:：]*$/.test(after);
  const joined = (before.trim() === '' || TOPICS_BEFORE.test(before)) && (/^[\s:：]*$/.test(after) || JOINED_TOPICS.test(after)) && !STATES_ON_LINE.test(sentenceText);
  return alone || joined;
}

/** Who answers, on a line of its own before the answer (［採用窓口］, 【人事】). */
const SPEAKER = String.raw`(?:[［[【][^\]］】\n]{1,12}[\]］】][ \t]*\n[\s　]*)?`;

/** An answer that begins with "no": いいえ, ありません, ございません, なし (after an optional "A." or 回答：, or the
 *  answerer named on a line of its own in a chat-style FAQ: ［採用窓口］ ⏎ ありません！). */
const ANSWER_NO = new RegExp(String.raw`^[\s　]*${SPEAKER}(?:a\s*[.:．：)）]?\s*|答え\s*[:：]?\s*|回答\s*[:：]?\s*)?(?:いいえ|ありません|ございません|ないです|一切ない|一切ありません|なし|無し|ゼロ)`);

/** Q. ノルマはありますか？ A. ありません: the question names the thing, the answer says it is absent. */
export function answeredNo(text: string, questionEnd: number): boolean {
  return ANSWER_NO.test(text.slice(questionEnd, questionEnd + 40));
}

/** A heading answered on the next line with "there is" (【ノルマ】 ⏎ あり, ノルマ ⏎ 有): it states the thing. */
const ANSWER_PRESENT = /^[ \t]*\n[\s　]*(?:あり|有り|有|あります|ございます)(?!ませ)/;
export function answeredPresent(text: string, headingEnd: number): boolean {
  return ANSWER_PRESENT.test(text.slice(headingEnd, headingEnd + 40));
}

/** A target's heading (■目標, 【ノルマ】) answered on the next line with a count or a rate (四半期ごとに新規契約6社・追加契約4社
 *  をチームで分けて担当, 1日3件のご予約): the figure states it. Not a line that denies one, nor one of pay (月給30万円も可能). */
const FIGURE_LINE = /^[ \t]*\n[ \t]*[^\n]{0,40}?\d[\d,.]*[ \t]*(?:件|社|台|本|コール|契約|万円|%|％|割|組|軒|棟|口)/;
const DENIAL_OR_PAY_LINE = /^[ \t]*\n[^\n]*(?:なし|ありません|ございません|ない|時給|月給|日給|年収|給与)/;
// A note in brackets on the figure's line (1人あたり月2件の成約（入社半年までは目標なし）) qualifies the figure; its なし
// denies nothing of it.
const BRACKET_NOTE = /\([^()\n]{0,40}\)/g;
export function answeredWithFigure(text: string, headingEnd: number): boolean {
  const next = text.slice(headingEnd, headingEnd + 120);
  return FIGURE_LINE.test(next) && !DENIAL_OR_PAY_LINE.test(next.replace(BRACKET_NOTE, ''));
}

/** An answer that begins with "yes": はい, もちろん, 大丈夫です, ご安心ください (after an optional "A." or 回答：, or who answers). */
const ANSWER_YES = new RegExp(String.raw`^[\s　]*${SPEAKER}(?:a\s*[.:．：)）]?\s*|答え\s*[:：]?\s*|回答\s*[:：]?\s*)?(?:はい|もちろん|大丈夫です|ご安心ください)`);

/** Q. 未経験でも大丈夫？ A. はい、…: the question names the thing, the answer says it holds. */
export function answeredYes(text: string, questionEnd: number): boolean {
  return ANSWER_YES.test(text.slice(questionEnd, questionEnd + 40));
}

// 受電も一部あります, 発信も少しあります: some of it besides the main work. So is a share said to be small (発信は全体の
// 1割未満, 架電は業務の5%程度): a share alone (発信1割) is left to the shares of both directions. So is a light count of
// calls a day said of the calls themselves, as about so many (電話でのご予約（1日8件ほど）): a center takes scores;
// 1日15件のアポ is a count, not a measure. Said of those words only: the counter work beside them in the sentence stays.
// So is what a concession grants before it names the bulk of the work (お電話をいただくことはありますが、ほとんどは…),
// and a task said to be only a part of it right after its name (電話での受注は一部です).
// So is a call said to come about once a month or a year (月に1回程度、保護者の方へお電話で…): no desk's work.
// Helping out another desk (繁忙期は電話受付の応援に入ります) is occasional too. In English: occasionally, sometimes, as
// needed, a few an hour.
const OCCASIONAL = /(?:こと|場合|とき|時)も(?:(?!多|よく|頻繁|しばしば|度々|たびたび|毎日|大半|半分|ほとんど)[^。、\n]){0,12}?(?:あります|あり|ある|ございます)|(?:こと|場合|とき|時)は(?:あります|ございます|ある)(?:が|けれど|けど|ものの)[、,]?[ \t]*(?:ほとんど|大半|大部分|基本|主に|主な|メイン|多くは|通常は|普段は)|も(?:一部|少し|少々|わずかに)(?:あります|あり|ある|ございます|発生します)|^[^。、\n]{0,16}?は(?:ごく)?一部(?:です|のみ|だけ|になります|に限られ)|たまに|まれに|稀に|ごく一部|ときどき|時々|数件程度|数件ほど|(?:月|年)に?[1一][ \t]*(?:回|度)(?:程度|ほど|くらい|ぐらい)|年に?数回|(?:の|へ)?(?:応援|ヘルプ)(?:に入|として入|に回)|(?:1|一)割(?:未満|以下|弱|に満たない)|(?<![\d.])[1-9][ \t]*(?:%|パーセント)(?:未満|以下|程度|ほど|くらい)|\b(?:occasionally|sometimes|from time to time|now and then|when needed|as needed|if needed|a few (?:an|a|per|each) (?:hour|day)|a few calls|a handful of calls)\b/;
// Up to 20 a day, or a range that tops out there (1日10〜20件ほど): where a day's calls are counted, a center's
// operators take 30 and more, a desk's phone that rings beside other work 20 and fewer.
const LIGHT_NUMBER = String.raw`(?:[1-9]|1\d|20|数)`;
// 数件 (a few) is light by itself, with no ほど after it (服薬フォローのお電話は1日数件です).
// Counted a month, a desk's calls run to a few dozen (月に10〜20件程度: about one a day), a center's to thousands.
const LIGHT_MONTH_NUMBER = String.raw`(?:[1-9]\d?|数|数十)`;
const LIGHT_COUNT = String.raw`(?<![\d.])(?:(?:1|一)日(?:に|あたり)?[ \t]*(?:${LIGHT_NUMBER}[ \t]*[〜～~\-－][ \t]*)?${LIGHT_NUMBER}|(?:1|一)?(?:か|ヶ|カ|ケ)?月(?:に|あたり)[ \t]*(?:${LIGHT_MONTH_NUMBER}[ \t]*[〜～~\-－][ \t]*)?${LIGHT_MONTH_NUMBER})[ \t]*(?:件|本)(?:程度|ほど|くらい|ぐらい|前後|未満|以下|(?=[)）])|(?<=数件|数本))`;
/** The count inside the term's words (お電話（1日5本ほど）を受け) or right after them and the items joined to them
 *  (ご予約のお電話（1日8件ほど）, 電話でのご予約・お問い合わせ（1日8件ほど）, 電話は1日10件程度), also past the rest of
 *  their noun (お電話での予約受付・変更（1日10件ほど）). */
const LIGHT_COUNT_IN = new RegExp(LIGHT_COUNT);
/** The count in brackets that closes the term's clause or its line's item (お電話でのご予約の受付（1日10件ほど）, お電話に対応します
 *  （1日5件程度）, お電話でのご注文を受けて、メモに書く（近くの会社からが多いです。1日10本くらい）): a note on the line's duty. */
const LIGHT_COUNT_BRACKETED = new RegExp(String.raw`^[^。\n(（]{0,16}?[(（][^)）\n]{0,30}?${LIGHT_COUNT}`);
/** The categories of calls themselves, which a count of calls a day speaks of: read by the matcher (a count after
 *  them) and by the job-type evidence (every mention of them light). */
export const CALL_CATEGORIES: ReadonlySet<Category> = new Set(['inbound', 'inboundOnly', 'outbound', 'mixed', 'collections']);
/** Calls counted as light in brackets at the end of their clause (お電話に対応します（1日5件程度）). Said of calls
 *  only: in 営業スタッフへ取次ぎ（1日15本） the count is the calls', not the sales staff's. */
export const countedLightAfter = (sentenceText: string, end: number): boolean => LIGHT_COUNT_BRACKETED.test(sentenceText.slice(end));
/** A note marked ※ on the very next line that counts calls as light (・お電話でのお問い合わせ ⏎ ※お電話は1日数本ほどです): a
 *  board's way of qualifying the line it stands under, as a bracket after the words does. */
const LIGHT_NOTE_BELOW = new RegExp(String.raw`^[ \t]*\n[ \t\u3000]*[※*][^\n]{0,20}?${LIGHT_COUNT}`);
export const countedLightBelow = (text: string, sentenceEnd: number): boolean => LIGHT_NOTE_BELOW.test(text.slice(sentenceEnd, sentenceEnd + 80));
/** A line that counts the desk's phone as a whole as light (・電話は受発注・配車あわせて1日15件程度, ※お電話は1日10本ほど): every
 *  call the page names is a side of the work. Said of 電話 itself, not of one kind of call (架電は1日20件: a seller's count);
 *  a follow-up or confirming call (A. 服薬フォローのお電話は1日数件です, 確認のお電話は1日数本) counts the side calls of a
 *  job whose work is elsewhere; a kind of call the desk takes (苦情のお電話は1日数件) is only a share of its calls. */
const PHONE_COUNTED_LIGHT = new RegExp(String.raw`(?:^|[。\n])[ \t\u3000]*[・※*-]?[ \t\u3000]*(?:a[ \t]*[.:][ \t]*)?(?:[\u30a0-\u30ff\u4e00-\u9fff]{0,8}(?:フォロー|確認|折り返し|連絡)の)?(?:お?電話|お?電話(?:の)?(?:対応|応対))(?:の件数|の数)?(?:は|が)[^。\n]{0,16}?${LIGHT_COUNT}`);
// The same line counting the desk's mail or chats too (お電話は1日20件ほど、メールは30件ほど): the desk's contacts by
// channel, which add up to a desk's day, not a few calls beside other work.
const OTHER_CHANNELS_COUNTED = /^[^。\n]{0,24}?(?:メール|チャット|line|お問い合わせフォーム)(?:の件数|での(?:お問い合わせ|対応))?(?:は|が|も)?[^。\n]{0,8}?\d+[ \t]*件/i;
export const countsPhoneLight = (text: string): boolean => {
  const m = PHONE_COUNTED_LIGHT.exec(text);
  return m !== null && !OTHER_CHANNELS_COUNTED.test(text.slice(m.index + m[0].length));
};
/** Whether a sentence counts a light load a day (電話は1日10件ほど); full-width digits too (it may be the original). */
export const statesLightCount = (sentenceText: string): boolean => LIGHT_COUNT_IN.test(sentenceText.normalize('NFKC'));
const LIGHT_COUNT_AFTER = new RegExp(String.raw`^(?:[\u30a0-\u30ff\u4e00-\u9fff]{1,6}?)?(?:[・/と][^。、\n(（]{1,12}?)?[ \t]*(?:[(（][ \t]*|は|が|も)?${LIGHT_COUNT}`);

/** A task limited to routine contact (発信は出動手配の連絡のみ, 架電は折り返しだけです, 発信は…への折り返しのご連絡のみです, 電話をかけるのは、折り返しの
 *  お約束をしたときのみです, こちらからかけることは、書類の不備のご連絡くらいです) or to one occasion (こちらから電話をかけるのは、予約時間の変更をお願いするときだけです, 受電を担当するのは、繁忙期の応援のみです): calls made only
 *  to arrange or return something, or only when something happens (…のは、書類に不備があった方への確認などに限られ、全体の1割ほどです,
 *  …のは、予約の日時変更をお伝えするときぐらいです), are a side of the work, not outbound work. Read from the end
 *  of the term: …は …のみ, …のは …ときだけ. */
const LIMITED_TO_ROUTINE = /^[^。、\n]{0,10}?は[、,]?[^。、\n]{0,24}?(?:連絡|折り返し|確認|手配|取り次ぎ|取次ぎ)(?:の[ごお]?(?:連絡|電話|確認))?(?:[^。、\n]{0,12}?(?:とき|場合|際|時))?(?:の電話|のお電話)?(?:のみ|だけ|くらい|ぐらい|程度)|^[^。、\n]{0,16}?のは[、,]?[^。\n]{0,30}?(?:とき|場合|際|連絡|折り返し|確認|手配)(?:など)?(?:だけ|のみ|くらい|ぐらい|に限ります|に限られ|に限り[、,])|^[^。、\n]{0,16}?のは[、,]?[^。\n]{0,20}?(?:応援|繁忙期|ピーク|混雑|欠員|不在)[^。\n]{0,6}?(?:だけ|のみ|に限ります|に限られます)/;

/** A contrast between two clauses: 基本は受信ですが、折り返しのお電話をかけることもあります. */
const CONTRAST = /が[、,]|ですが|けれど|けど|ものの|一方/;

/** A condition the task waits for: 不備があった場合は、確認の架電を行います. */
const CONDITION = /(?:場合|際|とき)(?:に)?は[、,]?/g;

/** What follows a word that names the matter a desk handles (配送・設置のお問い合わせ受付, 清掃のご依頼, 配送に関するご相談,
 *  配達の時間を変えたい, 配送トラブル, 配送と設置について), the work it arranges for others (訪問修理の手配, 修理スタッフの
 *  出動につなぐ, 清掃事務所へ連絡) or the unit that does the work (配送センターと連絡をとり, 配送課, 配送業者, 配送システムの
 *  見方): the word is not the job's work. */
const MATTER_OF = /^(?:[・/と][^\s、。・/]{1,6}){0,3}(?:(?:ご|お)?(?:受付|窓口)|(?:の|に関する|についての|に関しての)[ \t]*(?:ご|お)?(?:問い?合わせ|問合せ|相談|受付|窓口|予約|依頼|注文|申し?込み?|日程|日時|時間|状況|確認|手配|出動|変更|遅れ|トラブル|休み)|(?:センター|部門|部|課|チーム|システム|状況|時間|日時|料|先|業者|トラブル|遅れ)|を(?:ご)?手配|について|につな|へ(?:の)?(?:ご?連絡|お?取り?次|引き継))/;
// Staff of other work named as whom the job deals with (近くのドライバーに連絡します, 待機しているドライバーを画面で選んで) or
// whom it proposes and places (エンジニアのご提案, 講師の手配), who do a part of the work (代金はドライバーが受け取ります), or
// whose rosters it keeps (ドライバーの待機表, 講師のシフト): the people the desk or the seller works with, not the work
// itself. As the job (ドライバーとして, 店頭スタッフを募集), the word stays.
const STAFF_WORD = /(?:ドライバー|スタッフ|乗務員|作業員|職人|技術者|エンジニア|看護師|講師|店員)$/;
const DEALT_WITH = /^(?:さん|さま|様)?(?:に(?!な)|へ|の(?:いる|待つ|待機する)|を(?!募集|大募集|急募|採用|求め|お待ち|目指|経験)|から|と(?!して|な)|が|の(?:ご|お)?(?:提案|紹介|手配|派遣|マッチング|待機|シフト|勤怠|配置|スケジュール))/;
// Staff who do the work the term names, in a clause that tells what they did (電話受付スタッフが入力したご注文, 受電担当が
// 受けたお問い合わせ): the job handles what they passed on, it does not do their work.
/** Staff named by their post, and a clause of what someone did, in the past (が入力した, が受けた): shared with
 *  isOthersCallRecord below. */
const CALL_STAFF = 'スタッフ|担当者?|オペレーター|メンバー|係';
const DID = String.raw`が[^。、\n]{1,16}?(?:した|った|いた|けた|れた|んだ|きた)`;
const STAFF_WHO_DID = new RegExp(String.raw`^(?:の)?(?:${CALL_STAFF})(?:さん)?${DID}(?=[\u3040-\u30ff\u4e00-\u9fff])`);
export const namesTheMatter = (sentenceText: string, end: number, term = ''): boolean =>
  MATTER_OF.test(sentenceText.slice(end)) || (STAFF_WORD.test(term) && DEALT_WITH.test(sentenceText.slice(end))) || STAFF_WHO_DID.test(sentenceText.slice(end));

/** What others took down on calls, as what the job works from (オペレーターが電話で受け付けた内容を入力, 受付スタッフが
 *  お電話で承ったご注文を確認): the calls are theirs; the job handles the records. Read on both sides of the term: the
 *  staff who took the call before it, the record it became after it (or, for the staff's own word, both after it). */
const RECORD = '(?:内容|情報|記録|データ|メモ|伝票|書類|案件|ご依頼|依頼|ご注文|注文|お申し?込み|申込)';
const CALL_STAFF_BEFORE = new RegExp(String.raw`(?:${CALL_STAFF}|センター|窓口|チーム)(?:さん|の方|たち)?が[^。、\n]{0,8}$`);
const RECORD_AFTER = new RegExp(String.raw`^[^。、\n]{0,4}?[ただ]${RECORD}`);
const STAFF_RECORD_AFTER = new RegExp(String.raw`^(?:さん|の方|たち)?${DID}${RECORD}`);
export function isOthersCallRecord(sentenceText: string, start: number, end: number, staffWord: boolean): boolean {
  const after = sentenceText.slice(end, end + 30);
  return staffWord ? STAFF_RECORD_AFTER.test(after) : CALL_STAFF_BEFORE.test(sentenceText.slice(Math.max(0, start - 30), start)) && RECORD_AFTER.test(after);
}

/** The term as what was given up (訪問営業を一切やめて, テレアポを廃止し, ノルマをなくしました): the company stopped
 *  doing it, or the writer left it, so it is not this job's. Read from the end of the term (after its quote or gloss). */
const CEASED = /^を(?:一切|すべて|全て|完全に|きっぱり)?(?:やめ|止め|辞め|廃止|撤廃|なくし|無くし)/;
export const isCeased = (textAfterTerm: string): boolean => CEASED.test(textAfterTerm);
/** A deed set below another (数字を追いかけるよりも、お客様のお困りごとを…大事にしています; 数字に追われるより、長く付き合える
 *  仕事がしたい; 数字に追われるというより、…を考える職場です; 数字に追われることより、…): the page puts it aside, as a
 *  denial does. Said of a term that ends in a verb's words only: a noun before より compares amounts (目標より多く獲得すると). */
const SET_BELOW = /^(?:れる|られる|る|う|く|す|つ|ぬ|む|ぶ|ぐ)?(?:こと|という)?より(?:も|は)?[、,]/;
export const isSetBelow = (term: string, textAfterTerm: string): boolean => /[ぁ-ゖ]$/.test(term) && SET_BELOW.test(textAfterTerm);

/** A job supposed only to say it is not this one (数字に追われる営業だったら、きっと続いていなかったと思います; ノルマが
 *  あったら、続けられなかったでしょう): a condition contrary to fact, which the page denies as a negation does. So is a
 *  condition told by the harm it would do (ノルマがあると、望まない物件を押し付けてしまう), said to explain why there is
 *  none. A condition that is met (目標を達成したら報奨金) is no supposition: the copula or ある supposes, a deed does not. */
const SUPPOSED = /^[^。、\n]{0,16}?(?:だったら|でしたら|であったら|があったら|がある(?:仕事|職場|会社)だったら)[、,]?[^。\n]{0,30}?(?:なかった|ませんでした|なかったでしょう|無理だった|続かな)|^(?:が|の)?あると[、,][^。\n]{0,40}?(?:てしまう|でしまう|てしまいがち|なりがち)/;
export const isSupposedOnly = (textAfterTerm: string): boolean => SUPPOSED.test(textAfterTerm);

/** A clause that only says how rarely (〜にも対応しますが、1日に数件程度です): it speaks of the clause before it. */
const ONLY_RARELY = /^[、,\s]*(?:(?:1日|一日|1週間|週|1か月|1ヶ月|ひと月|月)(?:に|で)?)?(?:多くても|せいぜい)?数(?:件|回|本)(?:程度|ほど|くらい|ぐらい)?(?:です|になります|だけです|のみです)?[。]?\s*$/;

/**
 * "予約のお電話を受けることもあります": an occasional task says less about the job. Only the clause that says so:
 * in 基本は受信ですが、折り返しのお電話をかけることもあります the 受信 is the main work. `at` is the term's offset.
 */
/** Whether the words from `at` limit the task to routine contact (…は折り返しのご連絡のみです). */
export const limitedToRoutine = (sentenceText: string, at = 0): boolean => LIMITED_TO_ROUTINE.test(sentenceText.slice(at));

/** A task done in the gaps of the main work, said before it (窓口の合間に、電話でのお問い合わせにもお答えします); after it,
 *  the task is the main work (お電話の合間に入力します). */
const IN_THE_GAPS = /合間(?:に|には|で|を見て|をぬって|を縫って)/;
/** A task said, before it, to be a part of the main work (経理の仕事の一部としてお電話をしていただきます). */
const AS_A_PART = /(?:仕事|業務|作業)の(?:ごく)?一部として/;
/** The task said, right after it, not to be what a dedicated desk does (いわゆる督促の専門部署ではなく、…; 受注センターは
 *  電話応対の専門部署ではありません): the job does some of it beside its main work. */
const NOT_DEDICATED = /^(?:の)?(?:専門|専任)(?:の)?(?:部署|部門|チーム|センター|窓口|スタッフ|担当)?(?:では|じゃ)(?:なく|ありません|ない)/;
/** The task named as the lesser side of a comparison (電話を受ける時間より、パソコンでの作業がほとんどです; 電話よりも
 *  入力のほうが多い): the other work is most of the day. */
const LESS_THAN_THE_REST = /^[^。、\n]{0,12}?より(?:も)?[、,]?[^。\n]{1,30}?(?:ほうが|方が|が)[^。\n]{0,6}?(?:ほとんど|大半|多い|多く|長い|長く|中心|メイン)/;

/** The task said to last only as long as the training (コールセンターでの受付は研修の1ヶ月間のみです, 電話対応は研修期間中
 *  だけです): the job after it is other work. */
const TRAINING_ONLY = /^[^。、\n]{0,12}?(?:は|も)[、,]?[ \t]*(?:入社後の?)?(?:最初の)?[^。、\n]{0,6}?研修(?:期間)?(?:中)?(?:の)?[^。、\n]{0,8}?(?:のみ|だけ|に限ります|に限られます)/;
export function isOccasional(sentenceText: string, at = 0, end = at): boolean {
  if (limitedToRoutine(sentenceText, at) || TRAINING_ONLY.test(sentenceText.slice(end))) return true;
  // What the words right after the task say of it: a light count, not a dedicated desk's, the lesser side.
  const rest = sentenceText.slice(end);
  if (LIGHT_COUNT_IN.test(sentenceText.slice(at, end)) || LIGHT_COUNT_AFTER.test(rest) || NOT_DEDICATED.test(rest) || LESS_THAN_THE_REST.test(rest)) return true;
  const after = OCCASIONAL.exec(sentenceText.slice(at));
  if (after && !CONTRAST.test(sentenceText.slice(at, at + after.index))) return true;
  // たまに、予約のお電話を受けます: the marker may come first.
  const head = sentenceText.slice(0, at);
  const before = OCCASIONAL.exec(head) ?? IN_THE_GAPS.exec(head) ?? AS_A_PART.exec(head);
  return !!before && !CONTRAST.test(sentenceText.slice(before.index, at));
}

/**
 * A task done only when something happens (不備があった場合は、確認の架電を行います) or said to come a few times a
 * day (〜にも対応しますが、1日に数件程度です) is a side task too. Only for tasks: in アポが取れない場合は契約終了 the
 * condition is the point.
 */
export function isContingentTask(sentenceText: string, at = 0): boolean {
  const rest = sentenceText.slice(at);
  const contrast = CONTRAST.exec(rest);
  if (contrast && ONLY_RARELY.test(rest.slice(contrast.index + contrast[0].length))) return true;
  const head = sentenceText.slice(0, at);
  const condition = [...head.matchAll(CONDITION)].pop();
  // The task must stand in the condition's own clause: no contrast, no clause ended (ます, です) or quote closed.
  return !!condition && !/ます|です|[」』()（）]/.test(head.slice(condition.index)) && !CONTRAST.test(head.slice(condition.index + condition[0].length));
}

/** A phone task in a note after an office or counter role (一般事務（電話受付あり）, 営業事務（電話対応も有）, 受付（電話応対あり）):
 *  the role is the job, the calls a task of it. */
const ROLE_BEFORE_NOTE = /(?:事務|経理|総務|庶務|人事|受付|フロント|窓口|販売|店舗|軽作業|倉庫|ドライバー|清掃|調理|ホール|キッチン)(?:スタッフ|職|員|係)?[ \t]*\([^()\n]{0,6}$/;
const TASK_NOTE_END = /^[^()\n]{0,6}?(?:あり|有り?|含む|込み|もあり|も担当|もお願い)[ \t]*\)/;
export function isTaskNoteOfRole(sentenceText: string, start: number, end: number): boolean {
  return ROLE_BEFORE_NOTE.test(sentenceText.slice(Math.max(0, start - 24), start)) && TASK_NOTE_END.test(sentenceText.slice(end, end + 16));
}

/** What separates the items of a tag line (未経験OK／週3日～OK, 高時給 / 土日祝休み). */
const TAG_SEPARATOR = /[、,/|｜／]/;
const TAG_SEPARATORS = new RegExp(`${TAG_SEPARATOR.source}+`);

/**
 * A line of tags or keywords (タグ：高時給 / 土日祝休み / 営業サポート, or a list of job categories a site
 * stuffs in for search engines) says nothing about this job: many short items and separators.
 */
export function isTagList(sentenceText: string): boolean {
  const items = sentenceText.split(TAG_SEPARATORS).map((x) => x.trim()).filter(Boolean);
  if (items.length < 6) return false;
  const avg = items.reduce((a, x) => a + x.length, 0) / items.length;
  return avg <= 8;
}

/** The tag holding the term (from `start` to `end`) is a denial of it and nothing more: ノルマなし, 個人ノルマ無し.
 *  A short qualifier may stand before the term (個人, 営業, 販売): up to this many characters. */
const TAG_QUALIFIER_MAX = 4;
const DENIAL_TAG_END = /^(?:なし|無し|ナシ)$/;
export function isDenialTag(sentenceText: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !TAG_SEPARATOR.test(sentenceText[from - 1]!)) from--;
  let to = end;
  while (to < sentenceText.length && !TAG_SEPARATOR.test(sentenceText[to]!)) to++;
  return start - from <= TAG_QUALIFIER_MAX && DENIAL_TAG_END.test(sentenceText.slice(end, to).trim());
}

/** A telephone number (092-000-4410, 0120-123-456, 03(1234)5678; xx stands for digits a page hides). */
const PHONE_NUMBER = /\(?0\d{1,4}\)?[-(ー−][ \t]*[\dx]{1,4}[-)ー−][ \t]*[\dx]{3,4}/;

/** The company's call to the applicant about the selection (選考結果はお電話でお知らせします). Calls the job makes to
 *  applicants (応募者の方へ面接日程のご連絡) name them, and are a recruiter's work. */
const SELECTION_CONTACT = /(?:面接|選考|採用担当|来社日)[^。]{0,30}?(?:お?電話|メール)[^。]{0,20}?(?:ご?連絡|お知らせ|ご案内|お伝え)/;
const APPLICANTS_NAMED = /応募者|候補者|求職者|登録者|応募された方/;
const isSelectionContact = (sentenceText: string): boolean => SELECTION_CONTACT.test(sentenceText) && !APPLICANTS_NAMED.test(sentenceText);

/**
 * A line that gives the reader a number to call (応募・お問い合わせは 092-…), or that tells of the company's call to the
 * applicant about the selection (面接日時はこちらからお電話でご連絡します): its call words are the applicant's contact,
 * not the job.
 */
export function isContactLine(sentenceText: string): boolean {
  return PHONE_NUMBER.test(sentenceText) || isSelectionContact(sentenceText);
}

/**
 * Work said to be someone else's: 電話でのお問い合わせはコールセンター部門が担当しているため,
 * 住宅の営業は各メーカーの担当者が行います, オペレーターの管理も各拠点のSVが行います, お客さまからの連絡は本社のコールセンターが受信して…, ご依頼は当社のコールセンターが電話で受け付け, 保険の販売は担当の営業スタッフが行います, クレーム対応は社員が行います, お客様への回答はお客様相談室が行います, 到着時刻のご連絡はサポートセンターのスタッフが行います, ご連絡はすべて「督促センター」（別部署）が行っています, 実査は、自社の電話調査センター、ネットモニター、提携の調査員が担当します (a list of actors), 工事の受注（営業）は営業部が担当します, お電話を受ける窓口はカスタマーサクセス部が担当しています, アポイントは社内のインサイドセールスチームが獲得します, 返品のご相談は、品質管理課の担当者が折り返しご連絡します (a department, or its staff, quoted or with a note: 〜室, 〜課, 窓口; not 当課, the job's own). The term stands in the topic (〜は) or is the other
 * actor itself; a list item may open with the actor, and an appointment set is work too (・インサイドセールスチームがお電話で
 * アポイントを取ったお店への訪問, 訪問先はインサイドセールスチームがアポイントを取ったお店です), as is an appointment or a
 * booking made for the job by others (訪問のアポイントは本社のテレアポ部門が取ります).
 */
const DONE_BY_OTHERS = /(?:(?:は|も|については)[、,]?|^[ \t]*[・•\-][ \t]*|[(（])[^。、]{0,24}?(?:部門|部署|部隊|(?:営業|総務|業務|管理|技術|工事|施工|販売|企画|人事|経理|開発|サポート|カスタマー|品質|物流|商品|広報|法務|事業|[ァ-ヴー]{2,})部|センター|チーム|窓口|デスク|事務局|[^\s当]室|[^\s当]課|担当者|(?<!任用)職員|(?:専任|専門|専属)の?(?:スタッフ|オペレーター|担当者?)|社員|上司|リーダー|責任者|sv|メーカー|本部|本社|(?<!当)事務所|(?<!当)営業所|管理員|別会社|委託先|代理店|委員会|営業担当|営業スタッフ|営業社員|営業職|営業マン|インサイドセールス)(?:の(?:スタッフ|担当者?|社員|職員|メンバー|オペレーター|ドライバー|作業員|技術者|エンジニア|職人))?(?:の方|さん|様)?[」』]?(?:[(（][^()（）]{1,10}[)）])?(?:と[^。、が]{0,12}|(?:、[^。、が]{1,12}){1,3})?が(?:[^。、がは]{1,10}?で|[^。、がは]{0,10}?(?:代わって|かわって|引き取って|引き継いで)|直接|じかに|すべて|全て|まとめて|一括して|一手に|(?:ご)?(?:予約|注文|依頼|申込み?|申し込み|連絡|お問い合わせ|問い合わせ|電話|アポイント|アポ)を)?(?:一次)?(?:担当|行|対応|受け|お受け|引き受け|処理|受信|受電|受け付け|受付|承|アポ(?:イント)?を取|取(?:り|る|っ)|獲得|(?:折り返し)?(?:ご|お)?連絡(?:し|を|いた)|折り返(?:し|す|します)|し(?:ます|ています|ております))/;

/** What the staff are said to do, after their が (担当します, が行います, が受付で対応します): DONE_BY_NAMED_STAFF ends so,
 *  and cannot match a sentence without it. */
const TAKES_IT = /が(?:[^。、がは]{1,10}?で)?(?:担当|行|おこな|対応|受け|お受け|処理|受け付け|受付|承)/;

/**
 * What DONE_BY_OTHERS reads, said of staff named by their own job (予約の電話は受付スタッフが担当します, お問い合わせは事務スタッフが受けます,
 * 価格交渉は査定担当（営業職）が行います; a hotel's or a gym's front desk, or the head of a small firm or shop, named alone: ご不満は各ホテルのフロントが承ります,
 * 工事後の苦情は社長が対応します):
 * someone else's unless the title names that job (a note may stand before が: 専任の電話スタッフ（別チーム）が行っています), whose holder the applicant becomes. Staff named by rank or by
 * number (先輩スタッフ is someone else; 全スタッフ includes the applicant) are set apart by the words before them.
 */
const DONE_BY_NAMED_STAFF = new RegExp(String.raw`(?:は|も|については)[、,]?[^。、]{0,24}?(?<![全各当他])(?:(?!当社|弊社|当店|自社)([\u30a0-\u30ff\u4e00-\u9fff]{2,10}?)(?:の)?(?:スタッフ|係員|係|担当(?!者)|チーム|部門|部署)|(フロント|レセプション|フィールドセールス|インサイドセールス|エンジニア|技術者|社長|代表|店長|院長|事務長|教室長|校長|施設長|所長|支配人|オーナー|マネージャー|マネジャー|主任|チーフ))(?:の方|さん)?(?:[(（][^()（）]{1,10}[)）])?` + TAKES_IT.source, 'u');


/**
 * The same said as passing it on (クレームやご不満のお申し出は、専任のお客様対応チームへおつなぎします, ご不満は専門の担当へ
 * 引き継ぎます): a dedicated team or desk takes it from the start. Not where the job hears it out first and then passes
 * it on (苦情のお申し出は記録して、担当係へエスカレーション; ご不満を伺い、難しいときは担当課へ; おさまらない場合は…へ):
 * that is the job's.
 */
const PASSED_ON = /([^。、]*?)(?:は|も|については)[、,]?(?:(?:(?!記録|伺|うかが|お聞き|聞き取|対応し|ご説明|説明し)[^。、]){0,20}?)(?:専任|専門|専用|担当)(?:(?!記録|伺|うかが|お聞き|聞き取|対応し)[^。、]){0,16}?(?:チーム|部署|部門|窓口|デスク|担当者?|係|課|スタッフ|センター)(?:へ|に)[ \t]*(?:すぐ(?:に)?|直ちに|その場で)?[ \t]*(?:お|ご)?(?:つな[ぎぐい]|繋[ぎぐい]|引き継[ぎぐい]|引継[ぎぐ]|転送|回[しす])/;
/**
 * The same said as who does it (苦情のお電話を受けるのは相談室のスタッフです, 折り返しのご連絡をするのは営業担当です): what
 * comes before のは is that team's or person's work. A posting's own role named so (お電話を受けるのはあなたです) is not
 * another's.
 */
const DONE_BY_CLEFT = /のは[、,]?[^。、]{0,16}?(?:部門|部署|チーム|窓口|デスク|[^\s当]室|[^\s当]課|センター|担当者|営業担当|上司|リーダー|責任者|sv|社員)(?:の(?:スタッフ|担当者?|社員|職員|メンバー|オペレーター))?(?:の方|さん)?(?:で|です|だけ|のみ|となります|になります|が行)/;

/** …or as whose work it is, by their job (お電話を受けるのはディレクターやADの仕事なので, 返金のご案内をするのは店長の役割です):
 *  others' unless the page speaks to the applicant (あなたの仕事です) or the title names that job. */
const DONE_BY_ROLE_CLEFT = /のは[、,]?([^。、]{1,16}?)の(?:仕事|役割|役目|担当|業務)(?:です|なので|だから|になります|となります|で[、,]|。|$)/;
const THE_APPLICANT = /あなた|皆さん|皆様|みなさん|みなさま|この(?:お仕事|仕事|ポジション)|本ポジション|当ポジション|今回/;

/** The word PASSED_ON cannot match without. */
const PASSED_ON_DESK = /専任|専門|専用|担当/;

/**
 * The same said of a department marked as another (別部署, 本社, 専門の) that takes the work as a place, with で
 * (お電話でのご予約は本社予約センター（別部署）で受け付けています, 修理のご依頼は専門の受付センターで承ります), or as whose
 * work it is (苦情受付は別部署（お客様相談室）の担当です), or named as the desk itself (ご不満の受付窓口は別部署です).
 * Unmarked, the desk may be this job's own (ご予約は窓口で受け付けています).
 */
const DONE_ELSEWHERE = /(?:は|も|については)[、,]?([^。、]{0,24}?(?:部門|部署|センター|チーム|窓口|デスク|事務局|室|課|本社|本部|会社)(?:[(（][^()（）]{1,10}[)）])?)(?:で(?:一次)?(?:担当|行|対応|受け|お受け|受け付け|受付|承)|の(?:担当|管轄|仕事|業務)(?:です|となります|になります|で[、,])|(?:です|となります|になります)(?:[。、,]|$))/;
// 別 as a word of its own (別部署, （別部署）, 別の窓口), not inside another (個別相談窓口, 特別窓口).
const MARKED_OTHER = /(?<![個区特格種判差選分識性])別|本社|本部|専門|専任|委託|他部署|他の部署|グループ会社/;

/** The calls themselves as the topic (お客様からの電話の受付は…): what an unmarked desk takes. */
const CALLS_TOPIC = /電話|コール|入電|着信/;
/** A title that names a desk, its calls or its staff: the desk the page speaks of may be the job's own. A title that
 *  names none (ロードサービス隊員, 修理スタッフ) makes an unmarked desk that takes the calls (お客様からの電話の受付は
 *  センターで行います) another's. */
const DESK_TITLE = /センター|窓口|デスク|受付|コール|電話|オペレーター|サポート|相談|事務局|テレ|受注|予約|お客様|カスタマー|ヘルプ|コンタクト|室|課|係/;

/** A topic that is a further condition (難しいときは, おさまらない場合は), not the complaint itself (お叱りを受けるケースは). */
const FURTHER_CONDITION = /^(?!.*(?:クレーム|苦情|叱|不満|怒)).*(?:とき|時|場合|際|ケース)$/;

/** Another job named as not this one (当社の「管制センタースタッフ」（電話受付）とは別のお仕事です, 受注センターとは異なる
 *  職種です): what the sentence names before it is that job's work. Not 〜とは別に (besides), which adds work to this job. */
const ANOTHER_JOB = /とは(?:別|異なる|違う|ちがう)(?:の)?(?:お仕事|仕事|求人|職種|ポジション|募集)(?:です|となります|になります|で[、,]|。|$)/;

/** Where a statement that the work is someone else's stands in the sentence: terms from `from` up to `to` are theirs.
 *  Where the statement gives them only the hard part, after a contrast (ご不満をいただくこともありますが、難しいお話は
 *  教室長が対応します), `from` is where its clause opens: the clause before is the job's, which meets the work first and
 *  passes only some of it on. Given all of it (…とご不満を話される方もいらっしゃいますが、ご説明は担当職員が行います), the
 *  statement covers the sentence.
 *  `title`: the posting's title, which names the applicant's own job (asked for only when staff are named). */
export function doneByOthersSpan(sentenceText: string, title: () => string = () => ''): { from: number; to: number } | null {
  const m = doneByOthersMatch(sentenceText, title);
  if (!m) return null;
  // Said in a note in brackets (…お話を伺います（返品の判断はリーダーが行います）), the statement is the note's own: the
  // words outside the brackets stay the job's.
  const to = m.index + m[0].length;
  const note = sentenceText.lastIndexOf('(', to - 1);
  if (note >= 0 && !sentenceText.slice(note, to).includes(')')) return { from: note, to };
  return { from: clauseOpening(sentenceText, m.index), to };
}

/** Contrasts that close a clause (〜ありますが、, 〜けれど、, 〜ものの、). */
const CONTRAST_CLOSE = /(?:が|けれど|けど|ものの)[、,]/g;
/** A topic that is the hard part of the work (難しいお話は, こじれたご相談は, 長引くクレームは, 判断に迷う場合は): the rest is
 *  the job's. */
const HARD_PART = /難し|むずかし|こじれ|長引|込み入|手に負え|対応しきれ|おさまら|収まら|解決しな|強いお叱り|大きなトラブル|判断に迷|迷う|判断がつかな/;
/** …or a decision on the matter (返金や再送の判断は, 交換の可否は, 値引きの決定は): the step after hearing it out, the job
 *  still hears it. */
const DECISION = /(?:判断|決定|可否|承認|決裁)(?:は|も|については)?$/;
/** …or the clause before names the job's own first line (クレームの一次対応もありますが、返金の判断はSVが行います; ご不満を
 *  最初にうかがうこともありますが、機器の確認は技術部署に引き継ぎます), or the clause after the contrast opens with it (お叱りを
 *  受けることもありますが、まずはお話をうかがい、調査が必要なものは専門チームへ): what comes after is a later step. */
const FIRST_LINE = /一次(?:対応|応対|受付|窓口)|(?:最初に|まず(?:は)?)[^。、]{0,4}?(?:うかが|伺|お聞き|聞く|お受け|受け|対応)/;
function clauseOpening(sentenceText: string, before: number): number {
  let from = 0;
  for (const c of sentenceText.slice(0, before).matchAll(CONTRAST_CLOSE)) from = c.index + c[0].length;
  const rest = sentenceText.slice(from, before);
  return from > 0 && (HARD_PART.test(rest) || DECISION.test(rest) || FIRST_LINE.test(sentenceText.slice(0, from)) || FIRST_LINE.test(rest)) ? from : 0;
}

/** …or said to be another team's (こちらから電話をかけるOB業務はチームが別で、担当していただくことはありません). */
const ANOTHER_TEAMS = /(?:は|も)[、,]?[ \t]*(?:担当の?)?(?:チーム|部署|部門|課|窓口|担当者?)(?:が|は)別(?:で|です|になります|となります|[、,])/;
function doneByOthersMatch(sentenceText: string, title: () => string): RegExpExecArray | null {
  const m = DONE_BY_OTHERS.exec(sentenceText) ?? ANOTHER_JOB.exec(sentenceText) ?? ANOTHER_TEAMS.exec(sentenceText);
  if (m) return m;
  // PASSED_ON tries its opening group from every character: a sentence without the desk's word is passed over first.
  const p = PASSED_ON_DESK.test(sentenceText) ? PASSED_ON.exec(sentenceText) : null;
  if (p && !FURTHER_CONDITION.test(p[1]!)) return p;
  const c = DONE_BY_CLEFT.exec(sentenceText);
  if (c) return c;
  const r = DONE_BY_ROLE_CLEFT.exec(sentenceText);
  if (r && !THE_APPLICANT.test(r[1]!) && !r[1]!.split(/[やと・、]/).some((role) => titleNamesRole(title(), role.trim()))) return r;
  const e = DONE_ELSEWHERE.exec(sentenceText);
  if (e && MARKED_OTHER.test(e[1]!)) return e;
  // DONE_BY_NAMED_STAFF tries its staff word after every は: a sentence where no one is said to take anything is passed over first.
  const n = TAKES_IT.test(sentenceText) ? DONE_BY_NAMED_STAFF.exec(sentenceText) : null;
  return n && !titleNamesRole(title(), (n[1] ?? n[2])!) ? n : null;
}

/** Where a statement that the calls are taken at a desk this job is not ends (お客様からの電話の受付はセンターで行います, under
 *  a title that names no desk: ロードサービス隊員), or -1: the calls before it are that desk's. Read for call words only:
 *  a complaint the desk takes may still reach the job first. */
export function callsTakenElsewhereEnd(sentenceText: string, title: () => string): number {
  // Most sentences with hits name no call: DONE_ELSEWHERE, already tried by doneByOthersSpan, need not run again there.
  if (!CALLS_TOPIC.test(sentenceText)) return -1;
  const e = DONE_ELSEWHERE.exec(sentenceText);
  return e && CALLS_TOPIC.test(sentenceText.slice(0, e.index)) && !DESK_TITLE.test(title()) ? e.index + e[0].length : -1;
}

/**
 * Phone work that names the team a role runs (テレアポチームのSV, 受電センターの責任者, 発信業務を行う20名のチームのまとめ役):
 * the words describe the team, the role's head noun after の is the job.
 */
const TEAM_RUN_BY = /^[^。、\n]{0,12}?(?:チーム|センター|部門|部署|グループ|ユニット|フロア|班)の(?:sv|スーパーバイザー|リーダー|マネージャー|マネジャー|責任者|管理者|管理職|センター長|まとめ役|統括|マネジメント|管理(?!画面|システム|ツール|番号))/i;

/** Phone work or complaint handling named as what a dedicated department or team of the company does (テレアポ専門の部署
 *  があるため, 受電専任のチームが対応します, クレーム対応専任のスタッフが常駐しています): the page sets it beside this job, not in
 *  it. */
const DEDICATED_TEAM = /^[^。、\n]{0,2}?(?:専門|専任|専属)(?:の)?(?:部署|部門|チーム|スタッフ|担当者?|センター|窓口)(?:が|は|も)[、,]?(?:あり|ある|あります|おり|います|いる|担当|行|対応|在籍|常駐|受け持)/;
/** …or staff for it said to be there besides the job (電話受付担当が別にいます, クレーム対応の係は別におります). */
const STAFF_BESIDES = /^(?:の)?(?:担当|係|スタッフ)(?:者)?(?:が|は)[、,]?[ \t]*(?:別に|別途|ほかに|他に)(?:い|お|在籍|配置)/;
export function namesDedicatedTeam(sentenceText: string, end: number): boolean {
  const after = sentenceText.slice(end, end + 30);
  return DEDICATED_TEAM.test(after) || STAFF_BESIDES.test(after);
}

/** A team or a center named as where the job sits (テレアポチームのとなりの事務所で, コールセンターと同じフロアで): a
 *  landmark, not work the job does. */
const LANDMARK = /^[^。、\n]{0,4}?(?:チーム|センター|部門|部署|フロア|ブース|ルーム)?(?:の(?:となり|隣|横|向かい|そば|近く|上の階|下の階)|と(?:同じ|おなじ)(?:フロア|部屋|オフィス|建物|ビル|階))/;
export function namesLandmark(sentenceText: string, end: number): boolean {
  return LANDMARK.test(sentenceText.slice(end, end + 24));
}

/** Whether the words after a term (ending at `end` in the sentence) make it the team a role runs. */
export function namesTeamRun(sentenceText: string, end: number, start = end): boolean {
  return TEAM_RUN_BY.test(sentenceText.slice(end, end + 40)) || TEAM_RUN_AT.test(sentenceText.slice(end, end + 40)) || LEADER_OF_BRACKETED.test(sentenceText.slice(Math.max(0, start - 16), start));
}
/** …or where the role sits, with で (受発信センターで、SVとして; 受信センターにて、リーダーを): the center's kind, not the role's calls. */
const TEAM_RUN_AT = /^[^。、\n]{0,6}?(?:チーム|センター|部門|部署|フロア)(?:で|にて)[、,]?[ \t]*(?:sv|スーパーバイザー|リーダー|マネージャー|マネジャー|責任者|管理者|センター長)/i;
/** …or named in brackets after the role (コールセンターSV（受発信センター／30名規模）): the team it leads. */
const LEADER_OF_BRACKETED = /(?:sv|スーパーバイザー|リーダー|マネージャー|マネジャー|責任者|管理者|センター長)[ \t]*[(（][^()（）\n]{0,6}$/i;

/**
 * Phone work said of colleagues who are there, set against this job by a denial (お電話を受けるオペレーターチームが
 * いますが、このお仕事で電話に出ることはありません): the words describe the people beside the job, not its work. Without
 * the denial (受信を担当するオペレーターが20名在籍しています) they describe the team the applicant joins.
 */
const COLLEAGUES_THERE = /^[^。、\n]{0,12}?(?:オペレーター|スタッフ|チーム|メンバー|担当者|社員|部署|部門)?(?:チーム|の方|さん|たち)?(?:が|も)[^。、\n]{0,8}?(?:います|いる|おり|在籍|常駐)[^。]*?(?:が|けれど|ものの)[、,]?[^。]*?(?:ありません|ない|しません|ございません)/;

/** Whether the words after a term (ending at `end`) make it what colleagues do, denied of this job. */
export function describesColleagues(sentenceText: string, end: number, namesPeople: boolean): boolean {
  const m = COLLEAGUES_THERE.exec(sentenceText.slice(end));
  // Work words need the people they describe (…を受けるオペレーターが); a word for the people (オペレーター) is them.
  return m !== null && (namesPeople || /オペレーター|スタッフ|チーム|メンバー|担当者|社員|部署|部門/.test(m[0].slice(0, m[0].search(/[がも]/) + 1)));
}

/**
 * Phone work as what a role designs, builds or sells as a service (インバウンド／アウトバウンドの運用設計, 受発信業務のフロー
 * 構築, 受電体制のコンサルティング, お問い合わせ窓口やテレマーケティングのアウトソーシングを提案): the words name the object
 * of the design or the offer, not calls this job makes or takes. 立ち上げ is left out:
 * a new center's opening staff (受発信業務の立ち上げメンバー) take the calls.
 */
const DESIGNED = /^(?:(?:[・/、とや]|および)[^。、\n]{1,10}?)?(?:業務|窓口)?(?:[のを]|に関する)?(?:(?:運用|業務|体制|フロー|流れ|オペレーション|スクリプト|KPI)?(?:\([^()\n]{1,24}\))?(?:の)?(?:設計|構築|コンサルティング|改善提案|導入支援)|(?:フロー|流れ)(?:\([^()\n]{1,24}\))?(?:の)?(?:整理|見直し|可視化)|(?:アウトソーシング|外部委託|運営代行|代行)(?:サービス)?(?:を|の)?(?:ご)?(?:提案|受託))/i;

/** Whether the words after a term (ending at `end` in the sentence) make it what the role designs or builds. */
export function isDesignedWork(sentenceText: string, end: number): boolean {
  return DESIGNED.test(sentenceText.slice(end, end + 36));
}

/** Said of what someone uses (毎日使う, 利用している): the words before it name the users, whom the job serves. */
const USES = '(?:毎日|日々|普段|いつも)?(?:使う|使用する|利用する|使っている|使用している)';

/** A team or department named as the one the job assists (インサイドセールスチームのサポート, インサイドセールス部の
 *  みなさんを、事務でサポートする): its work is theirs. */
const SUPPORTED_UNIT = String.raw`(?:チーム|部署|部門|部|課|グループ)(?:の皆さん|のみなさん|のメンバー)?(?:の(?:サポート|アシスタント|補助|事務)|を[、,]?[^。\n]{0,10}?(?:サポート|支援|補助)する)`;
/**
 * Phone work that names the teams a job serves (インバウンド・アウトバウンドの各チームが使う電話設定, 受電チームが使う
 * システムの保守, 発信部門の各拠点) or assists (インサイドセールスチームのサポート): each team, or the tools a team uses, are
 * others' work that the job supports.
 */
const TEAMS_SERVED = new RegExp(String.raw`^(?:[・/、とや][^。、\n]{1,10}?)?(?:業務|部門|部署|チーム)?(?:(?:の各|の両|各)(?:チーム|部署|部門|拠点|センター|フロア)|(?:の)?(?:チーム|部署|部門|センター|フロア|オペレーター|スタッフ|sv|スーパーバイザー|リーダー|メンバー)?(?:の皆さん|のみなさん)?(?:が|で)${USES}(?:もの|資料|マニュアル|文書|ツール|システム)?|${SUPPORTED_UNIT})`, 'i');

/** Whether the words after a term (ending at `end` in the sentence) name the teams the job serves. */
export function namesTeamsServed(sentenceText: string, end: number): boolean {
  return TEAMS_SERVED.test(sentenceText.slice(end, end + 30));
}

/** A task given, in a note right after it, to another role (こちらから電話をかけるのは調査結果のご報告（社員が担当）のみ
 *  です, 折り返しのお電話（SVが対応）, 応対品質のモニタリング（月1回、SVが通話を聞いて評価します）): that role's calls or
 *  checks, unless the title names it. */
const ROLE_NOTE_AFTER = /^[^。、()（）]{0,30}?[(（](?:[^()（）]{0,10}?[、,])?(社員|正社員|sv|スーパーバイザー|リーダー|上司|担当者|担当社員|営業担当|営業スタッフ|専任スタッフ|専門スタッフ|本社|別部署|専門部署|管理者|店長)(?:が|の)(?:[^()（）。]{0,12}?(?:担当|対応|行い|行います|実施|評価|チェック))[^()（）]{0,6}[)）]/i;
export function isNotedAsRolesTask(sentenceText: string, end: number, title: string): boolean {
  const m = ROLE_NOTE_AFTER.exec(sentenceText.slice(end));
  return m !== null && !titleNamesRole(title.toLowerCase(), m[1]!.toLowerCase());
}

/** Call quality named as what the job is measured on (1時間あたりの処理件数と、応対品質の評価に目標があります; 応対品質も
 *  評価項目です): the worker's measure, not the work of checking others' calls. */
const MEASURED_ON_AFTER = /^[^。、\n]{0,8}?(?:目標|基準|評価項目|評価の対象|評価対象|で評価され|が評価され|も評価され)/;
export const isMeasureOfJob = (sentenceText: string, end: number): boolean => MEASURED_ON_AFTER.test(sentenceText.slice(end, end + 20));

/** Calls the company has outsourced (外部コールセンターに委託しているアウトバウンドコール; 受電は外部の代行会社に委託して
 *  います): the contractor's work, which the job may plan or check but does not do. Work taken on from a client
 *  (クライアントから委託を受けた発信業務) is the job's own. */
const OUTSOURCED_BEFORE = /(?:に|へ)(?:業務)?(?:委託|外注)(?:している|していた|した|する|中の)$/;
const OUTSOURCED_AFTER = /^[^。、\n]{0,4}?(?:は|も)[、,]?[ \t]*[^。、\n]{0,14}?(?:外部|委託先|代行会社|協力会社|専門会社|グループ会社)(?:の[^。、\n]{1,12}?)?(?:に|へ)(?:業務)?(?:委託|外注)/;
/** …or the center named as an outside one (外部コールセンター, 委託先のコールセンター). */
const EXTERNAL_BEFORE = /(?:外部|委託先|外注先|提携先|協力会社)の?$/;
export const isOutsourcedWork = (sentenceText: string, start: number, end: number): boolean =>
  OUTSOURCED_BEFORE.test(sentenceText.slice(Math.max(0, start - 12), start)) || OUTSOURCED_AFTER.test(sentenceText.slice(end, end + 40)) || EXTERNAL_BEFORE.test(sentenceText.slice(Math.max(0, start - 6), start));

/** Calls named as where data came from (電話調査、Web調査で集まった回答データの確認): the job handles the answers others
 *  gathered. */
const SOURCE_OF_DATA_AFTER = /^[^。\n]{0,12}?(?:で|により|によって)(?:集まった|集めた|得られた|回収した|取得した|寄せられた回答)/;
export const isSourceOfData = (sentenceText: string, end: number): boolean => SOURCE_OF_DATA_AFTER.test(sentenceText.slice(end, end + 30));

/** The audience of what the job holds (オペレーター・SV向け操作説明会, 新人オペレーター向けの研修資料). */
const AUDIENCE_OF = String.raw`(?:の皆さん|のみなさん|の方)?向け(?:の)?[^。、\n]{0,6}?(?:説明会|研修|勉強会|講習|トレーニング|資料|マニュアル|テキスト)`;
/** …or the people the job meets as a client's staff (お客様のセンター管理者と打合せ, 先方のSVとの定例会, コールセンターとの
 *  週次の定例). */
const MET_WITH = String.raw`(?:者|者様|の方|の皆さま|の皆様|様)?(?:と|との)[、,]?(?:(?:週次|月次|毎週|毎月|定期)の?)?(?:打ち?合わ?せ|打合せ|面談|協議|定例|ミーティング|商談|調整)`;

/** The people a word names (オペレーター, SV), said to use what the job looks after (オペレーターやSVが毎日使うIT環境), the audience
 *  of what it holds, or a client's staff it meets. */
const PEOPLE_SERVED = new RegExp(String.raw`^(?:[・/、とや][^。、\n]{1,10}?)?(?:(?:の皆さん|のみなさん|さん|たち)?が${USES}|${AUDIENCE_OF}|${MET_WITH})`);

/** Whether the people a term names (ending at `end` in the sentence) are the users the job serves. */
export function namesPeopleServed(sentenceText: string, end: number): boolean {
  return PEOPLE_SERVED.test(sentenceText.slice(end, end + 30));
}

/** Grievances of the staff themselves (派遣スタッフの皆さまの苦情・ご相談窓口, 従業員からの苦情): an employer's or an agency's
 *  window for its workers, not customers' complaints the job takes. */
const STAFF_GRIEVANCE_BEFORE = /(?:スタッフ|従業員|職員|社員|労働者|就業者)(?:の(?:皆さま|皆様|みなさま|みなさん|方々|方))?(?:から|より)?の$/;
/** …or paired with a worker's trouble at work (ハラスメント・苦情のご相談, お仕事の悩みや苦情): the staff's own. */
const WORKPLACE_TROUBLE_BEFORE = /(?:ハラスメント|パワハラ|セクハラ|お仕事の悩み|仕事の悩み|職場の悩み|就業上の悩み|労務)[・、や]$/;
export function isStaffGrievance(sentenceText: string, start: number): boolean {
  const before = sentenceText.slice(Math.max(0, start - 20), start);
  return STAFF_GRIEVANCE_BEFORE.test(before) || WORKPLACE_TROUBLE_BEFORE.test(before);
}

/** クレーム as an insurance or warranty claim (自動車保険のクレーム処理, 保険金のクレーム担当, 保証修理のクレーム処理): the
 *  claim's paperwork, not a complaint. The insurance or warranty must be named in the sentence, and the word be a
 *  department's or a task's (処理, 担当, 部門), not 対応. A claim filed or billed (クレーム申請, クレーム請求) is one in any
 *  sentence: no one files a complaint with a maker for payment. */
const CLAIM_TASK_AFTER = /^(?:処理|担当|部門|部|課|業務|サービス|エージェント|センター)/;
const CLAIM_FILED_AFTER = /^(?:の)?(?:申請|請求)/;
const INSURANCE = /保険|損保|保証修理|メーカー保証|保証期間|保証対象|ワランティ/;
export function isInsuranceClaim(sentenceText: string, start: number): boolean {
  if (sentenceText.slice(start, start + 4) !== 'クレーム') return false;
  const after = sentenceText.slice(start + 4, start + 12);
  return CLAIM_FILED_AFTER.test(after) || (CLAIM_TASK_AFTER.test(after) && INSURANCE.test(sentenceText));
}

/** The word defined, not used (品質クレームとは、…返品があった製品のことです; ここでいう「クレーム」は、…請求を指す言葉
 *  です): a definition tells what the word means on the page, not that the job meets it. */
const DEFINED_AFTER = /^」?(?:とは|というのは|は)[、,]?[^。]{0,60}?(?:のこと(?:です|を(?:いい|言い|指し)ます|で[、,])|を(?:指す|意味する)(?:言葉|用語)?(?:です|となります)|という意味(?:です)?)/;
const MENTION_BEFORE = /(?:ここでいう|ここで言う|本求人でいう|当社でいう)「?$/;
export function isDefinedTerm(sentenceText: string, start: number, end: number): boolean {
  const after = sentenceText.slice(end);
  return DEFINED_AFTER.test(after) && (!after.startsWith('」') || MENTION_BEFORE.test(sentenceText.slice(Math.max(0, start - 8), start)) || sentenceText[start - 1] === '「');
}

/** Complaints named as what a reader may worry about (◆クレームが心配な方へ◆, 苦情が不安な方も): the page's topic, which
 *  the words after it answer; it says nothing itself of whether the job takes them. */
const WORRY_ADDRESSED_AFTER = /^[^。\n]{0,4}?(?:が|は|の)?(?:心配|不安|苦手|こわい|怖い)(?:な|という|だという|でも)?(?:方|人|あなた|皆さん|みなさん)/;
export const isWorryAddressed = (sentenceText: string, end: number): boolean => WORRY_ADDRESSED_AFTER.test(sentenceText.slice(end, end + 20));

/** Training the job gives or runs rather than receives (研修トレーナー, 研修テキストの改訂, ロールプレイの進行, OJT中の
 *  オペレーターの通話録音をチェック, 担当の研修クラス): a trainer's or a leader's duty, not the job's own onboarding; so are
 *  the words in a note in brackets before such a duty (新人研修（座学・ロールプレイ）の講師). Materials count as duties only
 *  when made (研修資料をお渡しします is onboarding). */
const TRAINING_RUN_AFTER = /^(?:[(（][^()（）\n]{1,20}[)）])?(?:の)?(?:講師|トレーナー|インストラクター|進行|準備|企画|運営|補助|クラス|(?:テキスト|教材|資料|カリキュラム)(?:[、・][^。、\n]{1,12})?の?(?:作成|改訂|更新|見直し|企画|準備))|^(?:期間)?中の(?:オペレーター|スタッフ|新人|メンバー|方)|^[^()（）\n。]{0,14}[)）]の?(?:講師|進行|準備|企画|運営|補助)/;
/** …or materials made for a center, a shop or customers (コールセンター向けの応対マニュアル, 店舗向けの研修資料): the job
 *  makes or translates them for others. */
const MADE_FOR_BEFORE = /(?:コールセンター|センター|窓口|店舗|お客様|顧客|企業|クライアント)向けの?$/;
export function isTrainingRun(sentenceText: string, start: number, end: number): boolean {
  return TRAINING_RUN_AFTER.test(sentenceText.slice(end, end + 36)) || MADE_FOR_BEFORE.test(sentenceText.slice(Math.max(0, start - 14), start));
}

/** A role-play the job runs (クレーム応対のロールプレイの進行と振り返り, ロールプレイでお客様役を務め、怒っているお客様への
 *  受け答えを練習します): the complaints in it are acted, for others to practise on. */
const ROLE_PLAY = /ロールプレイ|ロープレ/;
const RUNS_IT = /お?客(?:様|さま)?役|進行|講評|講師|トレーナー|インストラクター/;
export const isRolePlayRun = (sentenceText: string): boolean => ROLE_PLAY.test(sentenceText) && RUNS_IT.test(sentenceText);

/** What the reader is said to picture on hearing a word (「テレアポ」と聞くと、「ノルマが厳しそう」というイメージを持つ方も
 *  多いかもしれません; コールセンターと聞くと、電話を受けるオペレーターの姿を思い浮かべる人が): the image the page goes on to
 *  correct, not the job. The word heard stays the topic; only what lies between it and the picturing verb is pictured. */
const HEARD_AS_TOPIC = /(?:と聞くと|と聞いて|というと|といえば)/;
const PICTURED_AFTER = /^[^。\n]*?(?:思い浮かべ|思いうかべ|想像|イメージ|連想)/;
export function isPicturedOnly(sentenceText: string, start: number): boolean {
  return HEARD_AS_TOPIC.test(sentenceText.slice(0, start)) && PICTURED_AFTER.test(sentenceText.slice(start));
}

/** Work the sentence sets against this job in its next clause (センターでは約80名のオペレーターがお電話を受けていますが、
 *  こちらは入力チームのお仕事です): what comes before the turn is someone else's work. */
const SET_AGAINST_THIS_JOB = /^[^。\n]{0,30}?(?:が|けれど|けど|けれども)[、,]?[ \t]*(?:こちら|この(?:お?仕事|求人|ポジション|チーム)|本求人|当ポジション|今回の(?:お?仕事|募集))(?:は|の|で)/;
export function isSetAgainstThisJob(sentenceText: string, end: number): boolean {
  return SET_AGAINST_THIS_JOB.test(sentenceText.slice(end, end + 60));
}

/** A role sought beside the posted one (★SV・リーダー候補も歓迎, （SVも同時募集）, オペレーター・SV候補を同時募集): an
 *  opening or a welcome the page adds, not the job the title posts. */
const ALSO_SOUGHT = /^(?:候補)?(?:[・、/][^。、\n]{1,10}?)?(?:も(?:同時)?|を同時)(?:募集|大?歓迎)/;
export function isAlsoSought(sentenceText: string, end: number): boolean {
  return ALSO_SOUGHT.test(sentenceText.slice(end, end + 24));
}

/** Running a center named as what a consultant advises on or a planner plans (センター運営コンサルタント, 運営改善の
 *  コンサルティング, センター運営企画): the head noun after it is the job, which runs no center. */
const CONSULTED_ON = /^(?:の)?(?:改善|支援|効率化)?(?:の)?(?:コンサルタント|コンサルティング|コンサル|企画)/;

export function isConsultedOn(sentenceText: string, end: number): boolean {
  return CONSULTED_ON.test(sentenceText.slice(end, end + 16));
}

/**
 * Phone work listed as what a service holds, in brackets after the service, where the job sells or proposes it
 * (運営サービス（受電代行、発信業務、チャット対応）を提案する, プラン（予約受付・問い合わせ窓口）の導入をご提案): the bracket
 * names what the clients buy, not calls this job makes or takes.
 */
const SERVICE_BRACKET_OPEN = /(?:サービス|プラン|商品|商材|ソリューション|パッケージ|メニュー)[（(][^（）()。\n]*$/;
const SERVICE_BRACKET_SOLD = /^[^（）()。\n]{0,40}[)）](?:の(?:導入|活用|運用))?(?:を|の)(?:ご)?(?:提案|販売|導入|営業)/;

/** …or named as the service itself (電話代行サービスの法人営業, 電話代行サービス「…」は…約2,300社にご利用いただいています,
 *  受電代行サービスの導入をご提案): what the company sells, not calls the job takes. */
const SERVICE_NAMED_SOLD = /^(?:の)?サービス(?:「[^」\n]{1,20}」)?[^。\n]{0,30}?(?:法人営業|営業|ご?提案|販売|導入|ご?利用いただ)/;

/** Whether a term (from `start` to `end` in the sentence) is inside the brackets of a service the job sells, or names it. */
export function isServiceSold(sentenceText: string, start: number, end: number): boolean {
  return (SERVICE_BRACKET_OPEN.test(sentenceText.slice(Math.max(0, start - 60), start)) && SERVICE_BRACKET_SOLD.test(sentenceText.slice(end, end + 50))) || SERVICE_NAMED_SOLD.test(sentenceText.slice(end, end + 50));
}

/**
 * Phone guidance that answers rather than offers: given at a counter and by phone (窓口・電話でのご案内, 店頭やお電話での
 * ご案内, 対面と電話でご案内), the desk answers those who come and those who call; given on a call the job has taken, in
 * the clause right after taking it (お電話を受け、原因の切り分けと解決のご案内をします; お問い合わせをいただき、手続きの
 * ご案内をします; 症状をお聞きして、簡単な操作で直るものは電話でご案内し), it is the answer to that call. A share of
 * the work named between (受けるのが7割、…ご案内をお電話するのが3割) is another clause: not this.
 */
const COUNTER_AND = /(?:窓口|店頭|カウンター|対面|来店|来所|来庁)[ \t]*(?:[・/／、]|や|と|および|及び|または|又は)[ \t]*お?$/;
const CALL_TAKEN_BEFORE = /(?:(?:お?電話|お問い?合わせ|ご相談|ご連絡|ご依頼)(?:を|に)(?:受け|お受けし|いただき|頂き|お答えし|応じ)|(?:症状|ご用件|ご要望|お困りごと|状況)を(?:お聞きし|お伺いし|伺い|うかがい|聞き取り|お聞き取りし))(?:て)?[、,][^。、]{0,24}$/;

/** Whether a phone-guidance term (from `start` to `end` in the sentence) answers: the counter's guidance said with it, or
 *  the answer to a call taken earlier in the sentence. */
export function isAnsweringGuidance(sentenceText: string, start: number, end: number): boolean {
  if (!/案内/.test(sentenceText.slice(start, end))) return false;
  const before = sentenceText.slice(0, start);
  return COUNTER_AND.test(before.slice(-12)) || CALL_TAKEN_BEFORE.test(before);
}

/** A call out that brings back the answer to a request the job took earlier in the sentence (ご依頼をお聞きし、手配先に
 *  確認したうえで、会員様にお電話で結果をお返しします): the request came in, the call replies to it. */
const REQUEST_TAKEN_BEFORE = /(?:ご依頼|ご相談|お問い?合わせ|ご要望|ご質問)を(?:お聞きし|伺い|うかがい|受け|お受けし|承り|承っ)[^。]*$/;
const ANSWER_RETURNED_AFTER = /^[^。、]{0,6}?(?:結果|回答|ご回答|お答え|お返事|ご返答|返事)を(?:お)?(?:返し|伝え|知らせ)/;
export const isReplyToRequest = (sentenceText: string, start: number, end: number): boolean =>
  ANSWER_RETURNED_AFTER.test(sentenceText.slice(end, end + 24)) && REQUEST_TAKEN_BEFORE.test(sentenceText.slice(0, start));

/** A call out to arrange the job's own visit (ご案内のお電話をして、ご自宅へ伺う日程を決めます; お電話するのは、訪問時間の確認
 *  だけです; 依頼を受けた会社にお電話し、代表者への取材のアポイントを取ります): a seller's, a technician's or an
 *  investigator's appointment with the customer, not calling as the work. */
const OWN_VISIT_ARRANGED = /^[^。]{0,40}?(?:(?:伺う|お伺いする|訪問する|訪問の|ご訪問の|訪問)(?:日程|日時|時間|日|お約束)(?:を|の)(?:決め|調整|確認|お約束|お伺い)|取材の(?:アポイント|アポ|お約束|日程)を(?:取|いただ|決め))/;
/** …unless someone else is named as the visitor (点検員が伺う日時を決める; 技術スタッフの空きを見て…訪問の日時を決めます): then the
 *  calls book others' visits, an appointment setter's work. */
const OTHER_VISITOR_NAMED = /(?:員|スタッフ|技術者|担当者?|業者)(?:さん)?が/;
const OTHERS_SCHEDULE = /(?:員|スタッフ|技術者|担当者?)の(?:空き|予定|スケジュール)/;
/** …or the visit's date opening the sentence as its topic (訪問の日程は、お取引先にお電話でご都合を伺って決めます), or the
 *  appointment named as the job's own interview's (代表者への取材のアポイントを取ります). */
const OWN_VISIT_TOPIC_BEFORE = /^[^。、]{0,8}?(?:訪問|伺う|お伺いする|ご訪問)の?(?:日程|日時|予定|時間)(?:は|については)[、,]?[^。]{0,24}$/;
const OWN_INTERVIEW_BEFORE = /取材の$/;
export const arrangesOwnVisit = (sentenceText: string, end: number, start = end): boolean => {
  const m = OWN_VISIT_ARRANGED.exec(sentenceText.slice(end, end + 60));
  if (m) return !OTHER_VISITOR_NAMED.test(m[0]) && !OTHERS_SCHEDULE.test(sentenceText);
  const before = sentenceText.slice(0, start);
  return (OWN_VISIT_TOPIC_BEFORE.test(before) || OWN_INTERVIEW_BEFORE.test(before)) && !OTHER_VISITOR_NAMED.test(before) && !OTHERS_SCHEDULE.test(sentenceText);
};

/** A call out that returns one (折り返しのお電話（予約された時間に、こちらからおかけします）; 電話は折り返しのみで、…こちらから
 *  おかけします): said in a note on the callback, or after the page limits its calls to callbacks. The customer called
 *  first; it is the answer to that call, not outbound work. */
const CALLBACK_NOTE = /折り返し(?:の)?(?:お)?(?:電話|ご連絡|連絡)[^。（(）)]{0,4}[（(][^（(）)]*$/;
const CALLBACKS_ONLY = /(?:電話|架電|発信)(?:は|も)[、,]?[^。]{0,8}?折り返し(?:のみ|だけ)[^。]*$/;
// …or after the calls out, as their topic (こちらからおかけするのは、調べてからの折り返しのお電話だけです).
const CALLBACKS_ONLY_AFTER = /^[^。、]{0,6}?のは[、,]?[^。]{0,20}?折り返し[^。]{0,8}?(?:のみ|だけ)/;
export const isCallbackNote = (sentenceText: string, start: number, end = start): boolean => {
  const before = sentenceText.slice(Math.max(0, start - 80), start);
  return CALLBACK_NOTE.test(before) || CALLBACKS_ONLY.test(before) || CALLBACKS_ONLY_AFTER.test(sentenceText.slice(end, end + 40));
};

/**
 * Phone work or sales named as the business of the company the job joins (テレマーケティングを請け負っている当社で, 受電業務を
 * 受託する弊社の, 売買仲介を行う当店で): the clause describes the company, and the job is said after it.
 */
const COMPANY_BUSINESS = /^[^。、\n]{0,20}?(?:を|も)(?:[、,][^。、\n]{0,10}?)?(?:請け負|受託|運営|手がけ|手掛け|展開|提供|行)[^。、\n]{0,6}?(?:う|いる|する|してきた)(?:当社|弊社|会社|企業|私たち|わたしたち|当店|弊店)/;

/** Whether the words after a term (ending at `end` in the sentence) make it the company's business. */
export function isCompanyBusiness(sentenceText: string, end: number): boolean {
  return COMPANY_BUSINESS.test(sentenceText.slice(end, end + 50));
}

/**
 * A count the work tallies (アポ獲得数の集計と報告, 達成率の分析, 獲得件数や通話時間を集計, チケットノルマ（販売枚数）の集計,
 * 売上目標に対する進捗表の作成, 営業担当ごとの売上目標と実績の数値管理, 応答率や通話件数の日報づくり, 売上目標に対する
 * 達成状況を営業担当ごとに表にします, 売上目標と実績をまとめた一覧表の更新, 予算の達成率をExcelで集計, ランキング表の作成)
 * or a rate it improves or designs
 * for a client (成約率の改善策を提案, KPIの設計) is a figure it handles, not a target set on the one who does it.
 */
const TALLIED = /^(?:表\)?(?:の|を)(?:作成|更新|作り|つくり)|(?:数|率)?(?:\([^()\n]{0,12}\))?(?:(?:や|・|、|と|および)[^。、\n]{1,12}?)?(?:に対する|の|を(?:[^。、\n]{1,10}?で)?)?(?:進捗(?:表|管理)|数値管理|実績管理|集計|取りまとめ|とりまとめ|分析|レポート作成|レポーティング|報告書|データ入力|入力|推移を(?:確認|分析)|日報|週報|月報|(?:日次|週次|月次)(?:の)?(?:レポート|報告)|資料(?:作成|づくり)|帳票|グラフ|改善策|改善(?:の)?提案|改善を支援|改善支援|設計|(?:達成(?:状況|率|度))?を[^。\n]{0,14}?(?:ごとに|別に)?表に(?:し|ま)|まとめ(?:た|る)[^。、\n]{0,4}?(?:一覧表|一覧|表|資料|シート|レポート)))/;

/** Calls counted as they come in (放送直後は1時間に10件以上入ることもあります, 1日50件ほどのお電話が寄せられます): the
 *  desk's volume, not a floor set on the worker. */
const INCOMING_VOLUME = /^[^。、]{0,12}?\d[\d,]*[ \t]*(?:件|本|コール)(?:以上|ほど|程度|前後|くらい|ぐらい)?(?:の(?:お電話|電話|入電|着信|お問い合わせ))?(?:が|も)?[ \t]*(?:入[りるっ]|かかって|寄せられ|鳴[りるっ]|届[きくい])/;
export const isIncomingVolume = (sentenceText: string, end: number): boolean => INCOMING_VOLUME.test(sentenceText.slice(end, end + 40));

/** A figure told as its record over time (センター全体の応答率は、この1年ほぼ95％前後で推移しています): what it has been, not a
 *  bar set on the worker. */
const TOLD_AS_RECORD = /^[^。\n]{0,30}?(?:で|と|に)推移して(?:い|お)/;

/** Whether a count (ending at `end` in the sentence) is one the work tallies. */
export function isTallied(sentenceText: string, end: number): boolean {
  return TALLIED.test(sentenceText.slice(end, end + 30)) || FIGURES_AS_DATA.test(sentenceText.slice(end, end + 50)) || TOLD_AS_RECORD.test(sentenceText.slice(end, end + 40));
}

/** Calls named as a count in a list of figures the work takes out as data or reports (システムから受電件数、応答率、平均処理
 *  時間などのデータを出力, 受電件数や応答率などの日次データの集計; 架電数と獲得率を集計して週報に; 入電数、応答件数、通話
 *  時間などのデータ集計): the calls are others', the job handles their figures. */
const CALLS_COUNTED = /^(?:件数|数|率)/;
const FIGURES_AS_DATA = /^[^。\n]{0,36}?(?:など)?の(?:(?:日次|週次|月次|毎日|毎月|各種)(?:の)?)?(?:データ|数値|実績)(?:を|の)?(?:出力|抽出|集計|取りまとめ|とりまとめ|まとめ|グラフ|入力)/;
/** …or the calls' pattern as what the work studies (曜日ごとの入電の傾向を分析, 入電数の推移を予測): a planner's matter. */
const CALLS_STUDIED = /^(?:数|件数|量)?の(?:傾向|推移|波)(?:を|の)?(?:分析|予測|把握|集計)/;
export const isCountedCalls = (sentenceText: string, end: number): boolean => {
  const after = sentenceText.slice(end, end + 60);
  return (CALLS_COUNTED.test(after) && (TALLIED.test(after.replace(CALLS_COUNTED, '')) || FIGURES_AS_DATA.test(after))) || CALLS_STUDIED.test(after);
};

/** Complaints as the material of the work, not as calls it takes (苦情・ご意見の記録をもとに集計, 公害苦情（騒音、悪臭など）の
 *  受付件数の集計, 苦情件数の推移グラフ, ご意見・クレームなど）を読み、
 *  分類コードを入力, お怒りが強かった通話…の要因分析, 苦情品の調査依頼書, 苦情・ご意見データから改善を提案): records classified, tallied or analysed. A term that
 *  names the handling itself (クレーム対応の記録) stays handling. */
const COMPLAINT_RECORD = /^(?:\([^()\n]{0,20}\))?[^。\n]{0,20}?(?:の記録|記録を|を分類|に分類|の分類|分類コード|集計|要因分析|傾向(?:を)?分析|を分析|の分析|(?:の)?(?:受付)?件数|(?:の)?データ|調査依頼書)/;
const HANDLING_IN_TERM = /対応|処理|応対/;
/** …and goods or papers named by the word (クレーム品の検品, 苦情品を仕分け, クレーム報告書の作成): the claim is the matter of
 *  the goods or the report, the work meets no one who complains. */
const COMPLAINT_GOODS_OR_PAPER = /^(?:品(?!質)|(?:の)?報告書)/;
/** Taken before it is recorded (ご意見や苦情を受け付け、担当課へ記録を引き継ぎます): the job hears the complaint. */
const TAKEN_AFTER = /^を[ \t]*(?:お?受け|受付|伺|うかが|お聞き|聞き取|承)/;
/** …and a course named by it (「クレーム対応研修」, 苦情対応マネジメント講座, クレーム対応セミナーの講師): handling taught or
 *  sold as a subject, whoever takes the calls. */
const COMPLAINT_COURSE = /^(?:対応|処理|応対)?(?:・[^\s、。・]{1,8})?(?:マネジメント)?(?:研修|講座|セミナー|講習)/;
export function isComplaintRecord(sentenceText: string, start: number, end: number): boolean {
  const after = sentenceText.slice(end, end + 40);
  if (COMPLAINT_COURSE.test(after)) return true;
  if (HANDLING_IN_TERM.test(sentenceText.slice(start, end)) || TAKEN_AFTER.test(after)) return false;
  return COMPLAINT_RECORD.test(after) || COMPLAINT_GOODS_OR_PAPER.test(after);
}

/**
 * A complaint named as what a call may turn into (クレームにつながりそうなお電話は社員に引き継ぎます, クレームに発展しそうな
 * ときはSVへ, クレームにつながらないよう再架電はしません): a risk the page steers the job away from, not complaints it handles.
 * Said to happen (クレームにつながることもあります), they reach the job. So is a complaint a process or check is there to
 * prevent (お客様からのクレームをなくすための工程です, クレームを防ぐよう二重に確認, クレーム防止のため): the work keeps it away.
 */
const COMPLAINT_TO_BE = /^(?:に|へと?)(?:つなが|繋が|発展|なりそう|なりかね|ならない|なる前)(?![^。]{0,12}?こと(?:も|が)(?:あ|ござ))|^(?:を|が)(?:未然に)?(?:なくす|無くす|減らす|防ぐ|防止する|出さない|起こさない|生まない)(?:ため|よう|ように|ための|ことが|ことに)|^(?:の)?(?:防止|削減|ゼロ)(?:の|に|を)/;
export const isComplaintToBe = (sentenceText: string, end: number): boolean => COMPLAINT_TO_BE.test(sentenceText.slice(end, end + 30));

/** A complaint said to be rare (クレームのようなお電話はまれです, お叱りを受けることはごくまれにありますが): not a part of the
 *  work. */
const COMPLAINT_RARE = /^[^。、]{0,16}?(?:は|が|も)[、,]?[ \t]*(?:ごく|ほんの)?(?:まれ|稀)(?:です|で[、,]|な|に(?:ある|あります|ございます))/;
export const isComplaintRare = (sentenceText: string, end: number): boolean => COMPLAINT_RARE.test(sentenceText.slice(end, end + 30));

// 件数にかかわらず, 成果を問わず, 獲得数に関係なく, 目標の達成にかかわらず, 成果の有無を問わず: the term is set aside,
// neither stated nor denied.
const REGARDLESS = /^([^\s。、]{0,2}?|の(?:有無|多少|多寡|達成(?:状況|度)?|結果|成否|大小))(?:に|を)(?:かかわらず|関わらず|拘わらず|拘らず|関係なく|問わず)/;

// What follows a set-aside that makes the sentence speak of the applicant (受信・発信を問わず経験者優遇).
const OF_APPLICANT = /経験|歓迎|優遇|資格|スキル|の方/;

/** Whether the sentence after a set-aside (at `end`) speaks of the applicant rather than the work. */
export function setAsideOfApplicant(sentenceText: string, end: number): boolean {
  return OF_APPLICANT.test(sentenceText.slice(end));
}

/** 新卒・中途問わず, 新卒、既卒を問いません, 新卒・既卒不問: the term and the items listed after it are all taken, whichever
 *  the applicant is. Said of a kind of applicant, that accepts it; it denies nothing. */
const LISTED_ALIKE = /^(?:[・、,/]|と|や|および|または)[^\s。、]{1,8}?(?:を|は|の別を|の別は)?[ \t]*(?:問わず|問いません|問わない|不問|関係なく|関係ありません)/;

/** Whether the term (ending at `end` in the sentence) is one of a list of applicants all taken alike. */
export function takenAlike(sentenceText: string, end: number): boolean {
  return LISTED_ALIKE.test(sentenceText.slice(end, end + 24));
}

/** The words between a term (ending at `end` in the sentence) and what sets it aside ('' when none), or null. */
export function setAsideBy(sentenceText: string, end: number): string | null {
  return REGARDLESS.exec(sentenceText.slice(end, end + 16))?.[1] ?? null;
}

/** The late payer as the one who calls in (お支払いが遅れている方からのご相談, 滞納についてのお問い合わせ): the desk answers
 *  them, it does not call to collect. */
const CALLS_IN_ABOUT = /^[^。、\n]{0,10}?(?:方|お客様|お客さま|会員様|会員さま|利用者|ご契約者)(?:様|さま)?からの(?:ご相談|相談|お問い合わせ|問い合わせ|お電話|電話|ご連絡|入電)|^(?:に関する|についての|の)(?:ご相談|お問い合わせ)/;
export const isLatePayerCalling = (sentenceText: string, end: number): boolean => CALLS_IN_ABOUT.test(sentenceText.slice(end, end + 30));

/** A trade named as the kind of shop or company the job is at (賃貸仲介店のカウンター事務, 不動産仲介会社で経理, 仲介業を営む
 *  会社): the workplace, not the job's selling; the job's own words (営業, 事務) say what it does there. */
const TRADE_OF_WORKPLACE_AFTER = /^(?:店|会社|業者|店舗|業)(?:の|で|にて|を営|を手が)/;
export const namesTradeOfWorkplace = (sentenceText: string, end: number): boolean => TRADE_OF_WORKPLACE_AFTER.test(sentenceText.slice(end, end + 6));

/** Callers named by their post as the people a role leads (アポインター12〜15名のチーム, アポインター1人あたりの発信数, 新人
 *  アポインターの研修, アポインターへの声かけ) or as what the leader once was (アポインター時代は): whom the job manages, not
 *  its calls. */
const CALLERS_LED_AFTER = /^(?:さん|の方|たち)?(?:[(（]?\d+[ \t]*(?:[〜～~\-][ \t]*\d+[ \t]*)?名|[1１一](?:人|名)(?:あたり|当たり|ごと)|の(?:育成|指導|教育|研修|管理|シフト|勤怠|採用|フォロー|モニタリング|サポート|相談役)|を(?:まとめ|束ね|指導|育成|管理)|(?:へ|に)(?:の)?(?:声かけ|声掛け|指示|フィードバック|アドバイス)|時代)/;
export const namesCallersLed = (sentenceText: string, start: number, end: number): boolean =>
  /アポインター$|テレアポスタッフ$/.test(sentenceText.slice(start, end)) && CALLERS_LED_AFTER.test(sentenceText.slice(end, end + 20));

/** Jobs a staffing firm's page introduces to others (相談会でご紹介するお仕事にはテレアポやコールセンターのお仕事も
 *  あります; コールセンター、事務、製造など20社ほどのお仕事を紹介するブース): the openings on offer, not the job posted. */
const INTRODUCED_BEFORE = /(?:ご)?紹介(?:する|している|できる|予定の)(?:お)?仕事(?:に|の中に)?(?:は|も|として)[、,]?[^。]{0,24}$/;
const INTRODUCED_AFTER = /^[^。]{0,24}?など[^。]{0,12}?(?:の)?(?:お)?仕事を(?:ご)?紹介/;
export const isIntroducedJob = (sentenceText: string, start: number, end: number): boolean =>
  INTRODUCED_BEFORE.test(sentenceText.slice(Math.max(0, start - 60), start)) || INTRODUCED_AFTER.test(sentenceText.slice(end, end + 60));

/** A seller named as the person the job works beside or for: put through to (住宅アドバイザー（営業社員）へのお取り次ぎ,
 *  担当の営業におつなぎください), working with the job (営業担当と一緒に計画をつくります), doing a part of its own
 *  (職場見学（担当営業が同行）) or served by it (キャンペーンスタッフ（アルバイト約150名）のシフト作成): a colleague, a client's
 *  rep or the staff the job arranges, not the job's own selling; so is one said to take a matter up (…は、担当の営業が直接
 *  お店に伺って対応します). As the job (営業担当として, 営業担当を募集) the word stays. */
const SELLER_BESIDE = /^(?:さん|の方|たち)?(?:\([^()\n]{1,16}\))?(?:(?:へ|に)(?:の)?[ \t]*(?:お?取り?次|お?つな|繋|引き継|引継|お?渡し|報告|共有)|と(?:一緒に|いっしょに|連携|協力)|が(?:同行|同席)|が[^。、]{0,10}?(?:伺って対応|直接対応|対応します|対応いたします)|の(?:シフト|勤怠|手配|スケジュール|出勤))/;
/** …and so does the seller's part named in the bracket after it (営業スタッフ（物件のご紹介担当）へ引き継ぐ). */
const SELLER_BEFORE_GLOSS = /(?:営業|セールス|アドバイザー)[\u30a0-\u30ff\u4e00-\u9fff]{0,6}\([^()\n]{0,12}$/;
const GLOSS_REST = /^[^()\n]{0,12}\)/;
export function namesSellerBeside(sentenceText: string, start: number, end: number): boolean {
  if (SELLER_BESIDE.test(sentenceText.slice(end, end + 30))) return true;
  const rest = GLOSS_REST.exec(sentenceText.slice(end, end + 14));
  return rest !== null && SELLER_BEFORE_GLOSS.test(sentenceText.slice(Math.max(0, start - 24), start)) && SELLER_BESIDE.test(sentenceText.slice(end + rest[0].length, end + rest[0].length + 30));
}

/** Training offered as a perk to take in one's own time (eラーニング無料受講, 研修講座の受け放題): a benefit, not how the job is
 *  taught. */
const TRAINING_PERK_AFTER = /^(?:講座)?(?:の)?(?:無料受講|受講無料|受け放題|見放題|受講可能|を無料で受講)/;
/** …or e-learning listed among the benefits (社会保険完備、有給休暇、健康診断、派遣スタッフ向けのeラーニング): a perk the
 *  agency offers, not the job's onboarding. */
const E_LEARNING = /e[-‐]?ラーニング|e-learning/;
const BENEFITS_LISTED = /社会保険|社保|有給|健康診断|退職金|制服貸与|産休|育休|福利厚生/;
export const isTrainingPerk = (sentenceText: string, start: number, end: number): boolean =>
  TRAINING_PERK_AFTER.test(sentenceText.slice(end, end + 12)) || (E_LEARNING.test(sentenceText.slice(start, end)) && BENEFITS_LISTED.test(sentenceText));


/** People whom the job hires, named before its hiring work (コールセンタースタッフの採用をお任せします, オペレーター・SVの
 *  採用を担当, 採用担当（コールセンターのオペレーター採用）): a recruiter's work for the center, not the center's work. */
const HIRED_BY_JOB_AFTER = /^(?:で働く)?(?:スタッフ|オペレーター|社員|メンバー|人材)?(?:さん)?(?:[・、や][^。、\n]{1,10}?)?の採用(?:を|の|に)?(?:担当|業務|お任せ|活動|計画|面接|関わ|携わ)|^(?:の)?(?:スタッフ|オペレーター|社員|メンバー|人材)採用(?:担当|業務|[)）])/;
export const namesPeopleHired = (sentenceText: string, end: number): boolean => HIRED_BY_JOB_AFTER.test(sentenceText.slice(end, end + 24));

/** The price of what the company sells or builds, said with a per-piece word (当社の工事は1件あたり50万円～, 弊社の商品の
 *  単価は…): what a customer pays, not pay per success. */
const COMPANYS_PRICE_BEFORE = /(?:当社|弊社|私たち|同社|自社)の[^。、]{0,10}?(?:工事|商品|製品|サービス|案件|物件|プラン|システム|住宅)(?:の(?:価格|単価|金額|相場))?(?:は|が)[、,]?[^。、]{0,4}$/;
export const isCompanysPrice = (sentenceText: string, start: number): boolean => COMPANYS_PRICE_BEFORE.test(sentenceText.slice(Math.max(0, start - 30), start));

/** A contract ended for not working at all (稼働実績が3ヶ月間まったくない場合は、契約の更新についてご相談): a lapse of the
 *  worker's activity, not a bar of results. */
const ACTIVITY_LAPSE = /稼働(?:実績)?(?:が|の)[^。]{0,10}?(?:ない|なかっ|ありません|ゼロ)|一度も稼働|ログイン(?:が|の)[^。]{0,8}?(?:ない|なかっ)/;
export const isActivityLapse = (sentenceText: string): boolean => ACTIVITY_LAPSE.test(sentenceText);

/** Words of results pay inside a fixed allowance's line (資格手当：…（がんばった分だけ手当で応援します）): the allowance, paid
 *  for a qualification or attendance, not for results. */
const FIXED_ALLOWANCE_BEFORE = /(?:資格|皆勤|精勤|家族|扶養|住宅|役職|通勤)手当[^。\n]{0,30}$/;
export const isFixedAllowanceLine = (sentenceText: string, start: number): boolean => FIXED_ALLOWANCE_BEFORE.test(sentenceText.slice(Math.max(0, start - 32), start));
