// The decision layer's numbers, each with the reason it has the value it has. Changing one changes verdicts:
// run `npm run eval` (both halves) before and after.

/** Summed weight a job type needs before it is called: one strong term in 仕事内容 (3 × 1.2) reaches it, a bare
 *  ambiguous word (営業, 発信: weight 2) under a neutral heading does not. */
export const TYPE_THRESHOLD = 2.4;

/** Both directions count as 受発信 when the weaker has at least this share of TYPE_THRESHOLD… */
export const MIXED_MIN_SHARE = 0.6;
/** …and at least this ratio to the stronger: one passing 発信 in an inbound posting is not mixed work. */
export const MIXED_MIN_RATIO = 0.4;

/** Calls to set up sales meetings are phone work: outbound wins over sales when it has this share of it. */
export const OUTBOUND_OVER_SALES = 0.7;

/** Technical support is answering questions: it leans inbound at half its weight. */
export const TECH_SUPPORT_AS_INBOUND = 0.5;
/** Collection calls are placed by the operator: they lean outbound. */
export const COLLECTIONS_AS_OUTBOUND = 0.8;

/** A management role (SV, センター長) needs this share of the phone evidence to be the job itself. */
export const MANAGEMENT_OVER_PHONE = 0.6;
/** Office or other work must outweigh the chosen type (plus call-center words) by this factor to be the job. */
export const OFFICE_OVER_CHOSEN = 1.1;

/** When the title names office or other work, phone or sales words in the duties make the job only at this
 *  many times the threshold: two passing mentions of the phone do not, a described phone job does. */
export const TITLE_OTHER_WORK_UNLESS = 2;

/** Management words that, with call-center words, make a role over operators. */
export const MANAGEMENT_OVER_OPERATORS = 1.5;
/** Call-center words alone (no direction) must be this many times the threshold to make a call-center job. */
export const MARKERS_ALONE = 1.5;
/** …and be said more than once: one オペレーター in a recruiter's or a factory's posting is not a call center. */
export const MARKERS_ALONE_MENTIONS = 2;
/** Office words may be at most this share of the call-center evidence when a center with no stated direction
 *  is read as inbound (the common case). */
export const OFFICE_UNDER_MARKERS = 0.5;

/** Quota words (目標件数, ボーダー …) with at least this weight state a quota; high-sensitivity cues (目標 ×1)
 *  under a low-weight heading stay below it. */
export const QUOTA_MIN_WEIGHT = 0.5;

/** Signals: summed weight that makes them stated. Collections and technical support need a clearer statement
 *  (they change the levels more). */
export const SIGNAL_MIN_WEIGHT = 0.5;
export const STRONG_SIGNAL_MIN_WEIGHT = 0.8;

/** A verdict below this confidence is shown as tentative (「〜の可能性」) and never as a firm call. */
export const FIRM_CONFIDENCE = 0.7;
