// Is there a quota? Stated (ノルマ, 目標件数, and the implicit kinds: a minimum call count, a contract ended for
// results, contracted service levels, a guideline count of visits or stores), negated (ノルマなし) or absent. A stated euphemism beats ノルマなし.
import type { Flag, QuotaStatus } from '../../core/types';
import { QUOTA_MIN_WEIGHT } from './constants';
import { sentenceOf } from './flag-words';

/** Lexicon entries that are quota-like pressure without the word: they get their own reason text. */
export const IMPLICIT_QUOTA_ENTRIES: ReadonlySet<string> = new Set(['quota.service-level', 'quota.minimum-calls', 'quota.minimum-count', 'quota.call-guideline', 'quota.floor-line', 'quota.work-guideline', 'quota.dismissal', 'quota.continuation', 'quota.results-bar']);

export interface QuotaDecision {
  quota: QuotaStatus;
  /** 「ノルマなし」 stated next to targets under other words. */
  euphemismDespiteNegation: boolean;
  /** Every stated quota flag is of the implicit kinds. */
  implicitOnly: boolean;
  /** Every stated quota is a target the team, shop or center holds together (チームの目標件数, 店舗の売上目標). */
  collectiveOnly: boolean;
  /** No quota is stated, and targets are denied without the word ノルマ (件数の目標はありません, 数字に追われることは
   *  ありません): the pressure is denied all the same, but the posting has not said ノルマなし. */
  targetsDenied: boolean;
}

/** Targets a posting states: these may be held by a team rather than by each person. A ノルマ, a minimum count or
 *  a contract ended for results falls on the person whoever else shares it. */
const TARGET_ENTRIES: ReadonlySet<string> = new Set(['quota.targets', 'quota.targets-exist', 'quota.goal-phrase', 'quota.named-goal', 'quota.numbers', 'quota.count-evaluation', 'quota.count-judged', 'quota.judged-guideline', 'quota.weak']);
/** Who holds the target: a team, a shop, an office or the center as a whole (チームで目標件数を共有, 店舗の売上目標,
 *  センター全体で月間の目標). */
const COLLECTIVE = /チーム|店舗|店全体|センター全体|全体で|全体の|部署|営業所|支店|拠点|グループ|事業所|部門|課の|課で/;
/** …unless the sentence also sets one for each person (個人目標, 個人にも, 1人あたり, 1人2件, 各自, お一人ずつ). */
const PERSONAL = /個人目標|個人の目標|個人ごと|個人にも|個人単位|個人予算|個人別|お一人|一人ひとり|ひとりひとり|(?:1|一)(?:人|名)(?:あたり|当たり|につき)?[ \t]*\d|1人あたり|一人あたり|1人当たり|1名あたり|各自|それぞれの目標/;
/** …said to be asked of no one (お一人ずつに数字を求めることはありません): that denies a personal target, it sets none. */
const DENIED_AFTER = /^[^。、,]{0,24}?(?:ことはありません|ことはない|はありません|はない|ありません|しません)/;
const setsPersonal = (sentence: string): boolean => {
  const m = PERSONAL.exec(sentence);
  return m !== null && !DENIED_AFTER.test(sentence.slice(m.index + m[0].length));
};
const collective = (f: Flag) => TARGET_ENTRIES.has(f.id) && COLLECTIVE.test(sentenceOf(f)) && !setsPersonal(sentenceOf(f));

/** A guideline (1日100件が目安, 1日40軒の目安) is softer than a target: beside an explicit ノルマなし the page has
 *  said what it is, while a target (目標件数) beside ノルマなし is the euphemism. */
export const GUIDELINE_ENTRIES: ReadonlySet<string> = new Set(['quota.call-guideline', 'quota.work-guideline']);

const GUIDELINE_ONLY = /目安/;
/** Words that bind a count of quota.minimum-calls: a floor or target (以上, 最低, 目標), or calls and visits the worker makes. */
const BINDING = /以上|最低|必須|ノルマ|目標|求め|クリア|達成|下回|コール|発信|架電|かけ|お電話して|電話して|アポ|訪問/;
/** A floor: with no 目安 said, a guideline entry's count of calls is a minimum. */
const FLOOR = /以上|最低|下回/;
/** A guideline, which beside ノルマなし leaves the denial standing: a guideline entry's count, unless it is asked as a
 *  floor without the word 目安 (1日80件以上の架電をお願いしています; 100件以上が目安 stays a guideline), and the usual pace
 *  of calls that come in (1時間に4～6件が目安の流れです), unless the sentence binds it (30コールを目安にお電話). */
function isGuideline(f: Flag): boolean {
  const sentence = sentenceOf(f);
  const saysGuideline = GUIDELINE_ONLY.test(sentence);
  if (GUIDELINE_ENTRIES.has(f.id)) return saysGuideline || !FLOOR.test(sentence);
  return f.id === 'quota.minimum-calls' && saysGuideline && !BINDING.test(sentence);
}

/** Goals the company profile states are the company's (2030年に売上高100億円を目標に): a quota falls on a job. */
const COMPANY_GOALS: ReadonlySet<string> = new Set(['quota.goal-phrase', 'quota.named-goal', 'quota.weak']);

/** …and so are goals counted in 億円 or held by the whole company wherever the page says them (今期は売上45億円を目標に,
 *  全社で売上高の目標を掲げ): no one person's number is that large. */
const COMPANY_SCALE = /\d[\d,.]*\s*億|全社|会社全体|グループ全体|グループ全社/;
/** …and so are the results the company profile reports as reached (売上目標を3期連続で達成しました, 高い獲得率を維持し
 *  ています): what the company has done, not what the job is asked to do. */
const REACHED = /達成しました|達成してきました|達成し続け|連続(?:で)?達成|達成を続け|を維持しています|を維持してきました|を誇ります|を誇っています/;
const companyGoal = (f: Flag) =>
  (COMPANY_GOALS.has(f.id) && (f.section === 'company' || COMPANY_SCALE.test(sentenceOf(f)))) || (f.section === 'company' && REACHED.test(sentenceOf(f)));

/** 件数で評価することはありません says how the work is judged, not that it has no quota (ノルマなし): it denies
 *  none. It does say a count named beside it (目安は1日40件ほど) puts no pressure on anyone. */
const COUNT_EVALUATION = 'quota.count-evaluation';
/** Denials that deny no quota: how results are judged (件数で評価することはありません) or shown (成績を貼り出すことは
 *  していません) says nothing of whether there are targets. */
const DENIES_NO_QUOTA: ReadonlySet<string> = new Set([COUNT_EVALUATION, 'quota.count-judged', 'quota.posted-results']);

/** ノルマなし is what a posting must say for "no quota" (the label's definition: an explicit ノルマなし /
 *  ノルマはありません, and in English: no quotas); a denial of targets in other words (件数の目標は設けていません) denies the
 *  pressure without saying it. */
const QUOTA_WORDS = new Set(['quota.norma', 'quota.english-quota']);

/** Results compared, not asked for: a ranking, results posted or the best rewarded, with no target, floor or figure
 *  to reach in the sentence. */
const COMPARED = /ランキング|順位|貼り出|張り出|掲示|表彰/;
const ASKED = /目標|ノルマ|以上|最低|必須|目指|求め|クリア|達成/;
const comparedOnly = (f: Flag) => COMPARED.test(sentenceOf(f)) && !ASKED.test(sentenceOf(f));

/** The company profile describing what a department of the company does (コールセンター事業部では、獲得件数目標を設けた
 *  発信業務を行っています; グループのお客様センターでは応答率の目標を設け; 今期は営業部の売上目標を前年比110％と掲げ): the
 *  department's targets, not this job's, unless they are set for each person in it (営業部では、毎月の件数目標を一人
 *  ひとり決めています). */
const DEPARTMENT_TOPIC = /(?:センター|事業部|部門|部署|拠点|営業所|支店|営業部)(?:では|は|の(?=[^。、]{0,8}目標))/;
const departmentsWork = (f: Flag) => f.section === 'company' && DEPARTMENT_TOPIC.test(sentenceOf(f)) && !setsPersonal(sentenceOf(f));

export function decideQuota(flags: readonly Flag[]): QuotaDecision {
  const countsNotJudged = flags.some((f) => f.id === COUNT_EVALUATION && f.polarity === 'negated');
  const present = flags.filter(
    (f) => f.category === 'quota' && f.polarity === 'present' && !companyGoal(f) && !departmentsWork(f) && !(countsNotJudged && GUIDELINE_ENTRIES.has(f.id)),
  );
  const denials = flags.filter((f) => f.category === 'quota' && f.polarity === 'negated' && !DENIES_NO_QUOTA.has(f.id));
  const denied = denials.length > 0;
  const noQuota = denials.some((f) => QUOTA_WORDS.has(f.id));
  const unstated = (): QuotaDecision => ({ quota: noQuota ? 'negated' : 'absent', euphemismDespiteNegation: false, implicitOnly: false, collectiveOnly: false, targetsDenied: denied && !noQuota });
  const weight = present.reduce((a, f) => a + f.weight, 0);
  if (denied && present.length && present.every(isGuideline)) return unstated();
  // ノルマなし beside a goal the team, shop or company holds (個人ノルマはありませんが、チームで月間の契約件数の目標を立てて
  // います) is a stated target all the same: the label's definition counts any target that appears, and a team's number
  // presses on each member. (Until stop 80 a team goal with no figure and no daily tracking left the denial standing; on
  // the untouched halves that reading lost 25 items of quota and won 10.)
  // ノルマなし beside results only compared (毎月の獲得数ランキングを貼り出しています, 成績上位者を表彰): a ranking sets no
  // number anyone must reach, and the page has said there is no quota.
  if (noQuota && present.length && present.every(comparedOnly)) return unstated();
  if (weight >= QUOTA_MIN_WEIGHT) {
    return {
      quota: 'stated',
      euphemismDespiteNegation: denied,
      implicitOnly: present.every((f) => IMPLICIT_QUOTA_ENTRIES.has(f.id)),
      collectiveOnly: present.every(collective),
      targetsDenied: false,
    };
  }
  return unstated();
}
