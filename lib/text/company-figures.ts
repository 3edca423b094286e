// A recruit page's block of the company's figures (■ 数字で見る〇〇 ⏎ ・年間契約件数：約3.8万件 ⏎ ・営業職の平均インセンティブ：
// 月4.2万円 ⏎ ・契約上の応答率目標：90％以上): what the company reaches and pays across its staff, as its profile says,
// not this job's targets or pay.
import { blockEndAfter, markElsewhere, type Section } from './sections';

/** The block's heading, alone on its line, with the company's name or a note after it (数字で見るミナトリンク, データで知る
 *  当社, 【数字で見る職場】). */
const FIGURES_HEADING = /^[ \t]*[■◆●▼□◇○◎★☆【<＜《〈]*[ \t]*(?:数字|データ|数値)で(?:見る|みる|知る|しる|わかる|分かる)[^\n。]{0,24}$/gm;

/** …unless the heading names the job's own workplace (数字で見るセンター, データで見る職場): its figures (応答率の目標 90％以上) are
 *  the job's. */
const OWN_WORKPLACE = /で(?:見る|みる|知る|しる|わかる|分かる)[ \t]*(?:この|当|私たちの)?(?:センター|職場|チーム|お仕事|仕事|部署|店舗|フロア|窓口)/;

export function withCompanyFigures(text: string, sections: Section[]): Section[] {
  let out = sections;
  FIGURES_HEADING.lastIndex = 0;
  for (let m = FIGURES_HEADING.exec(text); m; m = FIGURES_HEADING.exec(text)) {
    if (OWN_WORKPLACE.test(m[0])) continue;
    out = markElsewhere(out, m.index, blockEndAfter(text, sections, m.index, m.index + m[0].length));
  }
  return out;
}
