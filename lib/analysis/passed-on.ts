// Calls this job only passes on to the person who handles them are that person's work, not this job's.
import { titleNamesRole } from '../text/title-names-role';

/** Verbs of putting a call through to someone (おつなぎします, お回しください, 転送, お取り次ぎ). */
export const PUT_THROUGH_VERB = '(?:お?回し|転送|お?つな|お?取り?次)';

/**
 * Calls the job only passes on to a person who handles them: お電話でのお問い合わせは、担当の係へおつなぎします,
 * 入塾のお問い合わせのお電話は教室長に引き継いでください. The receiver is a person or their post, not a department: a
 * switchboard that puts calls through to 各部署 answers them. Only calls here: complaints handed to a person are
 * read by complaintHandedOver below.
 */
const PASSED_ON = new RegExp(`(?:は|については)[、,]?[^。、]{0,20}?(?:担当の(?:係|方|者|スタッフ)|担当者|担当スタッフ|係|教室長|店長|院長|所長|上司|社員|責任者|専門スタッフ)(?:の方|さん|様)?(?:へ|に)(?:${PUT_THROUGH_VERB}|引き継|引継)`);

/** Where a statement that the calls are passed on to someone ends in the sentence (calls before it are theirs), or -1. */
export function passedOnEnd(sentenceText: string): number {
  const m = PASSED_ON.exec(sentenceText);
  return m ? m.index + m[0].length : -1;
}

/**
 * Complaints the job hands over as soon as they come: ご不満の声をいただいた場合は、すぐにリーダーが代わって対応します,
 * クレームは隣の席のSVが代わります, ご不満が出やすい場面はリーダーに交代できます. The complaint is the topic (は, 場合は),
 * and the next words give it to a person at once (すぐに…引き継ぐ) or have the person take over (代わる, 交代,
 * リーダーが引き継ぐ, 店長がお話を伺います, 教室長が対応します, 店長・副店長が行います, 社員がお客様とお話しします,
 * 派遣元責任者がお受けします, 担当者がシステムに記録しています) or the call put through
 * to them (担当の社員へお回しください, SVにエスカレーション, 上長へ転送) or them called to it (保留にしてSVを呼んで
 * ください); merely passed up (クレームは責任者に引き継ぎます), it was heard first. Said as something the job meets first (ご不満をいただくこともありますが、難しい
 * 案件はリーダーが引き継ぎます; まずはあなたが対応します), or recorded before it is passed (苦情は記録して、担当係へ), the job
 * hears the complaint itself; so too where only a hard case is handed over (クレームで解決が難しい場合は). A post may
 * carry its gloss (SV（スーパーバイザー）に引き継ぎます).
 */
const PERSON_NAME = '(?:上の(?:人|者|方)|担当の(?:者|方)|ベテラン(?:スタッフ|社員)?|担当営業|営業担当者?|リーダー|社員|sv|スーパーバイザー|上司|上席|上長|責任者|先輩|担当者|管理者|副?店長|主任|センター長|教室長|事務局長|室長|係長|課長|部長|所長|支店長|工場長|施設長|院長|支配人|マネージャー|女将|店主|オーナー)(?:さん|の方)?(?:\\([^()\\n]{1,16}\\))?';
/** One person or two joined (店長・副店長が, 窓口リーダーまたは担当営業が), or the post with its holder's name (センター長の佐伯が). */
const PEOPLE = `${PERSON_NAME}(?:(?:[・と]|または|もしくは|か)${PERSON_NAME}|の[\u4e00-\u9fff\u30a0-\u30ff]{1,4}(?:さん)?)?`;
const PERSON = `${PERSON_NAME}(?:が|に|へ)[^。、]{0,8}?`;
/** The call itself put through to the person (担当の社員へお回しください, SVにエスカレーションしてください): the job does not
 *  hear it out, as with 代わります. */
const PUT_THROUGH = `(?:${PUT_THROUGH_VERB}|エスカレーション)`;
// The person taking it over as the actor (ご不満の強いお電話はリーダーが引き継ぎます) is one who takes the call, as 代わります
// says; passed up to them (…は責任者に引き継ぎます), it was heard first.
// A team or desk (or another company: 各物件の管理会社, the maker; a post named by its work: 各店舗のサービス担当) the call is
// put through or handed to (「料金相談デスク」へおつなぎください, 料金窓口へ転送します, 苦情は、お客様相談室へ引き継ぎます,
// its name glossed: 専用の窓口（お客様相談室）へ), or that takes it up
// itself (解約へのご不満は会員管理課が後日ご連絡します, クレームは翌日に本社のお客様窓口から折り返しご連絡します, ご不満は
// お客様サービスセンターが専門にお受けします), or takes
// it in (苦情・ご意見は本社管理部の「お客様窓口」で承り), or that a heading sends it to (＜クレームは専任チームへ＞): it hears
// the complaint, not the job.
const TEAM = '(?:「[^」\\n]{1,16}」|[^\\s。、「」]{0,12}(?:チーム|部署|部門|窓口|デスク|ダイヤル|センター|係|課|(?<=[^\\sご])担当|[^\\s本全各]部|[^\\s当]室|[^\\s当本]会社|業者|メーカー))(?:\\([^()\\n]{1,12}\\))?';
const HANDED_OVER = new RegExp(`^([^。]*?(?:は|場合は|ときは|時は|際は|たら))[、,]?[ \\t]*(?:(?:すぐ(?:に)?|直ちに|その場で)[^。、]{0,14}?${PERSON}(?:代わ|替わ|交代|引き継|引継|バトンタッチ|お任せ)|[^。、]{0,14}?${PERSON}(?:代わ|替わ|交代|バトンタッチ|お任せ|${PUT_THROUGH})|[^。、]{0,14}?${PERSON_NAME}を呼[びぶべん]|[^。、]{0,14}?${TEAM}(?:へ|に)[ \\t]*(?:(?:お?電話|通話)を[ \\t]*)?(?:${PUT_THROUGH}|引き継|引継)|[^。、]{0,14}?${TEAM}(?:様|さん)?(?:が|から)[^。、]{0,8}?(?:対応|お電話|ご連絡|折り返|引き取|引き継|担当|お受け|受け付け|承|窓口(?:と|に)な|(?:お話を)?(?:伺|うかが|お聞き))|[^。、]{0,14}?${TEAM}(?:で|にて)[^。、]{0,8}?(?:承|受け付け|受付け|お受け|対応(?:し|いたし))|[^。、]{0,14}?${TEAM}へ[ \\t]*[＞>】〉』)）]?[ \\t]*$|[^。、]{0,14}?${PEOPLE}が[^。、]{0,8}?(?:引き継|引継|引き取|対応(?:し|いたし)|行い|行います|お受け|受け付け|お話し|記録し|(?:お話を)?(?:伺|うかが|お聞き)))`);
// Met first, or handed over only under a further condition (クレームで解決が難しい場合は): the job hears it.
// The kind of call named by what it brings (お叱りを受けるような電話は二次窓口の社員が引き取ります) is not met first. Received as
// the condition of the handover (お叱りを受けた場合は、係長が引き継ぎます) is only when it comes, as いただいた場合は is.
// The first line of them (クレームの一次対応（迷ったときはリーダーに交代できます）) is met first by its name.
const MET_FIRST = /こともあ|ことがあ|まず|最初に|はじめに|対応し|お受けし|うかがい|伺い|お聞きし|一次(?:対応|応対|受付|窓口)|受け(?:て|る(?!ような|よう?な|そうな)|ます)|受けた(?!(?:場合|とき|時|際))|記録|(?:難しい|できない|おさまらない|収まらない|長引く|長引いた|困った)(?:場合|とき|時|際|ケース)|難しければ|困ったら|長引いたら/;

/**
 * Every such complaint taken over, said of them all with a word that points back (そういうときは係長が代わって対応します,
 * その場合は「担当の者に代わります」とお伝えして…): whatever the job heard first (…こともありますが), the person takes the
 * call, in the same sentence or as the next one's opening.
 */
const TAKEN_OVER_ALL = new RegExp(`(?:そういう|そのような|そんな|こうした|こういう|その)(?:場合|とき|時|際)(?:は|には)[、,]?[ \\t]*「?(?:すぐ(?:に)?|直ちに)?[^。、「」]{0,6}?${PERSON}(?:代わ|替わ|交代|バトンタッチ)`);
const TAKEN_OVER_NEXT = new RegExp(`^[ \\t]*${TAKEN_OVER_ALL.source}`);

/** Handed on with the job's own part in it denied, in the sentence or the next (ご不満の声は記録して担当窓口に引き継ぎます
 *  （こちらでお詫びや説明をする必要はありません）; ご不満の声は記録してディーラーへお渡しします。その場でお詫びや説明をすることは
 *  ありません。) or said to be all it does: taken down, but not heard out, whatever it was met by first. */
const HANDOVER_VERB = /引き継|引継|お?つな|お?回し|転送|エスカレ|お?渡し(?:します|いたします|ています)/;
const OWN_PART_DENIED = /(?:お詫び|謝罪|説明|対応|回答|お答え)[^。]{0,8}?必要は(?:一切)?(?:ありません|ございません|ない)/;
/** …the next sentence opening with it (その場でお詫びや説明をすることはありません): an apology or an explanation the job does not
 *  give; a reassurance of another kind (ひとりで対応することはありません) says nothing of the complaint. */
const OWN_PART_DENIED_NEXT = /^[ \t]*(?:その場で|こちらで|こちらから|ご自身で|あなたが)?[、,]?(?:お詫び|謝罪|説明|回答|お答え)[^。]{0,8}?(?:必要|こと)は(?:一切)?(?:ありません|ございません|ない)/;
/** …or the handover said to be all the job does (管理担当へ引き継ぐのみです, 担当部署にお取り次ぎするだけです). */
const HANDOVER_ONLY = new RegExp(`(?:引き継|引継|${PUT_THROUGH_VERB})[ぎぐい]?(?:する|いたす)?(?:のみ|だけ)(?:です|となります|になります|で[、,])`);

/** The desk for them said to be another (ご意見・苦情の窓口は別部署にあり, クレームの受付は専用の部署です), or this job said
 *  not to take them (苦情は…この仕事では受けません, クレーム対応は本求人では行いません): someone else hears them first. */
const DESK_ELSEWHERE = /^[^。、]{0,4}?(?:の)?(?:窓口|受付|担当|対応)は[、,]?[ \t]*(?:別|他|ほか|専用|専門|専任)の?[^。、]{0,8}?(?:部署|部門|チーム|窓口|会社|センター|課|室)/;
const NOT_THIS_JOBS = /^[^。]{0,40}?(?:この|本|当)(?:お)?(?:仕事|求人|ポジション|職種|業務)(?:で|に|の担当)?は[、,]?[ \t]*(?:一切|全く|まったく)?[ \t]*(?:お?受け(?:付け)?(?:ません|しません)|扱いません|対応(?:し|いたし)ません|担当しません|行いません)/;

/** Their handling named as another role's work (クレーム対応はSVの仕事なので, 苦情の対応は店長の役目です, クレームの二次対応も
 *  SVの役目です): that role takes them, unless the title names it (a 店長 posting's 店長の役目 is its own). */
const ROLES_WORK = new RegExp(`^[^。、]{0,4}?(?:の)?(?:対応|応対|処理|窓口|受付)?(?:は|も|については)[、,]?[ \\t]*(${PERSON_NAME})(?:の|が担う|が行う)(?:お?仕事|役目|役割|担当|業務|持ち場)`);
/** …or a role named by its trade that takes them (ご家族からのお問い合わせや苦情は生活相談員が対応します, 苦情は看護師が
 *  折り返しご連絡します), unless the title names it. */
const TRADE_TAKES_IT = /^([^。、]{0,24}?(?:は|については))[、,]?[ \t]*((?![社職]員)[\u4e00-\u9fff\u30a0-\u30ff]{1,6}?(?:員|士|師))(?:の方|さん)?が[^。、]{0,8}?(?:対応|担当|お受け|受け|行い|行います|引き受け|折り返)/;
/** The desk for them named as a team (クレームの窓口はカスタマーサポート部門です, 苦情の受付はお客様相談室となります): another
 *  team's desk, unless it is this job's own (こちらの窓口, the desk the title names). */
const DESK_NAMED = new RegExp(`^[^。、]{0,4}?(?:の)?(?:窓口|受付)は[、,]?[ \\t]*(?!当|本|こちら|私|我|われ|この)(${TEAM})(?:様)?(?:です|となります|になります|が(?:担当|担い|受け|対応))`);
function deskNamedElsewhere(after: string, title: string): boolean {
  const desk = DESK_NAMED.exec(after);
  // The desk's own last words (お客様相談室) in the title make it the job's.
  return desk !== null && !title.includes(desk[1]!.replace(/^[^\u30a0-\u30ff\u4e00-\u9fff]+/, '').slice(-6));
}

/** Whether the words after a complaint (`after`) give it to a role the title does not name. */
function takenByRole(after: string, title: string): boolean {
  const roles = ROLES_WORK.exec(after);
  if (roles) return !titleNamesRole(title.toLowerCase(), roles[1]!.replace(/(?:さん|の方)$/, ''));
  // Met first and handed on only later (ご不満を伺うこともありますが、…は相談員が対応します) stays the job's.
  const trade = TRADE_TAKES_IT.exec(after);
  return trade !== null && !MET_FIRST.test(trade[1]!) && !titleNamesRole(title.toLowerCase(), trade[2]!);
}

/** `next`: the sentence after the complaint's, where its handover may be said; `title`: the posting's, which may name
 *  the role said to take them. */
export function complaintHandedOver(sentenceText: string, hitEnd: number, next = '', title = ''): boolean {
  const after = sentenceText.slice(hitEnd);
  if (DESK_ELSEWHERE.test(after) || NOT_THIS_JOBS.test(after) || deskNamedElsewhere(after, title)) return true;
  if (TAKEN_OVER_ALL.test(after) || TAKEN_OVER_NEXT.test(next) || (HANDOVER_VERB.test(after) && (OWN_PART_DENIED.test(after) || OWN_PART_DENIED_NEXT.test(next))) || HANDOVER_ONLY.test(after)) return true;
  const m = HANDED_OVER.exec(after);
  return (!!m && !MET_FIRST.test(m[1]!)) || takenByRole(after, title);
}

/**
 * Complaints the job meets only at second hand, said so in the same sentence: クレーム応対の録音も聞きますが、ご自身が
 * お客様と話すことはありません; 苦情対応の研修で講師を務めますが、お電話に出ることはありません. After the complaint, a
 * clause turned by が says the job never speaks with the caller: the complaint is someone else's call. Said before
 * it (お客様と話すことはありませんが、クレームのメールには返信します), the job still answers it.
 */
const NOT_HEARD_AFTER = /(?:が|けれど|けど)[、,]?[^。]{0,30}?(?:話す|お話しする|お話する|お話をする|電話に出る|通話する|応対する|やり取りする|やりとりする)ことは(?:一切|全く|まったく|基本的に)?(?:ありません|ございません|ない)/;

/** A recording that holds the complaint (ご不満の声が入った通話録音を聴いて, クレーム対応の録音を使って, お客様のご不満を
 *  受け止める場面の録音も含まれます): the job hears it played back, as a reviewer or a trainer does. */
const IN_A_RECORDING = /^(?:の声)?(?:(?:が|の)(?:入った|含まれた|含まれる)|(?:対応|応対)?の)(?:通話)?録音|^[^。、]{0,14}?(?:場面|やりとり|やり取り|様子|会話|通話)の(?:通話)?録音/;
/** …or the calls themselves named as what the job listens to (クレームになった通話の録音を聞く, クレームの通話も含まれますが、
 *  評価のために聞くのみです; お叱りの通話を聞いて採点): a reviewer or a transcriber hears them, no one complains to it. */
const CALLS_LISTENED_TO = /^(?:になった|の)通話(?:の録音|録音|を(?:聞|聴)|も含まれ[^。]{0,30}?(?:聞|聴))/;

/** …or named, before it, as what a recording holds (録音の中にはお客様からのクレームを受けている通話もありますが、…評価する
 *  立場です). */
const IN_A_RECORDING_BEFORE = /(?:通話)?録音(?:データ)?(?:の中|の中に|に|を聞く[^。、]{0,6}?)(?:は|も)?[^。]{0,24}$/;

/** Whether the complaint from `hitStart` to `hitEnd` is one the job only meets at second hand. */
export function complaintNotHeard(sentenceText: string, hitStart: number, hitEnd: number): boolean {
  const after = sentenceText.slice(hitEnd);
  return NOT_HEARD_AFTER.test(after) || IN_A_RECORDING.test(after) || CALLS_LISTENED_TO.test(after) || IN_A_RECORDING_BEFORE.test(sentenceText.slice(Math.max(0, hitStart - 40), hitStart));
}

/**
 * The second line named as where the job sends what it cannot settle (解決できない案件は二次対応チームへエスカレーション,
 * 二次対応（社員）に引き継ぎます, 二次対応チーム（英語）へのエスカレーション, 二次対応チーム（機器担当）へ上げます): the term
 * is the receiver, another team's work, and the job only passes cases on. Named as the job's post (二次対応チームに配属),
 * it is the job's.
 */
const SECOND_LINE = '二次対応';
const AS_RECEIVER = /^[^。、\n(]{0,10}?(?:\([^()\n]{1,16}\))?(?:へ|に)(?:の)?[ \t]*(?:エスカレーション|エスカレ|引き継|引継|お?つな|繋|お?回|転送|上げ)/;
export function passesToSecondLine(sentenceText: string, start: number, end: number): boolean {
  return sentenceText.slice(start, end) === SECOND_LINE && AS_RECEIVER.test(sentenceText.slice(end, end + 30));
}
