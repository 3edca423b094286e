// Summed flag weights by category, for one scope of the posting. The job is read from where postings state it
// (the title and 仕事内容) before the rest of the page; the company profile never says what this job is.
import type { Category, Flag, SectionKind } from '../../core/types';

export type Scope = 'title' | 'role' | 'page';

const IN_SCOPE: Record<Scope, ReadonlySet<SectionKind>> = {
  title: new Set(['title']),
  role: new Set(['title', 'job']),
  page: new Set(['title', 'job', 'requirements', 'pay', 'conditions', 'other']),
};

export interface Evidence {
  present: Readonly<Record<Category, number>>;
  negated: Readonly<Record<Category, number>>;
  /** Collections said in a sentence that speaks of phones (お電話で督促): phone work even on a page with no
   *  other phone words. */
  collectionsByPhone: number;
  /** How many call-center words (コールセンター, オペレーター) stand in scope. */
  markerMentions: number;
  /** Sales words that name the people who sell (営業担当, 営業スタッフ): beside a title that names other work,
   *  they are the colleagues the job works with, not the job. */
  salesStaff: number;
  /** Call-center words that name the work, leaving out those that modify the noun after them (コンタクトセンターの
   *  ネットワーク: the place or client of the work). */
  centerAsWork: number;
}

const SALES_STAFF = 'sales.staff';

const NAMES_THE_JOB = /^[\s【■◆●・[(（]*(?:募集)?職種/;
const PHONE_WORDS = /電話|コール|架電|受電|発信|tel|オペレーター/i;

const zero = (): Record<Category, number> =>
  new Proxy({} as Record<Category, number>, { get: (t, k) => (t as Record<string | symbol, number>)[k] ?? 0 });

export function evidenceIn(flags: readonly Flag[], scope: Scope | 'all'): Evidence {
  const present = zero();
  const negated = zero();
  let collectionsByPhone = 0;
  let markerMentions = 0;
  let salesStaff = 0;
  let centerAsWork = 0;
  for (const f of flags) {
    if (scope !== 'all' && !IN_SCOPE[scope].has(f.section)) continue;
    const bucket = f.polarity === 'present' ? present : negated;
    bucket[f.category] += f.weight;
    // A call-center word that names the job (in the title or on the 職種 line) says it all at once.
    if (f.category === 'callCenter' && f.polarity === 'present') markerMentions += f.section === 'title' || NAMES_THE_JOB.test(f.sentence) ? 2 : 1;
    if (f.category === 'collections' && f.polarity === 'present' && PHONE_WORDS.test(f.sentence)) collectionsByPhone += f.weight;
    if (f.id === SALES_STAFF && f.polarity === 'present') salesStaff += f.weight;
    if (f.category === 'callCenter' && f.polarity === 'present' && !namesWhere(f)) centerAsWork += f.weight;
  }
  return { present, negated, collectionsByPhone, markerMentions, salesStaff, centerAsWork };
}

/** A word that modifies the noun after it (コンタクトセンターの…). */
function namesWhere(f: Flag): boolean {
  const at = f.sentence.indexOf(f.text);
  return at >= 0 && f.sentence[at + f.text.length] === 'の';
}

/** Indexes of the flags of a category and polarity: the evidence a reason points to. */
export function flagIndexes(flags: readonly Flag[], category: Category, polarity: Flag['polarity'] = 'present'): number[] {
  return flags.flatMap((f, i) => (f.category === category && f.polarity === polarity ? [i] : []));
}
