// Finds the section each part of a posting belongs to, from its headings (【仕事内容】, ■給与, 会社概要：…).
import type { SectionKind } from '../core/types';

// Heading labels, longest first inside each kind is not needed: the regex below anchors on whole labels.
const LABELS: Record<Exclude<SectionKind, 'title'>, string[]> = {
  // Headings that end the section before them but say nothing of their own (FAQ, interviews).
  other: ['よくある質問', 'よくあるご質問', 'faq', 'q&a', 'スタッフの声', '先輩の声', '社員の声', 'メッセージ', '応募後の流れ', 'その他'],
  job: [
    '仕事内容', 'お仕事内容', '業務内容', '職務内容', '仕事の内容', '具体的な仕事内容', '具体的な業務内容', 'お仕事について',
    '募集職種', '職種', '募集内容', '担当業務', '主な業務', '業務詳細', '仕事の特徴', 'お任せする業務', 'この仕事について',
    '募集背景', '職場の雰囲気', 'お仕事のポイント', '仕事のやりがい', '1日の流れ', '一日の流れ', '研修について', '研修制度',
  ],
  requirements: ['応募資格', '応募条件', '求める人材', '対象となる方', '必須スキル', '歓迎スキル', '求める経験', '必要な経験', '資格', 'こんな方を歓迎', '歓迎条件'],
  pay: ['給与', '給料', '給与体系', '賃金', '報酬', '時給', '月給', '年収', '想定年収', '昇給・賞与', '賞与', '収入例', '給与詳細'],
  conditions: [
    '勤務時間', '勤務地', '勤務先', 'アクセス', '休日', '休日休暇', '休日・休暇', '待遇', '福利厚生', '待遇・福利厚生', '雇用形態',
    '勤務期間', '勤務日数', 'シフト', '契約期間', '試用期間', '応募方法', '選考プロセス', '選考方法', '加入保険', '受動喫煙対策',
  ],
  company: [
    '会社概要', '企業概要', '会社情報', '企業情報', '事業内容', '会社名', '企業名', '代表者', '設立', '資本金', '従業員数', '所在地',
    '本社所在地', '事業所', '企業の特徴', '会社の特徴', '企業PR', '会社紹介', '私たちについて', '沿革', 'ホームページ', '売上高',
  ],
};

interface LabelInfo { kind: SectionKind; label: string }
const labelMap = new Map<string, LabelInfo>();
for (const [kind, labels] of Object.entries(LABELS)) for (const l of labels) labelMap.set(l.toLowerCase(), { kind: kind as SectionKind, label: l });
const labelAlternation = [...labelMap.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

// A heading is a line that starts with an optional bullet or bracket, then a label, then ends, or goes on
// after a closing bracket or a colon ("給与：時給1,200円" starts the pay section on that same line).
const HEADING = new RegExp(
  `^[ \\t]*(?:[■□◆◇●○★☆▼▽▶►◎・*#\\-]+[ \\t]*)?[【\\[(〔<]?[ \\t]*(${labelAlternation})[ \\t]*(?:[】\\])〕>][ \\t]*(?:[:：][ \\t]*)?|[:：][ \\t]*|[ \\t]*$)`,
  'gm',
);

export interface Section {
  kind: SectionKind;
  /** Offsets in the normalized text: the section runs from its heading to the next heading. */
  start: number;
  end: number;
  label: string;
}

/** Splits normalized text into sections. The first line is the title; text before any heading is 'other'. */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  const firstBreak = text.indexOf('\n');
  const titleEnd = firstBreak === -1 ? text.length : firstBreak;
  sections.push({ kind: 'title', start: 0, end: titleEnd, label: '' });
  let current: Section = { kind: 'other', start: titleEnd, end: text.length, label: '' };
  sections.push(current);
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    if (m[0].length === 0) { HEADING.lastIndex++; continue; }
    if (m.index < titleEnd) continue;
    const info = labelMap.get(m[1]!)!;
    current.end = m.index;
    current = { kind: info.kind, start: m.index, end: text.length, label: info.label };
    sections.push(current);
  }
  return sections.filter((s) => s.end > s.start || s.kind === 'title');
}

/** The section a normalized offset falls in: the last section starting at or before it (sections are sorted). */
export function sectionAt(sections: Section[], offset: number): SectionKind {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sections[lo]?.kind ?? 'other';
}

/** Weight of a word by where it stands. */
export const SECTION_WEIGHT: Record<SectionKind, number> = {
  title: 1.5,
  job: 1.2,
  requirements: 0.7,
  pay: 1,
  conditions: 0.8,
  company: 0.25,
  other: 1,
};

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
