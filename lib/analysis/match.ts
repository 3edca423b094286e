// Matches lexicon terms on token-aligned spans of a sentence and decides each one's polarity.
import type { CompiledEntry, CompiledLexicon, TermHit } from '../lexicon/compile';
import { excludedAt } from '../lexicon/exclusions';
import type { Token } from '../tokenizer/types';
import type { Span } from '../text/sentences';
import type { Polarity } from '../core/types';
import { scriptOf, type Script } from '../text/script';
import { CALL_CATEGORIES, callsTakenElsewhereEnd, countedLightAfter, countedLightBelow, namesTheMatter, answeredNo, answeredPresent, answeredWithFigure, answeredYes, doneByOthersSpan, isContactLine, isContingentTask, isNegatedAfter, isOccasional, isQuestion, isDenialTag, isTagList, isTallied, isCompanyBusiness, isAnsweringGuidance, isConsultedOn, isDesignedWork, isServiceSold, namesTeamRun, namesDedicatedTeam, namesLandmark, namesTeamsServed, namesPeopleServed, describesColleagues, setAsideBy, setAsideOfApplicant, isTopicOrQuestion, isBareLabel, takenAlike, isUnmarkedHeading, isCeased, isCallbackNote, isReplyToRequest, arrangesOwnVisit, isOthersCallRecord, isTaskNoteOfRole, isSetBelow, isSupposedOnly, isAlsoSought, isStaffGrievance, isTrainingRun, isPicturedOnly, isSetAgainstThisJob, isIncomingVolume, isComplaintRecord, isComplaintToBe, isComplaintRare, isCountedCalls, isLatePayerCalling, isInsuranceClaim, isDefinedTerm, isSourceOfData, isOutsourcedWork, isMeasureOfJob, isRolePlayRun, isNotedAsRolesTask, isWorryAddressed, namesTradeOfWorkplace, isTrainingPerk, namesPeopleHired, isCompanysPrice, isActivityLapse, isFixedAllowanceLine, namesSellerBeside, isIntroducedJob, namesCallersLed, tokenBoundaries, tokenIndexAt } from './context';
import { BULLETS } from '../text/heading-marks';
import { isAnotherRolesTopic } from '../text/role-topic';
import { isAnotherRolesPay, isForAnotherRoleOnly, isSelfSetAim, isCompanysGoal, isCustomersGoal, isFedBack, isFormerJobs, isFormerWork, isNotEvaluated, isOtherRolesTarget, isWatchedByOtherRole, othersFiguresEnd } from './whose-terms';
import { isSalesUnitsTopic } from '../pay/incentive';
import { complaintHandedOver, complaintNotHeard, passedOnEnd, passesToSecondLine, PUT_THROUGH_VERB } from './passed-on';
import { isInQuotedRequest, isInQuotedWords } from './quoted-requests';
import { isAskedChoice } from './asked-choice';
import { titleOf } from '../text/sections';
import { labelAbove, lineStart } from '../pay/context';

export interface RawMatch {
  entry: CompiledEntry;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  polarity: Polarity;
  sentence: Span;
  /** Said of an occasional task (〜こともあります): counts for less. */
  occasional: boolean;
  /** Calls counted as light at the end of their clause (…も担当します（1日10件ほど）): a side of the work where every
   *  mention of calls is so (the job-type rule reads it), but a direction in its own right beside steady calls. */
  light: boolean;
  /** The notes in brackets the match spans, if any: matches inside them are not inside the match. */
  notes?: { start: number; end: number }[];
}

/** A count of dealings with customers (30軒, 5店舗, 40棟, 2アポ, 100コール, 面談20件, 対応件数8件, 回答数10件) or of people won
 *  (40名の採用, 2名のご入会; PEOPLE_WON): not of people as such (3名), days, or
 *  slips keyed in (伝票100件), which measure a workload, not a target; nor of the shops a company runs (12店舗を運営する):
 *  its size. */
const DEALINGS = '訪問|商談|面談|契約|成約|成立|獲得|受注|導入|対応|応対|架電|発信|電話|コール|アポ|申込|申し込み|回答';
/** People a job wins, counted (40名の採用, 新規会員2名のご入会, 採用目標：全社で1,200名): a recruiter's or a fundraiser's
 *  count, not a headcount the company reports. */
const PEOPLE_WON = '採用|入社|面接|参加|入会|加入|獲得|登録';
const WORK_COUNT = new RegExp(
  String.raw`\d[\d,]*[ \t]*(?:軒|店舗|社|台|棟|コール|アポ|契約|成約|世帯)(?![ \t]*(?:を|で)?(?:運営|展開|構え|出店))|\d[\d,]*[ \t]*件[^。\n]{0,12}?(?:${DEALINGS})|(?:${DEALINGS})[^。\n]{0,12}?\d[\d,]*[ \t]*件|\d[\d,]*[ \t]*(?:名|人)(?:の|を)?(?:ご)?(?:${PEOPLE_WON})|(?:${PEOPLE_WON})[^。\n]{0,12}?\d[\d,]*[ \t]*(?:名|人)`,
);

/** A label alone on its line: a few words, no sentence, no figure (必要な経験等, ■応募資格). */
const LABEL_ALONE = /^[^\d。、!?]{1,16}$/;
/** Blank lines that may stand between a label and its value once a table is turned into text. */
const LABEL_BLANK_LINES = 2;

/** The hit opens its line (after blanks or a mark), and the line above it, past a blank line or two, is a label alone
 *  with one of `words` in it (the pay reader's labelAbove finds it). */
function underLabel(text: string, at: number, words: string[]): boolean {
  const ls = lineStart(text, at);
  if (!/^[\s■□◆◇●○・:]*$/.test(text.slice(ls, at))) return false;
  const label = labelAbove(text, ls, LABEL_BLANK_LINES, LABEL_ALONE);
  return label !== '' && words.some((w) => label.includes(w));
}

/** A note in brackets after a required experience (実務経験1年以上（オペレーター経験のみの方も歓迎）) says who else may
 *  apply: its 歓迎 does not make the requirement a wish. */
const NOTE_IN_BRACKETS = /\([^()\n]{1,40}\)/g;
function nearText(c: CompiledLexicon['entries'][number], sentenceText: string, hitEnd: number): string {
  if (c.entry.category !== 'experience') return sentenceText;
  return sentenceText.slice(0, hitEnd) + sentenceText.slice(hitEnd).replace(NOTE_IN_BRACKETS, '');
}

/** Hits that survive the checks that need no tokens: another sense (exclude, excludeNear) or missing context. */
export function plausibleHits(lex: CompiledLexicon, text: string, sentence: Span, hits: TermHit[]): TermHit[] {
  let sentenceText: string | undefined;
  return hits.filter((h) => {
    const c = lex.entries[h.entry]!;
    if (c.exclude.length && excludedAt(c.exclusions, text, h.start)) return false;
    if (c.labelAbove.length && !underLabel(text, h.start, c.labelAbove)) return false;
    if (c.excludeNear.length || c.requireNear.length || c.entry.requireCount) {
      sentenceText ??= text.slice(sentence.start, sentence.end);
      if (c.excludeNear.some((w) => nearText(c, sentenceText!, h.end - sentence.start).includes(w))) return false;
      if (c.requireNear.length && !c.requireNear.some((w) => sentenceText!.includes(w))) return false;
      if (c.entry.requireCount && !WORK_COUNT.test(sentenceText)) return false;
    }
    return true;
  });
}

// Only a window around a term is tokenized: enough before it for the tokenizer to find the word's
// start, and enough after it for negation (なし, ではありません) and compounds, and for a list of two tasks that share
// one denial (お電話をかけるお仕事や、新しいサービスをおすすめするお仕事はありません).
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 40;
/** After a term that no negator follows, only its end needs placing among tokens. */
const WINDOW_AFTER_SHORT = 8;
/** Characters a window reaches past what is read, so that the token cut at its end (dropped) is not one read. */
const CUT_MARGIN = 4;

type CharClass = Exclude<Script, 'space'>;
/** A character's script; spaces and the edges of the sentence count as 'other' (a boundary). */
function charClass(ch: string | undefined): CharClass {
  if (!ch) return 'other';
  const s = scriptOf(ch.charCodeAt(0));
  return s === 'space' ? 'other' : s;
}

// Every negator that isNegatedAfter knows (なし ない なく なかっ 無 ゼロ 0 不要 不可 ng ません せん ず ぬ 少ない
// 皆無, お断り, 対象外, a cross as a value), as text: where none follows a term, nothing can negate it.
const NEGATOR_TEXT = /な[しくいかけ]|ナシ|無|[×✕✖]|ゼロ|(?<![\d.,])0(?![\d.,])|不要|不可|ng|ませ|せん|ず(?!つ)|ぬ|少な|皆無|お断り|対象外/;

// Where the negation scan (isNegatedAfter) stops for good: what comes after cannot negate the term.
// Bullet marks too: ◎未経験OK　◎ノルマなし is two items (lib/text/heading-marks.ts BULLETS).
const CLAUSE_STOP = new RegExp(`[。!?！？\\n】「」()【/|${BULLETS}]`);

/** Characters after a term that a statement of giving it up takes (を一切やめ, をきっぱり廃止). */
const CEASED_REACH = 12;

/** The closing quote of each opening one: a term quoted whole (「ノルマ」はありません) is negated past its quote. */
const QUOTE_CLOSE: Record<string, string> = { '「': '」', '『': '』', '"': '"', '“': '”' };

/** How far before a term the opening quote of a phrase it ends is looked for. */
const QUOTED_PHRASE_REACH = 30;
/** Whether the term closes a quote opened earlier on its line (「…販売ノルマ」), with no other quote closed between. */
function endsQuote(text: string, h: TermHit): boolean {
  const close = text[h.end];
  const open = close === '」' ? '「' : close === '』' ? '『' : null;
  if (open === null) return false;
  const before = text.slice(Math.max(0, h.start - QUOTED_PHRASE_REACH), h.start);
  const at = before.lastIndexOf(open);
  return at >= 0 && !before.slice(at).includes(close) && !before.slice(at).includes('\n');
}

/** The closing bracket of each opening one a heading is set in (after normalize: ［］ are [], ＜＞ are <>). */
const HEADING_CLOSE: Record<string, string> = { '【': '】', '[': ']', '〈': '〉', '《': '》', '<': '>', '≪': '≫', '〔': '〕' };

/** Where the words about a hit start: after its closing quote when the term is quoted whole, after a bracketed gloss.
 *  The token scan (isNegatedAfter) starts here too, so this is the one place a gloss is passed over. */
function afterTerm(text: string, h: TermHit): number {
  const close = QUOTE_CLOSE[text[h.start - 1] ?? ''];
  if (close !== undefined && text[h.end] === close) return h.end + 1;
  // The term as the head of a quoted phrase (「クリスマスケーキの販売ノルマ」はありません): what is said of the quote is
  // said of its last noun, the term.
  if (endsQuote(text, h)) return h.end + 1;
  // The term as a gloss in brackets (インセンティブ（歩合）制度は…), or glossed by one (ノルマ（目標件数）は…): the clause goes
  // on after the bracket.
  if (text[h.start - 1] === '(' && text[h.end] === ')') return h.end + 1;
  // The term as a heading in brackets with its value after it on the line (【ノルマ】なし, [ノルマ]ありません): the value
  // speaks of it.
  const headingClose = HEADING_CLOSE[text[h.start - 1] ?? ''];
  if (headingClose !== undefined && text[h.end] === headingClose && text[h.end + 1] !== undefined && text[h.end + 1] !== '\n') return h.end + 1;
  // The term as a label that opens its line, with "none" after a slash (ノルマ／なし in a 派遣 page's 期間／長期 list):
  // the value speaks of it. Not a line of tags (…／研修あり／ノルマなし／…), where each slash starts another item.
  if (text[h.end] === '/' && LINE_OPENS_WITH.test(text.slice(Math.max(0, h.start - 4), h.start)) && SLASH_VALUE.test(text.slice(h.end + 1, h.end + 20))) return h.end + 1;
  const gloss = BRACKET_GLOSS.exec(text.slice(h.end, h.end + 16)) ?? COMPOUND_GLOSS.exec(text.slice(h.end, h.end + 20));
  return gloss ? h.end + gloss[0].length : h.end;
}
/** Only blanks or a bullet between the line's start and the term. */
const LINE_OPENS_WITH = new RegExp(`(?:^|\\n)[ \\t\u3000${BULLETS}]*$`);
/** A value of "none" that ends the line (ノルマ／なし, ノルマ／無); a statement after the slash (未経験歓迎／免許は不要) is
 *  another item of a tag line, not the term's value. */
const SLASH_VALUE = /^[ \t]*(?:なし|無し|ナシ|無|×|✕|ありません|ございません)[ \t。!！]*(?:\n|$)/;
/** A bracket of a few nouns, no kana endings, figures or punctuation of a clause (（歩合）, （目標件数）; not （上限はありません）,
 *  nor （1日20件）, which states the count). */
const BRACKET_GLOSS = /^\([^()\n。、,ぁ-ん\d]{1,12}\)/;
/** …and so a bracket after the term's compound (オペレーター業務（電話応対）はありません, テレアポ業務（新規開拓）は…): the
 *  few kanji or katakana that finish the noun, then the gloss (nouns with お or ご, joined by の or と: （お客様との電話
 *  応対）); what is said after it is said of the whole noun. */
const COMPOUND_GLOSS = /^[一-龥ァ-ヺー]{1,4}\((?:[^()\n。、,ぁ-ん\d]|(?:との|[のと])(?=[おご]?[一-龥ァ-ヺー])|[おご](?=[一-龥])){1,14}\)(?=[はもが])/;

/** End of the stretch after a hit that negation could reach: the first clause stop, at most WINDOW_AFTER. */
function negationReach(text: string, sentence: Span, h: TermHit): number {
  const term = afterTerm(text, h);
  const limit = Math.min(sentence.end, term + WINDOW_AFTER);
  // ノルマ｜なし: a table row's cell border right after the term that opens the row parts its label from its value
  // (isNegatedAfter reads past it too); a separator after a gloss (ルート営業（OA機器）｜新規開拓なし) parts two items.
  const from = valueStart(text, h);
  const stop = text.slice(from, limit).search(CLAUSE_STOP);
  return stop === -1 ? limit : from + stop + 1;
}
const CELL_BORDER = /^[ \t]*\|/;
/** Whether the term opens its line, past spaces and a row's own border (ノルマ｜…, ｜ノルマ｜…). */
const opensRow = (text: string, at: number): boolean => /^[ \t|]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
/** Where what is said of the term starts: after it (and its gloss), or after the cell border right after it where it
 *  labels a row. */
function valueStart(text: string, h: TermHit): number {
  const cell = opensRow(text, h.start) ? CELL_BORDER.exec(text.slice(h.end, h.end + 4)) : null;
  return cell ? h.end + cell[0].length : afterTerm(text, h);
}

/** Whether a possible negator follows the hit within the stretch that negation is looked for in. */
function negatorMayFollow(text: string, sentence: Span, h: TermHit): boolean {
  return NEGATOR_TEXT.test(text.slice(afterTerm(text, h), negationReach(text, sentence, h)));
}

/**
 * Whether a hit can be decided from its characters alone: both ends at a change of script (or punctuation)
 * and no possible negator after it. Most hits are: "テレアポのお仕事", "架電業務を…". Only the others pay
 * for kuromoji.
 */
function decidableWithoutTokens(text: string, sentence: Span, h: TermHit): boolean {
  const before = h.start > sentence.start ? text[h.start - 1] : undefined;
  const after = h.end < sentence.end ? text[h.end] : undefined;
  const first = charClass(text[h.start]);
  const last = charClass(text[h.end - 1]);
  const clear = (a: CharClass, b: CharClass) => a === 'other' || b === 'other' || a !== b;
  // kanji → hiragana is a word boundary (架電の, 営業し); hiragana → kanji too (お電話). So is a particle
  // before the honorific お/ご that starts a term (のお電話, をご案内).
  const honorific = first === 'hiragana' && /[おご]/.test(text[h.start]!) && !!before && /[のをにはがでともへや]/.test(before);
  if ((!honorific && !clear(charClass(before), first)) || !clear(last, charClass(after))) return false;
  return !negatorMayFollow(text, sentence, h);
}

/** Categories that say what the work is (complaints too: クレーム対応は社員が行います; leading operators too:
 *  オペレーターへの指導やシフトの作成は各チームのSVが行います; other work too: ※配送は配送課のドライバーが担当します). */
const WORK = new Set<string>(['inbound', 'outbound', 'mixed', 'sales', 'collections', 'techSupport', 'callCenter', 'complaints', 'management', 'office']);

/** A desk named by what it handles (受注センター, お客様センター): the inbound word that may only be where a job sits. */
const SUPPORT_DESK = 'inbound.support-desk';
const CENTER = 'callCenter.center';
const PHONE_SHARE = 'callCenter.phone-share';
const DISMISSAL = 'quota.dismissal';
const QUALITY = 'management.quality';
/** What comes in, named as the topic of the share (予約は, ご注文の): the share is of its channels, not of the job's time. */
const CHANNEL_OF_BEFORE = /(?:予約|注文|問い合わせ|問合せ|申し?込み?|依頼)(?:は|の)[、,]?[ \t]*$/;
/** A center as a building's tenant (コールセンターが入るビル, コールセンターが入居しているフロア). */
const TENANT_AFTER = /^[」』]?[ \t]*が(?:入る|入っている|入居する|入居している|入った)/;
/** A desk followed by an office job (予約センター事務, 受注センター 入力事務, お客様センターに併設された事務チーム) or by
 *  a counter where customers come in person (修理受付カウンター), and a center followed by office work inside it
 *  (コールセンター内のバックオフィス事務, コンタクトセンター内の書類・発送業務; INSIDE): where the office work is done, not
 *  the work. */
const OFFICE_AT_DESK = /^[」』]?[ \t]*(?:内|の中|に併設された|に併設の)?(?:の)?(?:一般|営業|経理|総務|人事|庶務|管理|受付|後方)?(?:事務|経理|総務|人事|データ入力|入力(?:事務|スタッフ|作業)|バックオフィス|書類|カウンター)/;
const INSIDE = /^[」』]?[ \t]*(?:内|の中)/;
/** A desk whose back office the job is, past a bracket that names what the desk answers (当社コールセンター（通販の
 *  お問い合わせ窓口）のバックオフィスで, お客様センターの後方支援): the desk is whom the office work serves. */
const BACK_OFFICE_OF = /^[」』]?(?:\([^()\n]{1,30}\))?\)?の(?:バックオフィス|後方(?:支援|業務|事務))/;
/** What arrived at a desk (〜に寄せられた, 〜に届いた, 〜に集まったご意見, ご注文は…受注センターへ直接届きます; not 〜に入って,
 *  which may be joining the center): the desk is where, someone else took it.
 *  So is what a desk settled or took before it reached this job (サポートセンターで日程が確定したお宅, 窓口で受け付けたご依頼). */
const ARRIVED_AT = /^[ \t]*(?:(?:に|へ)(?:直接)?(?:寄せられ|届い|届け|届く|届き|集ま|あった)|で(?:[^。、をにへ\n]{1,8}?が(?:確定し|決まっ|成立し)た|(?:受け付け|受付し|承っ|お受けし)た))/;
/** A center or its operators named as the party the job reaches or hears from (在庫の状況をコールセンターへ連絡,
 *  オペレーターからのチャットで依頼が来たら調べて返信, 受付センターと連携して, 受付センターのオペレーターから無線で出動の
 *  指示), or the desk the job sends customers on to (各社のサポート窓口へご案内します): people beside the job, not its work.
 *  Read after call-center words and after a desk's name (受付センター). */
const OTHER_PARTY = /^(?:の(?:オペレーター|スタッフ|担当者|メンバー))?(?:(?:へ|に)[^。、\n]{0,6}?(?:連絡|報告|引き継|引継|つな|繋|お伝え|伝え|共有|確認|相談|ご案内し|ご案内いたし|ご案内する)|と[^。、\n]{0,4}?(?:連携|やりとり|やり取り)|から(?:の)?[^。、\n]{0,8}?(?:依頼|質問|問い合わせ|チャット|相談|報告|エスカレーション)|から(?:の)?[^。、\n]{0,12}?(?:指示|指令|出動要請|配車の連絡))/;
/** A counter named as where the job puts calls through (各医院の受付に電話をおつなぎします, 店舗の受付へ転送します): another
 *  desk the calls go on to, not work with visitors the job does. */
const COUNTER = 'office.counter';
const PUT_THROUGH_TO = new RegExp(`^(?:に|へ)[ \\t]*(?:お?電話を[ \\t]*)?(?:${PUT_THROUGH_VERB}|繋|引き継|引継)`);
/** A board's card for another posting, on a line that ends in its link (PR ＼日払いOK／テレアポ 時給1,800円＋インセンティブ
 *  新宿駅徒歩3分 ［詳しく見る］): another job's words and pay, not this one's. */
const CARD_LINK = /(?:[[［]|【)?[ \t]*(?:詳しく見る|詳細を見る|詳細はこちら|この求人を見る|求人を見る)[ \t]*(?:[\]］]|】)?[ \t]*[>＞›»]?[ \t]*$/;
const isCardLink = (sentenceText: string): boolean => !sentenceText.includes('\n') && sentenceText.length > 16 && CARD_LINK.test(sentenceText);

/** A center named as what a kind of company runs (クライアントはコールセンターの運営会社、物流会社…): a company, not work. */
const KIND_OF_COMPANY = /^(?:の)?(?:運営|受託)(?:会社|企業|事業者)/;

/** Calls in a direction: what a team's name can say it does (the center itself, callCenter, stays a marker). */
const PHONE_WORK = new Set<string>(['inbound', 'inboundOnly', 'outbound', 'mixed']);

/** Categories that name a task of the job, which a condition or rarity makes a side task. */
const TASKS = new Set<string>(['inbound', 'outbound', 'mixed', 'sales', 'collections', 'techSupport', 'callCenter']);

/**
 * Matches in one sentence. `tokenize` is called only for windows around hits that cannot be decided from
 * their characters; it returns tokens with offsets relative to the window.
 */
export function matchSentence(
  lex: CompiledLexicon,
  text: string,
  sentence: Span,
  hits: TermHit[],
  tokenize: (window: Span) => Token[],
): RawMatch[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  // A tag line says nothing of the job but its denial tags (…／研修あり／ノルマなし／髪色自由): the board's way of
  // saying ノルマはありません, which is the job's.
  const sentenceHits = isCardLink(sentenceText)
    ? []
    : isTagList(sentenceText)
      ? hits.filter((h) => lex.entries[h.entry]!.entry.category === 'quota' && isDenialTag(sentenceText, h.start - sentence.start, h.end - sentence.start))
      : hits;
  if (!sentenceHits.length) return [];
  const out: RawMatch[] = [];
  const r: Reading = { lex, sentence, sentenceText, lightNoteBelow: countedLightBelow(text, sentence.end) };
  const hard: TermHit[] = [];
  const easy: TermHit[] = [];
  // What this job's work is: not the applicant's number to call, nor work the page gives to someone else (terms
  // before the end of such a statement).
  // The title as the pay reader reads it (a company's name above it is not the title), found once when a word asks.
  let title: string | undefined;
  const pageTitle = () => (title ??= titleOf(text));
  // The sentence after this one, read where a word's reading runs past the sentence's end, found once when asked.
  let next: string | undefined;
  const nextText = () => (next ??= nextSentence(text, sentence));
  // The sentence before it on the same line, read where a story runs on from it (前職は…でした。毎月のノルマが…).
  let prev: string | undefined;
  const prevText = () => (prev ??= previousSentence(text, sentence));
  const others = isContactLine(sentenceText) ? { from: 0, to: Infinity } : doneByOthersSpan(sentenceText, pageTitle);
  const passedUpTo = Math.max(passedOnEnd(sentenceText), callsTakenElsewhereEnd(sentenceText, pageTitle));
  const figuresUpTo = othersFiguresEnd(sentenceText, pageTitle);
  const plausible = plausibleHits(lex, text, sentence, sentenceHits);
  // 件数にかかわらず sets a count aside, and the words inside it with it (獲得 in 獲得件数の多少にかかわらず).
  const asideBy = plausible.map((h) => setAsideBy(sentenceText, h.end - sentence.start));
  const asides = plausible.filter((_, i) => asideBy[i] !== null);
  for (const [i, h] of plausible.entries()) {
    const entry = lex.entries[h.entry]!.entry;
    const category = entry.category;
    // The hit's offsets in the sentence.
    const start = h.start - sentence.start;
    const end = h.end - sentence.start;
    if (WORK.has(category) && others && start >= others.from && start < others.to) continue;
    if (WORK.has(category) && isFormerWork(sentenceText, start, end, nextText, prevText)) continue;
    if ((WORK.has(category) || category === 'quota') && start < figuresUpTo) continue;
    if (category === 'outbound' && (isAnsweringGuidance(sentenceText, start, end) || isCallbackNote(sentenceText, start, end) || isReplyToRequest(sentenceText, start, end) || arrangesOwnVisit(sentenceText, end, start))) continue;
    if (category === 'sales' && isCompanyBusiness(sentenceText, end)) continue;
    if (PHONE_WORK.has(category) && ((entry.id === SUPPORT_DESK && OFFICE_AT_DESK.test(sentenceText.slice(end, end + 12))) || start < passedUpTo || namesTeamRun(sentenceText, end, start) || namesDedicatedTeam(sentenceText, end) || namesLandmark(sentenceText, end) || namesTeamsServed(sentenceText, end) || describesColleagues(sentenceText, end, false) || isDesignedWork(sentenceText, end) || isServiceSold(sentenceText, start, end) || isCompanyBusiness(sentenceText, end) || isNotedAsRolesTask(sentenceText, end, pageTitle()) || isOutsourcedWork(sentenceText, start, end) || isSourceOfData(sentenceText, end))) continue;
    if (PHONE_WORK.has(category) && isCountedCalls(sentenceText, end)) continue;
    // オペレーターが電話で受け付けた内容を入力: others took the calls, the job works from the records.
    if ((PHONE_WORK.has(category) || category === 'callCenter') && isOthersCallRecord(sentenceText, start, end, category === 'callCenter')) continue;
    // 督促センターのSV: the collections word names the team the role runs, as a direction's word does.
    if (category === 'collections' && namesTeamRun(sentenceText, end)) continue;
    if (category === 'callCenter' && describesColleagues(sentenceText, end, true)) continue;
    // オペレーターやSVが毎日使うIT環境: the people named are those the job serves, not the job.
    if ((category === 'callCenter' || category === 'management') && namesPeopleServed(sentenceText, end)) continue;
    if (category === 'callCenter' && isOutsourcedWork(sentenceText, start, end)) continue;
    // 応対品質のモニタリング（SVが通話を聞いて評価します）: what the job is checked on, the SV's work.
    if (category === 'management' && (isNotedAsRolesTask(sentenceText, end, pageTitle()) || (entry.id === QUALITY && isMeasureOfJob(sentenceText, end)))) continue;
    // 予約はほとんどが電話とWebです: the way bookings come in, not the share of the job spent on the phone.
    if (entry.id === PHONE_SHARE && CHANNEL_OF_BEFORE.test(sentenceText.slice(Math.max(0, start - 12), start))) continue;
    // コールセンターが入るビルの清掃: the center is a tenant of the building the job looks after.
    if (entry.id === CENTER && TENANT_AFTER.test(sentenceText.slice(end, end + 12))) continue;
    // コールセンター内のバックオフィス事務: the center is where the office work is done (its 〜の事務 is in the lexicon).
    if (entry.id === CENTER && OFFICE_AT_DESK.test(sentenceText.slice(end, end + 12)) && INSIDE.test(sentenceText.slice(end, end + 3))) continue;
    if ((category === 'callCenter' || entry.id === SUPPORT_DESK) && BACK_OFFICE_OF.test(sentenceText.slice(end, end + 48))) continue;
    if (entry.id === COUNTER && PUT_THROUGH_TO.test(sentenceText.slice(end, end + 16))) continue;
    // …オペレーターがお電話を受けていますが、こちらは入力チームのお仕事: another's work, set against this job.
    if (WORK.has(category) && isSetAgainstThisJob(sentenceText, end)) continue;
    // 相談会でご紹介するお仕事にはテレアポも: openings a staffing firm offers, not the job posted.
    if (WORK.has(category) && isIntroducedJob(sentenceText, start, end)) continue;
    // アポインター12〜15名のチーム, 新人アポインターの研修: the callers a leader runs.
    if (category === 'outbound' && namesCallersLed(sentenceText, start, end)) continue;
    // 「テレアポ」と聞くと、「ノルマが厳しそう」というイメージ: what the reader pictures, not the job.
    if (isPicturedOnly(sentenceText, start)) continue;
    // 新人研修の講師, 研修テキストの改訂: training the job runs for others.
    if (category === 'training' && (isTrainingRun(sentenceText, start, end) || isTrainingPerk(sentenceText, start, end))) continue;
    // ★SV・リーダー候補も歓迎: a role the page also seeks, beside the posted job.
    if (category === 'management' && isAlsoSought(sentenceText, end)) continue;
    // お客様相談室に寄せられた声, コールセンターに届いたご意見: the desk that took them is where they arrived, not this job.
    if ((category === 'inbound' || category === 'callCenter') && ARRIVED_AT.test(sentenceText.slice(end, end + 8))) continue;
    if ((category === 'callCenter' || entry.id === SUPPORT_DESK) && (OTHER_PARTY.test(sentenceText.slice(end, end + 24)) || KIND_OF_COMPANY.test(sentenceText.slice(end, end + 8)))) continue;
    // 「発信リストを取り込みたい」といった依頼: the asker's words, not this job's work.
    if (WORK.has(category) && isInQuotedRequest(sentenceText, start, end)) continue;
    // 「ノルマなし」といった決まり文句: words the page talks about, not words it says of the job.
    if (isInQuotedWords(sentenceText, start, end)) continue;
    // 受信か発信か: which one a job is, asked; not this job's calls.
    if (PHONE_WORK.has(category) && isAskedChoice(sentenceText, start, end)) continue;
    if (category === 'collections' && isLatePayerCalling(sentenceText, end)) continue;
    if (category === 'sales' && (namesTradeOfWorkplace(sentenceText, end) || namesSellerBeside(sentenceText, start, end))) continue;
    // 稼働実績がない場合は、契約の更新についてご相談: no work at all, not results short of a bar.
    if (entry.id === DISMISSAL && isActivityLapse(sentenceText)) continue;
    // コールセンタースタッフの採用をお任せします: whom the job hires.
    if ((category === 'callCenter' || category === 'management') && namesPeopleHired(sentenceText, end)) continue;
    if (category === 'complaints' && (complaintHandedOver(sentenceText, end, nextText(), pageTitle()) || isStaffGrievance(sentenceText, start) || namesDedicatedTeam(sentenceText, end) || complaintNotHeard(sentenceText, start, end) || isComplaintRecord(sentenceText, start, end) || passesToSecondLine(sentenceText, start, end) || isComplaintToBe(sentenceText, end) || isComplaintRare(sentenceText, end) || isInsuranceClaim(sentenceText, start) || isDefinedTerm(sentenceText, start, end) || isRolePlayRun(sentenceText) || isWorryAddressed(sentenceText, end))) continue;
    if (entry.namesMatter && namesTheMatter(sentenceText, end, sentenceText.slice(start, end))) continue;
    if (category === 'management' && isConsultedOn(sentenceText, end)) continue;
    if (category === 'quota' && (isTallied(sentenceText, end) || isIncomingVolume(sentenceText, end) || isForAnotherRoleOnly(sentenceText, end, pageTitle()) || isSelfSetAim(sentenceText, end) || isFormerJobs(sentenceText, start, end, nextText, prevText) || isCustomersGoal(sentenceText, start, end) || isCompanysGoal(sentenceText, start, end) || isFedBack(sentenceText, end) || isOtherRolesTarget(sentenceText, end, pageTitle()) || isWatchedByOtherRole(sentenceText, start, end, pageTitle()) || isNotEvaluated(sentenceText, end))) continue;
    // Whose pay a word states, by the title; pay of a former job (オペレーター時代は、インセンティブを稼ぐのが楽しみでした) is not this one's.
    if (category === 'incentive' && (isAnotherRolesPay(sentenceText, start, end, pageTitle()) || isFormerJobs(sentenceText, start, end, nextText, prevText) || isCompanysPrice(sentenceText, start) || isFixedAllowanceLine(sentenceText, start))) continue;
    if ((category === 'quota' || category === 'incentive') && (isSalesUnitsTopic(sentenceText, pageTitle()) || isAnotherRolesTopic(sentenceText, start, pageTitle()))) continue;
    // The work's own words right before it say the job takes either (受信・発信を問わず対応); with words between
    // (テレアポ経験を問わず), or with the applicant named after (受信・発信を問わず経験者優遇), they speak of the applicant.
    if (category === 'beginner' && takenAlike(sentenceText, end)) {
      out.push(rawMatch(r, h, false));
      continue;
    }
    const aside = asideBy[i] ?? null;
    if (aside !== null) {
      if (aside === '' && WORK.has(category) && !setAsideOfApplicant(sentenceText, end)) out.push(rawMatch(r, h, false));
      continue;
    }
    if (asides.some((a) => a.start <= h.start && a.end >= h.end)) continue;
    // A target's label alone on its line is a topic too, and so is results pay's when the next line answers no (歩合制 ⏎
    // なし); answered otherwise, results pay's label stands, and a label of call work (受信 ⏎ 約7割) still names the work.
    const bareLabel = (category === 'quota' || category === 'incentive') && isBareLabel(sentenceText, start, end);
    const topic = isTopicOrQuestion(sentenceText, start, end) || isUnmarkedHeading(text, h.start, h.end) || (bareLabel && (category === 'quota' || answeredNo(text, sentence.end)));
    if (entry.headingOnly && (!topic || isQuestion(sentenceText))) continue;
    if (topic) {
      // A question or topic heading answered "no" on the next line states the absence, a question answered "yes"
      // (Q. 未経験でも大丈夫？ A. はい) states it; a heading of a thing postings name only to describe it (【研修】)
      // states it.
      if (answeredNo(text, sentence.end)) {
        if (entry.negatable !== false) out.push(rawMatch(r, h, true));
      } else if (isQuestion(sentenceText) ? answeredYes(text, sentence.end) : (entry.headingStates && !deniedUnder(text.slice(h.start, h.end), nextText())) || (category === 'quota' && (answeredWithFigure(text, sentence.end) || answeredPresent(text, sentence.end)))) out.push(rawMatch(r, h, false));
      continue;
    }
    if (decidableWithoutTokens(text, sentence, h)) {
      out.push(rawMatch(r, h, entry.negatable !== false && deniedInWords(text, sentence, h)));
      easy.push(h);
    } else hard.push(h);
  }
  // A hit inside a longer one that surely counts (架電 inside 架電業務) would be dropped by dropContained
  // anyway: skip tokenizing it.
  if (easy.length) {
    for (let k = hard.length - 1; k >= 0; k--) if (insideEasyHit(hard[k]!, easy)) hard.splice(k, 1);
  }
  for (const w of windows(text, hard, sentence)) {
    // Tokens relative to the sentence; the window's cut start is not a word boundary. Nor is its cut end: the last
    // token of a window that ends inside the sentence may be a word's first half (ずつ cut to ず, a negator), so it
    // is dropped; windows reach a few characters past what is read (CUT_MARGIN) for that.
    const shift = w.start - sentence.start;
    const tokens = tokenize(w).map((t) => ({ ...t, start: t.start + shift }));
    if (w.end < sentence.end && tokens.length > 1) tokens.pop();
    const bounds = tokenBoundaries(tokens);
    if (shift > 0) bounds.delete(shift);
    for (const h of hard) {
      if (h.start < w.start || h.end > w.end) continue;
      const rs = h.start - sentence.start;
      const re = h.end - sentence.start;
      // Token alignment: 受信 inside 着受信 or 営業 inside 自営業 do not count.
      if (!bounds.has(rs) || !bounds.has(re)) continue;
      const { negatable, category } = lex.entries[h.entry]!.entry;
      out.push(rawMatch(r, h, negatable !== false && (deniedInWords(text, sentence, h) || isNegatedAfter(tokens, tokenIndexAt(tokens, valueStart(text, h) - sentence.start), category === 'quota'))));
    }
  }
  return out;
}

/** A heading's thing denied by the line under it (研修・サポート ⏎ 入社後の研修期間はありません): the heading names the
 *  topic, and the line says there is none. */
const DENIAL_SOON = /^[^。]{0,12}?(?:ありません|ございません|なし|無し|設けていません|設けておりません|行っていません|行っておりません)/;
function deniedUnder(term: string, next: string): boolean {
  const at = next.indexOf(term);
  return at >= 0 && DENIAL_SOON.test(next.slice(at + term.length));
}

/** The sentence before this one on the same line, from the 。 before it (the last 80 characters before it); none when
 *  this one opens its line. */
function previousSentence(text: string, sentence: Span): string {
  const before = text.slice(Math.max(0, sentence.start - 82), sentence.start);
  if (/\n[ \t]*$/.test(before)) return '';
  const body = before.replace(/[ \t]+$/, '').replace(/[。！!]$/, '');
  return body.slice(Math.max(body.lastIndexOf('。'), body.lastIndexOf('\n')) + 1);
}

/** The sentence after this one, up to its 。 or line end (the first 80 characters of it). */
function nextSentence(text: string, sentence: Span): string {
  const rest = text.slice(sentence.end, sentence.end + 82).replace(/^\s+/, '');
  const stop = rest.search(/[。\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

// The per-hit questions below are functions of their own, not closures made anew for each sentence: matchSentence runs
// for every sentence with a hit, and making a closure costs more than asking its question.

/** One sentence being read. */
interface Reading {
  lex: CompiledLexicon;
  sentence: Span;
  sentenceText: string;
  /** The line below is a ※ note counting calls as light (see countedLightBelow). */
  lightNoteBelow: boolean;
}

/** A side task (時々, 必要に応じて) or one a role's note names. */
function isOccasionalHit({ lex, sentence, sentenceText }: Reading, h: TermHit): boolean {
  const start = h.start - sentence.start;
  const end = h.end - sentence.start;
  const category = lex.entries[h.entry]!.entry.category;
  return isOccasional(sentenceText, start, end) || (TASKS.has(category) && (isContingentTask(sentenceText, start) || isTaskNoteOfRole(sentenceText, start, end))) || (category === 'inboundOnly' && FIRST_WEEKS_BEFORE.test(sentenceText.slice(0, start)));
}

/** 受信のみ said of the first weeks (最初の2週間は受信のみ, 研修中は受信のみ, 〈最初の2週間〉受信のみ): the start of the work,
 *  not a desk that never calls out. */
const FIRST_WEEKS_BEFORE = /(?:(?:最初|はじめ|初め)の[^。、\n]{0,8}?|研修(?:期間)?中|研修の間|入社後[^。、\n]{0,8}?)(?:は[、,]?|[〉）)】>][ \t\u3000]*)$/;

/** Characters after a term that a supposition contrary to fact takes (営業だったら、きっと続いていなかった). */
const SUPPOSED_REACH = 60;

/** 訪問営業を一切やめて: the term as what was given up, decided like a negation once the hit is placed among words. So is
 *  a term denied in English before it, as pages for mixed readers write (No ノルマ！, NO ノルマ), and one asked of and
 *  answered no at once (ノルマ？ありません！). */
function deniedInWords(text: string, sentence: Span, h: TermHit): boolean {
  const at = afterTerm(text, h);
  const after = text.slice(at, Math.min(sentence.end, at + CEASED_REACH));
  return glossDenied(text, sentence, h) || isCeased(after) || isSetBelow(text.slice(h.start, h.end), after) || isSupposedOnly(text.slice(at, Math.min(sentence.end, at + SUPPOSED_REACH))) || SELF_ANSWERED_NO.test(text.slice(at, at + 16)) || ENGLISH_NO_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 6), h.start)) || (isEnglishTerm(text, h) && deniedInEnglish(text, sentence, h));
}

/** A term denied after a gloss in brackets (受信業務（お客様からのお電話を受ける業務）はありません, ノルマ（販売の目標）は
 *  ありません), and the words of the gloss with it: the brackets only say what is denied. */
const GLOSS = /^[(（][^()（）\n]{1,40}[)）]/;
const DENIED_AFTER_GLOSS = /^[ \t]*(?:は|も)?[ \t]*(?:一切|全く|まったく)?(?:ありません|ございません|なし|無し|ないです|ない(?:[。、]|$)|いたしません|しません|行いません)/;
function glossDenied(text: string, sentence: Span, h: TermHit): boolean {
  const rest = text.slice(h.end, Math.min(sentence.end, h.end + 60));
  const gloss = GLOSS.exec(rest);
  if (gloss) return DENIED_AFTER_GLOSS.test(rest.slice(gloss[0].length));
  // Inside the gloss: the bracket opens after a word, and closes before the denial.
  // Looked for within the 40 characters a gloss may span, not back through the whole text.
  const from = Math.max(sentence.start, h.start - 40);
  const window = text.slice(from, h.start);
  const open = from + Math.max(window.lastIndexOf('('), window.lastIndexOf('（'));
  if (open < from || open <= sentence.start || /[)）\n]/.test(text.slice(open, h.start)) || /[\s]/.test(text[open - 1]!)) return false;
  const tail = /^[^()（）\n]{0,40}?[)）]/.exec(text.slice(h.end, Math.min(sentence.end, h.end + 42)));
  return tail !== null && DENIED_AFTER_GLOSS.test(text.slice(h.end + tail[0].length, Math.min(sentence.end, h.end + tail[0].length + 20)));
}
/** The term asked of and answered no at once (「ノルマ？ありません！」, ノルマ？ないです！): a catch line's denial. */
const SELF_ANSWERED_NO = /^[?？][ \t\u3000]*(?:いいえ[、,]?[ \t]*)?(?:一切|全く|まったく)?(?:ありません|ございません|ないです|ないよ|なし|無し|ゼロ)/;
/** "no" as a word of its own right before the term (normalize has lower-cased it). */
const ENGLISH_NO_BEFORE = /(?<![a-z])no[ \t\u3000]?[!！・]?[ \t\u3000]?$/;

/** A term in English words (cold calls, quotas): English denies it before it, not after. */
const isEnglishTerm = (text: string, h: TermHit) => /[a-z]/.test(text[h.start]!);
/** How far back an English denial may stand before its term. */
const ENGLISH_DENIAL_REACH = 40;
/** English denies a term with a word before it, a few words away at most (There are no quotas, You will not make cold
 *  calls, You won't need to answer calls, without targets), within its clause: a comma, a colon or a dash ends one, and
 *  so does a preposition between (no change during training denies the change, not the training). */
const ENGLISH_DENIED_BEFORE = /(?:\b(?:no|not|never|without|zero)|n't)(?:[ \t]+(?!(?:during|in|for|at|of|with|from|after|before|on|by|until|about|than|per|between)\b)[a-z'-]+){0,3}[ \t]+$/;
/** …or answers its label with none (Quota: none, Sales targets - none). */
const ENGLISH_NONE_AFTER = /^[ \t]*[:：\-–][ \t]*(?:none|no|not applicable)\b/;
function deniedInEnglish(text: string, sentence: Span, h: TermHit): boolean {
  const before = text.slice(Math.max(sentence.start, h.start - ENGLISH_DENIAL_REACH), h.start);
  const clause = before.slice(Math.max(before.search(/[^,;:!?.\-–—]*$/), 0));
  return ENGLISH_DENIED_BEFORE.test(clause) || ENGLISH_NONE_AFTER.test(text.slice(h.end, Math.min(sentence.end, h.end + 20)));
}

function rawMatch(r: Reading, h: TermHit, negated: boolean): RawMatch {
  const entry = r.lex.entries[h.entry]!;
  const light = CALL_CATEGORIES.has(entry.entry.category) && (r.lightNoteBelow || countedLightAfter(r.sentenceText, h.end - r.sentence.start));
  return { entry, start: h.start, end: h.end, polarity: negated ? 'negated' : 'present', sentence: r.sentence, occasional: isOccasionalHit(r, h), light, ...(h.notes ? { notes: h.notes } : {}) };
}

/** A hit inside a longer easy one (and not inside the notes that one spans). */
function insideEasyHit(h: TermHit, easy: TermHit[]): boolean {
  return easy.some((e) => e !== h && e.start <= h.start && e.end >= h.end && e.end - e.start > h.end - h.start && !inNotes(h, e.notes));
}

/** Characters after a hit that its window must hold: negation's reach where a negator may follow, else a few. */
function readAfter(text: string, sentence: Span, h: TermHit): number {
  return negatorMayFollow(text, sentence, h) ? negationReach(text, sentence, h) - h.end : WINDOW_AFTER_SHORT;
}

/** Whether offset i falls between the halves of a surrogate pair. */
function insidePair(text: string, i: number): boolean {
  return i > 0 && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
}

function windows(text: string, hits: TermHit[], s: Span): Span[] {
  const out: Span[] = [];
  for (const x of hits) {
    let start = Math.max(s.start, x.start - WINDOW_BEFORE);
    let end = Math.min(s.end, x.end + readAfter(text, s, x) + CUT_MARGIN);
    // Never cut a surrogate pair: a window starts and ends between characters.
    if (insidePair(text, start) && start > s.start) start--;
    if (insidePair(text, end) && end < s.end) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Whether a hit lies inside one of the notes a longer hit spans: then it is not part of that hit's words. */
function inNotes(h: { start: number; end: number }, notes: { start: number; end: number }[] | undefined): boolean {
  return !!notes && notes.some((n) => h.start >= n.start && h.end <= n.end);
}

/**
 * Drops matches that lie inside a longer match (発信 inside 受発信, 成果 inside 成果報酬), whatever their
 * sensitivity level, so that flags at a lower sensitivity stay a subset of those at a higher one.
 * Same span twice: the user's keyword wins over the built-in entry, otherwise the first entry.
 */
export function dropContained(matches: RawMatch[]): RawMatch[] {
  const sorted = [...matches].sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(b.entry.user) - Number(a.entry.user) || a.entry.index - b.entry.index,
  );
  const kept: RawMatch[] = [];
  // Sorted by start, so a match is inside an earlier one exactly when it ends no later than the furthest end;
  // a match inside the note that one spans (受信（発信なし）業務) is its own.
  let reach = -1;
  let notes: RawMatch['notes'];
  for (const m of sorted) {
    if (m.end <= reach && !inNotes(m, notes)) continue;
    // The same entry's words that overlap its last match and reach one character on, the る of a verb's plain form
    // (折り返しのお電話をかけ, then お電話をかける, in 折り返しのお電話をかける), are one mention: the stem's match counts.
    const last = kept[kept.length - 1];
    if (last && last.entry === m.entry && m.start < last.end && m.end === last.end + 1) continue;
    kept.push(m);
    if (m.end > reach) {
      reach = m.end;
      notes = m.notes;
    }
  }
  return kept;
}
