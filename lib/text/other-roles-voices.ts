// Staff interviews of people in other roles (■SV 村瀬（入社6年目） ⏎ 「センター全体の応答率を…」, ◆保守営業 野口さん（正社員・
// 入社4年目）): what they tell of their day, their targets and their pay is their role's, not the posted job's, as another
// position's fields are. A voice of the posted role (■受付スタッフ 佐藤さん（入社2年目） on a 受付スタッフ posting) is
// read as the job.
import { titleNamesRole } from './title-names-role';
import { markElsewhere, titleIn, type Section } from './sections';

/** A speaker's line: a mark, the role, the name (さん optional) and a note of their years or way in, alone on the line. */
const SPEAKER = /^[ \t]*[■◆●▼□◇○◎・]?[ \t]*([^\s()「」『』。、:：]{2,14}?)[ \t]+[^\s()「」『』。、:：]{1,8}?(?:さん)?[ \t]*\([^()\n]{0,24}?(?:入社|年目|中途|新卒)[^()\n]{0,24}\)[ \t]*$/gm;
/** A role's word in the speaker's first words: a person's name alone (高橋 りょう（入社3年目）) names no role. */
const ROLE_WORD = /sv|スーパーバイザー|リーダー|マネージャー|マネジャー|オペレーター|コミュニケーター|スタッフ|担当|営業|セールス|サポート|コンサルタント|アドバイザー|トレーナー|エンジニア|ドライバー|事務|部|課|室|センター|チーム|長|職|員/;
/** The end of a voice: the next marked or bracketed line, or the next speaker's. */
const NEXT_HEADING = /\n[ \t]*[<＜《〈【■◆●▼□◇○◎]/g;

export function withOtherRolesVoices(text: string, sections: Section[]): Section[] {
  const speakers = [...text.matchAll(SPEAKER)];
  if (!speakers.length) return sections;
  const title = titleIn(text, sections);
  let out = sections;
  for (const [k, m] of speakers.entries()) {
    if (!ROLE_WORD.test(m[1]!) || titleNamesRole(title, m[1]!)) continue;
    NEXT_HEADING.lastIndex = m.index + m[0].length;
    const next = NEXT_HEADING.exec(text);
    const nextSpeaker = speakers[k + 1]?.index ?? text.length;
    const sectionStart = sections.find((s) => s.start > m.index)?.start ?? text.length;
    out = markElsewhere(out, m.index, Math.min(next ? next.index + 1 : text.length, nextSpeaker, sectionStart));
  }
  return out;
}
