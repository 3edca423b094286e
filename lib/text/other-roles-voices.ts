// Staff interviews of people in other roles (■SV 村瀬（入社6年目） ⏎ 「センター全体の応答率を…」, ◆保守営業 野口さん（正社員・
// 入社4年目）, 「…売上目標を追っていました…」（予約センター 主任）): what they tell of their day, their targets and their pay
// is their role's, not the posted job's, as another position's fields are. A voice of the posted role (■受付スタッフ
// 佐藤さん（入社2年目） on a 受付スタッフ posting) is read as the job, and so is the hiring side's (人事部 採用担当), which
// speaks for the posting.
import { titleNamesRole } from './title-names-role';
import { blockEndAfter, markElsewhere, titleIn, type Section } from './sections';

/** A speaker's line: a mark, the role, the name (さん optional) and a note of their years or way in, alone on the line.
 *  Not a name in two words (営業 村上 大地さん): tried, it lost an untouched item of quota on eval-blind-162. */
const SPEAKER = /^[ \t]*(?:[■◆●▼□◇○◎・]|「)?[ \t]*([^\s()「」『』。、:：]{2,14}?)[ \t]+[^\s()「」『』。、:：]{1,8}?(?:さん)?[ \t]*\([^()\n]{0,24}?(?:入社|年目|中途|新卒)[^()\n]{0,24}\)[ \t]*」?[ \t]*$/gm;
/** …or with the note of their years between the role and the name, not in brackets of its own (営業部 入社5年目
 *  T.Kさん, ◆SV 中途入社3年目 森さん), the whole line in 【】 or not (【法人営業部　入社4年目　Kさん】). */
const SPEAKER_NOTE_BETWEEN = /^[ \t]*(?:[■◆●▼□◇○◎・]|【)?[ \t]*([^\s()「」『』。、:：【】]{2,14}?)[ \t]+[^\s()「」『』。、:：【】]{0,6}?(?:入社|年目|中途|新卒)[^\s()「」『』。、:：【】]{0,8}[ \t]+[^\s()「」『』。、:：【】]{1,10}?(?:さん|氏)?[ \t]*】?[ \t]*$/gm;
/** …or, under a heading of staff voices (社員の声, 先輩の声, スタッフインタビュー, 働く仲間の声), a line of the role and a name with さん,
 *  and maybe a note of who they are in brackets (【法人営業部　入社4年目　Kさん】, ○テレマーケティング部門　Wさん,
 *  「アウトバウンド部門　Gさん（30代）」): the heading says whose words follow. A line in 「」 or 【】 is one speaker's
 *  name line, as a mark before it is. */
const VOICES_HEADING = /^[ \t]*[■◆●▼□◇○◎★【<＜《〈]*[ \t]*(?:社員|スタッフ|先輩|職員|メンバー|先輩社員|先輩スタッフ|仲間|働く仲間)(?:の声|インタビュー)/m;
const SPEAKER_UNDER_VOICES = /^[ \t]*(?:[■◆●▼□◇○◎・][ \t]*|[【「〈<][ \t]*)([^\s()「」『』。、:：【】〈〉<>][^\n()「」『』。、:：【】〈〉<>]{1,24}?)[ \t]+[^\s()「」『』。、:：【】〈〉<>]{1,8}?さん[ \t]*(?:\([^()\n]{1,24}\))?[ \t]*[】」〉>]?[ \t]*$/gm;
/** …or a role and their years, with no name (● オペレーター（アルバイト）　勤続2年, ▽ 法人営業（正社員）　入社3年目,
 *  ＜EC営業部　法人チーム　入社4年目＞). */
const ROLE_YEARS_UNDER_VOICES = /^[ \t]*(?:[■◆●▼▽▲△□◇○◎★☆・][ \t]*|[【「〈<][ \t]*)([^\s()「」『』。、:：【】〈〉<>][^\n()「」『』。、:：【】〈〉<>]{1,24}?)[ \t]*(?:\([^()\n]{1,12}\))?[ \t]+(?:入社|勤続|中途入社|新卒入社)[^\s()「」『』。、:：【】]{0,6}?年目?[ \t]*[】」〉>]?[ \t]*$/gm;
/** A heading of voices that says they come from other jobs (スタッフの声（別のお仕事で活躍中の方）): the whole block is
 *  theirs. */
const OTHER_JOBS_VOICES = /^[^\n]{0,24}?(?:の声|インタビュー)[ \t]*\([^()\n]{0,16}?(?:別の|他の|ほかの)(?:お?仕事|職種|案件|部署|現場)[^()\n]{0,16}\)[ \t]*$/gm;
/** A quote with its speaker's role after it, alone on the line (「…」（予約センター 主任）). */
const QUOTE_THEN_ROLE = /^[ \t]*「[^\n]*」[ \t]*\(([^()\n]{2,30})\)[ \t]*$/gm;
/** A role's word: a person's name alone (高橋 りょう（入社3年目）) or a year (2年目) names no role. */
const ROLE_WORD = /sv|スーパーバイザー|リーダー|マネージャー|マネジャー|オペレーター|コミュニケーター|スタッフ|担当|営業|セールス|サポート|コンサルタント|アドバイザー|トレーナー|エンジニア|ドライバー|事務|主任|部|課|室|センター|チーム|長|職|員/;
/** The hiring side, which speaks for the posting (ノルマや販売目標はありません（人事部 採用担当）). */
const HIRING_SIDE = /人事|採用/;
/** …and the head of the workplace, whose quote under the posting tells the applicant what the job will be (「販売ノルマは
 *  ありませんし、最初の3日間は私か先輩が教えます。」（店長・宮本）): the one who hires, not a colleague in another role. */
const HEAD_OF_WORKPLACE = /店長|院長|所長|社長|代表|施設長|園長|支配人|オーナー|工場長|事務長|センター長|教室長/;

/** Whether a speaker's role is another role than the posted one. `role` may hold a place and a post (予約センター 主任):
 *  the last word that names a role is the post. */
function isOtherRole(title: string, role: string): boolean {
  const post = role.split(/[ \t・/、]+/).filter((w) => ROLE_WORD.test(w)).pop();
  if (post === undefined || HIRING_SIDE.test(role)) return false;
  // A department names its work (営業部 for a ルート営業 posting): the posted role may be that work.
  const work = post.replace(/(?:部|課|室|チーム|グループ)$/, '');
  return !titleNamesRole(title, post) && !(work.length >= 2 && titleNamesRole(title, work));
}

export function withOtherRolesVoices(text: string, sections: Section[]): Section[] {
  const voices = VOICES_HEADING.exec(text);
  const underVoices = voices ? [...text.matchAll(SPEAKER_UNDER_VOICES), ...text.matchAll(ROLE_YEARS_UNDER_VOICES)].filter((m) => m.index > voices.index) : [];
  // One speaker per line: a line two forms read (【SV 入社4年目 Aさん】) is one voice.
  const speakers = [...text.matchAll(SPEAKER), ...text.matchAll(SPEAKER_NOTE_BETWEEN), ...underVoices]
    .sort((a, b) => a.index - b.index)
    .filter((m, i, all) => i === 0 || all[i - 1]!.index !== m.index);
  const quotes = [...text.matchAll(QUOTE_THEN_ROLE)];
  const othersBlocks = [...text.matchAll(OTHER_JOBS_VOICES)];
  if (!speakers.length && !quotes.length && !othersBlocks.length) return sections;
  const title = titleIn(text, sections);
  let out = sections;
  for (const [k, m] of speakers.entries()) {
    if (!isOtherRole(title, m[1]!)) continue;
    // A voice ends where a heading, a section or the next speaker's line begins.
    const nextSpeaker = speakers[k + 1]?.index ?? text.length;
    out = markElsewhere(out, m.index, Math.min(blockEndAfter(text, sections, m.index, m.index + m[0].length), nextSpeaker));
  }
  for (const m of quotes) if (isOtherRole(title, m[1]!) && !HEAD_OF_WORKPLACE.test(m[1]!)) out = markElsewhere(out, m.index, m.index + m[0].length);
  for (const m of othersBlocks) out = markElsewhere(out, m.index, blockEndAfter(text, sections, m.index, m.index + m[0].length));
  return out;
}
