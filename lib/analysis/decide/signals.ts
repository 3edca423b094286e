// Signals beside the job type: incentive pay, complaints, collections, technical support, training, beginners,
// required experience.
import type { Category, Flag, JobType, Signals } from '../../core/types';
import { SIGNAL_MIN_WEIGHT, STRONG_SIGNAL_MIN_WEIGHT } from './constants';
import { evidenceIn } from './evidence';
import { wordsBefore, wordsOf } from './flag-words';

/** Which category states each signal and how much weight it needs. */
export const SIGNAL_RULES: Record<keyof Signals, { category: Category; min: number }> = {
  incentive: { category: 'incentive', min: SIGNAL_MIN_WEIGHT },
  complaints: { category: 'complaints', min: SIGNAL_MIN_WEIGHT },
  collections: { category: 'collections', min: STRONG_SIGNAL_MIN_WEIGHT },
  techSupport: { category: 'techSupport', min: STRONG_SIGNAL_MIN_WEIGHT },
  manualTraining: { category: 'training', min: SIGNAL_MIN_WEIGHT },
  beginnerOk: { category: 'beginner', min: SIGNAL_MIN_WEIGHT },
  experienceRequired: { category: 'experience', min: SIGNAL_MIN_WEIGHT },
};

/** Words that narrow a welcome to one part of the experience (業界未経験歓迎, リーダー経験は問いません, トレーナー未経験の方も):
 *  the industry or a role above the work, not the work itself. */
const SCOPE_BEFORE = /(?:業界|業種|役職|リーダー|sv|トレーナー|講師|管理職|マネジメント|マネージャー|指導)(?:での|の)?(?:ご)?(?:は|も)?$/i;
/** Knowledge of the goods or the trade waived (商品の知識は入社後に覚えればOK, 専門用語を知らなくても大丈夫): beside
 *  experience the page requires, what is learnt on the job, not the job's experience. */
const KNOWLEDGE_BEFORE = /(?:知識|用語|名前|商品名)(?:は|が|も|を|など)?[、,]?$/;
/** How many characters before the words are looked through for the scope. */
const SCOPE_REACH = 8;
/** The `n` characters before a flag's words in its sentence, blanks dropped; null where its words are not found. */
const nearBefore = (f: Flag, n = SCOPE_REACH): string | null => wordsBefore(f, n)?.replace(/\s+/g, '') ?? null;
/** A welcome narrowed to the industry, to a role above the work or to knowledge learnt on the job: beside experience
 *  the page requires (実務経験1年以上（役職経験は問いません）, 営業経験1年以上（業界未経験歓迎）, CS経験半年以上（商品の知識は入社後に覚えればOK）)
 *  it welcomes no beginner. */
function narrowedWelcome(f: Flag): boolean {
  const near = nearBefore(f);
  if (near === null) return false;
  return SCOPE_BEFORE.test(near) || KNOWLEDGE_BEFORE.test(near) || /^(?:業界|業種)/.test(wordsOf(f));
}

/** Experience of working life in general (社会人経験1年以上, 就業経験): asked of anyone who has held a job, it leaves a welcome
 *  of beginners to the work standing. Work at a named place (コールセンターでの勤務経験) is the trade's. */
const WORKING_LIFE = /社会人|(?<!で|での)(?:就業|就労|職務|勤務)経験|職歴/;
/** The page requires experience of a trade or a role (営業経験3年以上, コールセンター経験6ヶ月以上, SV経験が必須), not only of
 *  working life; a licence or a certificate required (資格が必要です) is no experience. */
function requiresTradeExperience(flags: readonly Flag[]): boolean {
  return flags.some((f) => {
    if (f.category !== 'experience' || f.polarity !== 'present') return false;
    const near = (wordsBefore(f, 12) ?? '') + wordsOf(f);
    return near.includes('経験') && !WORKING_LIFE.test(near);
  });
}
/** A welcome that names one kind of experience it waives (督促のご経験は不要です, 予約業務の経験は問いません, テレアポ経験は不問):
 *  beside the trade experience the page requires, it waives that kind only, and welcomes no beginner. */
const NAMES_A_KIND = /[一-龯々ァ-ヶーA-Za-zＡ-Ｚａ-ｚ）)」』](?:での|の|で)?(?:ご)?(?:は|も|が)?$/;
function welcomesOneKind(f: Flag): boolean {
  const near = nearBefore(f);
  return near !== null && NAMES_A_KIND.test(near);
}

/** Results pay and a welcome of beginners are terms of this job: the company profile (事業内容：成果報酬型の営業代行) and the
 *  employer's other openings listed there (受注オペレーター（未経験OK）　時給1,250円) never state them. */
const READ_ON_PAGE: ReadonlySet<keyof Signals> = new Set(['incentive', 'beginnerOk']);

/** Words that tell only how a customer speaks (強い口調で言われることも, 感情的になられる方も): where the job calls people
 *  who did not ask for the call (sales, appointments, payment reminders), a harsh answer is the called person's
 *  refusal, part of calling out, not complaints brought to the company that the job handles. So where the job
 *  collects what is owed, by phone or at the door (玄関先で声を荒らげる方も): the debtor's answer. Where customers
 *  call in, or meet the job at a counter, the same words are complaints taken. */
const TONE_ONLY = new Set(['complaints.tone']);
const CALLS_THE_UNASKING: ReadonlySet<JobType> = new Set(['outbound']);
/** Whether a flag speaks for complaints in a job of this type, `collects` when the job collects payments (true for
 *  flags of other categories). */
export const countsForComplaints = (f: Flag, jobType: JobType, collects: boolean): boolean =>
  !(TONE_ONLY.has(f.id) && (CALLS_THE_UNASKING.has(jobType) || collects));

/** Training the job gives others (新人オペレーターのOJT, 後輩への指導): beside a page that denies the job's own onboarding
 *  (研修なし・即戦力の方を求めています), it is the job's work, not training it gets. */
const OTHERS_TAUGHT_BEFORE = /(?:新人|後輩|新入社員|オペレーター|スタッフ|メンバー|部下|後進)(?:さん|たち)?(?:の|への|に対する|向けの?)$/;
const teachesOthers = (f: Flag) => f.category === 'training' && OTHERS_TAUGHT_BEFORE.test(nearBefore(f, SCOPE_REACH + 4) ?? '');

export function decideSignals(flags: readonly Flag[], jobType: JobType): Signals {
  const all = evidenceIn(flags, 'all');
  const collects = all.present.collections >= SIGNAL_RULES.collections.min;
  // Read once more only where some words are set aside (a harsh answer at a job that calls out or collects).
  const counted = flags.filter((f) => countsForComplaints(f, jobType, collects));
  const { present } = counted.length === flags.length ? all : evidenceIn(counted, 'all');
  const onPage = evidenceIn(flags, 'page').present;
  const out = {} as Signals;
  for (const [signal, rule] of Object.entries(SIGNAL_RULES) as [keyof Signals, (typeof SIGNAL_RULES)[keyof Signals]][]) {
    out[signal] = (READ_ON_PAGE.has(signal) ? onPage : present)[rule.category] >= rule.min;
  }
  // Beside required experience, a narrowed welcome is left out of the welcome's weight, read where the signal is.
  if (out.beginnerOk && out.experienceRequired) {
    const open = requiresTradeExperience(flags) ? flags.filter((f) => !(f.category === 'beginner' && (narrowedWelcome(f) || welcomesOneKind(f)))) : flags;
    out.beginnerOk = evidenceIn(open, 'page').present.beginner >= SIGNAL_RULES.beginnerOk.min;
  }
  if (out.manualTraining && flags.some((f) => f.category === 'training' && f.polarity === 'negated')) {
    out.manualTraining = evidenceIn(flags.filter((f) => !teachesOthers(f)), 'all').present.training >= SIGNAL_RULES.manualTraining.min;
  }
  return out;
}
