// A recruit page that tours the company's departments (■営業部 … ■配送部 … ■お客様センター …) and then sets out the
// 募集要項 of one of them: what the other departments' paragraphs say (部として月間の新規契約目標, 飛び込み営業) is
// their work, not the posted job's, as another position's fields are (sections.ts withLaterRoles).
import { markElsewhere, type Section } from './sections';

/** A department's name as a heading of its own line (◆ 営業部, ■お客様センター, 【総務課】, ◆ 物流センター（埼玉県）: a note
 *  of where it is may follow), or with no mark (a page that styles its headings: 営業部 ⏎ 新築住宅のオーナー様に…). */
const DEPARTMENT_HEADING = /^[ \t]*((?:[■◆●▼□◇○▽▶◎]+[ \t]*|【[ \t]*)?)([^\s。、，,:：()（）【】「」『』■◆●]{1,18}?(?:部|課|室|センター|チーム|グループ|係))[ \t]*(?:[(（][^()（）\n]{1,16}[)）][ \t]*)?】?[ \t]*$/gm;
/** A paragraph under a heading: the line under an unmarked department's name states something; a list of names
 *  (配属先 ⏎ 営業部 ⏎ 総務部) is no tour. */
const PARAGRAPH_LINE = /^[ \t]*[^\n]{0,200}[。！!]|^[ \t]*[^\n]{24,}/;
/** How much after an unmarked name is read for that paragraph. */
const PARAGRAPH_PEEK = 300;
/** A tour sets out three departments or more; two headings may be a posting's own teams. */
const MIN_DEPARTMENTS = 3;
/** A rule line (━━━━, ――――) closes the tour before the 募集要項. */
const RULE_LINE = /^[ \t]*[━―─=＝\-]{6,}[ \t]*$/m;

interface Department {
  name: string;
  start: number;
  end: number;
}

function departments(text: string, sections: readonly Section[]): Department[] {
  const found: Department[] = [];
  DEPARTMENT_HEADING.lastIndex = 0;
  for (let m = DEPARTMENT_HEADING.exec(text); m; m = DEPARTMENT_HEADING.exec(text)) {
    const after = m.index + m[0].length;
    if (!m[1] && !PARAGRAPH_LINE.test(text.slice(after, after + PARAGRAPH_PEEK).replace(/^\s+/, ''))) continue;
    found.push({ name: m[2]!, start: m.index, end: text.length });
  }
  for (const [i, d] of found.entries()) {
    const next = found[i + 1]?.start ?? text.length;
    // The paragraph ends at the next department, the next heading the page's sections know (募集要項, 先輩の声), or a rule.
    const heading = sections.find((s) => s.start > d.start && s.label !== '')?.start ?? text.length;
    const rule = RULE_LINE.exec(text.slice(d.start + 1));
    d.end = Math.min(next, heading, rule ? d.start + 1 + rule.index : text.length);
  }
  return found;
}

/** The department the posting names outside the tour and the company profile (■ 募集要項（修理受付センター スタッフ）,
 *  職種：お客様センター …, 上記「お客様センター」の電話受付, 勤務地：本社 修理受付センター) more often than any other: a
 *  department named once beside it (応募先：総務部・中川) is whom to write to, not the job. */
function postedDepartment(text: string, tour: readonly Department[], sections: readonly Section[]): string | null {
  const blanks = [...tour, ...sections.filter((s) => s.kind === 'company')];
  const outside = blanks.reduce((t, b) => t.slice(0, b.start) + ' '.repeat(b.end - b.start) + t.slice(b.end), text);
  const counts = [...new Set(tour.map((d) => d.name))]
    .map((name) => ({ name, n: outside.split(name).length - 1 }))
    .sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 && counts[0]!.n > (counts[1]?.n ?? 0) ? counts[0]!.name : null;
}

/** The sections with every other department's paragraph marked as another job's ('elsewhere'), when the page tours
 *  three departments or more and its posting names one of them. */
export function withOtherDepartments(text: string, sections: Section[]): Section[] {
  const tour = departments(text, sections);
  if (new Set(tour.map((d) => d.name)).size < MIN_DEPARTMENTS) return sections;
  const posted = postedDepartment(text, tour, sections);
  if (!posted) return sections;
  let out = sections;
  for (const d of tour) if (d.name !== posted && d.end > d.start) out = markElsewhere(out, d.start, d.end);
  return out;
}
