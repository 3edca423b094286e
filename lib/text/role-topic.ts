// Whose words a sentence speaks: one whose topic is a role the title does not name, or the role the title serves,
// tells that role's terms; pay withheld from the title's role or set against its fixed pay is another role's. Read by
// the analyzer's quota and results-pay words and by the pay reader alike.
import { titleNamesRole } from './title-names-role';

/** A title that names some job (事務, 営業, 〇〇スタッフ, 販売員): a title that names none (スタッフ大募集, 正社員募集) says
 *  nothing of which role on the page is this one. */
export const TITLE_NAMES_A_JOB = /スーパーバイザー|(?<![a-z])sv(?![a-z])|センター長|トレーナー|職|(?<!アルバイト|パート|正社員)[\u30a0-\u30ff\u4e00-\u9fff]{2}スタッフ|事務|係|担当|オペレーター|ドライバー|営業|販売|受付|アシスタント|エンジニア|マネージャー|リーダー|講師|看護|介護|保育|調理|警備|清掃|[^会]員(?!募集)/;

/** A sentence whose topic is a role the title does not name (A. EC営業は法人のお取引先を担当する職種で、売上の目標と
 *  インセンティブがあります; テレアポのお仕事には1日のアポイント目標があります): the targets and pay it names are that
 *  role's (乗務員は歩合給です under 配車係). The role word is one of selling, calling out, driving or delivering (paid by
 *  the fare or the drop) or running others, as the page's other openings are. */
const ROLE_TOPIC = /^(?:[ \t]*a[ \t]*[.:)][ \t]*)?[^。、\n]{0,12}?(営業|セールス|テレアポ|アポインター|アウトバウンド|販売|スーパーバイザー|sv|マネージャー|店長|ドライバー|乗務員|配達)([^。、\n]{0,8}?)(?:のお仕事|の仕事|の職種|職)?(?:には|では|は)[、,]?/i;
/** Names a salesperson takes in a title besides 営業職, 営業スタッフ (営業マン募集, セールスレディ). */
const PERSON_SUFFIX = /^(?:マン(?!ション)|パーソン|レディ|ウーマン)/;
/** Whether the title names the topic's role as the job: the role as a word of its own (営業スタッフ, 法人営業（正社員）),
 *  or the topic's whole noun (営業事務は… under 営業事務); not the role inside a longer name (営業 in 営業事務, 販売 in
 *  販売促進), which is another job. */
function titleNamesTopic(title: string, role: string, rest: string): boolean {
  const t = title.toLowerCase();
  if (titleNamesRole(t, role) || (rest !== '' && t.includes(role + rest))) return true;
  const at = t.indexOf(role);
  return at >= 0 && PERSON_SUFFIX.test(t.slice(at + role.length));
}
/** A denial in the sentence (営業職ですが、ノルマはありません) is read as the page's word on the job: left as it is. Only
 *  the clause that holds the word counts: a denial turned to after が、(営業担当には売上目標がありますが、営業事務に
 *  ノルマはありません) speaks of another role than the topic's. */
const DENIAL = /ノルマ|ありません|ございません|なし|無し|ない[。、]|ません/;
const CLAUSE_TURN = /(?:が|けど|けれど|けれども)[、,]/;
export function isAnotherRolesTopic(sentenceText: string, start: number, title: string): boolean {
  const turn = CLAUSE_TURN.exec(sentenceText.slice(start));
  if (DENIAL.test(turn === null ? sentenceText : sentenceText.slice(0, start + turn.index))) return false;
  const m = ROLE_TOPIC.exec(sentenceText);
  if (m !== null && m.index + m[0].length <= start && TITLE_NAMES_A_JOB.test(title) && !titleNamesTopic(title, m[1]!.toLowerCase(), m[2]!.toLowerCase())) return true;
  return isServedRolesTopic(sentenceText, start, title);
}

/** The people a title names the job as serving (新人オペレーターの育成担当, 店舗スタッフの採用担当, 営業チームのサポート):
 *  whom the job works for, not the job. */
const SERVED_IN_TITLE = /([\u30a0-\u30ff\u4e00-\u9fff]{2,10})の(?:育成|指導|教育|管理|採用|サポート|支援|フォロー)(?:担当|係|スタッフ|リーダー|責任者|業務)?(?=$|[)）/／|｜\s])/;
/** The role's own word in such a name: its katakana tail (オペレーター in 新人オペレーター), or the whole name. */
const KATAKANA_TAIL = /[\u30a0-\u30ff]{3,}$/;
/** A sentence whose topic is the role the title serves (センターのオペレーターには、…処理件数や後処理時間の目標があります,
 *  under 研修トレーナー（新人オペレーターの育成担当）): the targets and pay it names are theirs. */
function isServedRolesTopic(sentenceText: string, start: number, title: string): boolean {
  const served = SERVED_IN_TITLE.exec(title);
  if (served === null) return false;
  const role = KATAKANA_TAIL.exec(served[1]!)?.[0] ?? served[1]!;
  const at = sentenceText.indexOf(role);
  if (at < 0 || at > SERVED_TOPIC_REACH) return false;
  const topic = /^(?:の方|の皆さん|さん|たち)?(?:には|では|は)[、,]?/.exec(sentenceText.slice(at + role.length));
  return topic !== null && at + role.length + topic[0].length <= start;
}
/** How far into its sentence the served role's topic may start (センターの, 現場の before it). */
const SERVED_TOPIC_REACH = 12;

/** Pay said of one role and then withheld from another (オペレーターの方にはインセンティブがありますが、SVのポジションには
 *  支給されません): where the title names the role it is withheld from, the pay is not this job's. */
const WITHHELD_AFTER = /^[^。\n]{0,40}?(?:が|けど|けれど|けれども)[、,][ \t]*([^。、\n]{1,16}?)(?:のポジション|の方|の皆さん)?(?:には|では|は)[^。\n]{0,12}?(?:支給されません|支給しません|支給はありません|ありません|ございません|対象外|付きません|つきません|出ません)/;
export function isWithheldFromTitleRole(textAfterTerm: string, title: string): boolean {
  const m = WITHHELD_AFTER.exec(textAfterTerm);
  return m !== null && titleNamesRole(title, m[1]!.trim());
}

/** Roles named as the topic right before a results-pay word: 営業職は, 乗務員には, 販売スタッフには, 正社員のみ. */
const ANOTHER_ROLE_BEFORE = /(?:職|員|スタッフ|担当者?|社員|ドライバー|営業)(?:の方|さん)?(?:は|には|のみ|だけ)$/;
/** …and then, after が or けど, this job's pay said to be fixed: 〜ですが、本求人は事務職のため固定給です, 〜がありますが、受付
 *  スタッフは時給制です. */
const FIXED_PAY_AFTER = /^[^。\n]{0,16}?(?:が|けど|けれど|けれども)、[^。\n]{0,30}?(?:固定給|固定の給与|固定給与|時給制|日給制|月給制|時給のみ)/;
/** Results pay said of another role against this job's fixed pay (乗務員には歩合給がありますが、受付スタッフは時給制です):
 *  `before` and `after` are the words on either side of the pay word in its sentence. */
export const isSetAgainstFixedPay = (before: string, after: string): boolean => ANOTHER_ROLE_BEFORE.test(before) && FIXED_PAY_AFTER.test(after);
