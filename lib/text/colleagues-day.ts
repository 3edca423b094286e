// A day in the life of someone the job works beside, set out under a heading that says so (＜同じフロアで働くオペレーターの
// 1日（参考）＞, ＜一緒に働く営業担当の1日（参考）＞, ■オペレーターの1日（参考：SVがサポートするメンバーの働き方）): its 受電開始 and
// 確認のお電話 are that colleague's work, not the posted job's, as another position's fields are. A day told as the
// job's own (■SVの1日 on an SV posting, ●センターの1日（例）) is read as the job.
import { blockEndAfter, markElsewhere, titleIn, type Section } from './sections';

/** A heading line: a mark or bracket first, and a day of someone's in it. */
const DAY_HEADING = /^[ \t]*[<＜《〈【■◆●▼□◇○◎][^\n]{0,40}?([^\s<＜《〈【■◆●▼□◇○◎、。]{2,12})の(?:1|一)日[^\n]*$/gm;
/** …said to be a colleague's: someone who works beside the job, or a day shown for reference. */
const COLLEAGUE = /(?:同じ[^\s、。]{0,8}?で|一緒に|隣で|となりで|ともに)働く|\((?:参考|ご参考)|がサポートする/;

export function withColleaguesDay(text: string, sections: Section[]): Section[] {
  const title = titleIn(text, sections);
  let out = sections;
  DAY_HEADING.lastIndex = 0;
  for (let m = DAY_HEADING.exec(text); m; m = DAY_HEADING.exec(text)) {
    const role = m[1]!.replace(/^.*(?:働く|で)/, '');
    if (!COLLEAGUE.test(m[0]) || (role.length >= 2 && title.includes(role))) continue;
    out = markElsewhere(out, m.index, blockEndAfter(text, sections, m.index, m.index + m[0].length));
  }
  return out;
}
