// Does a title name a role as a word of its own? Both the analyzer (work given to 査定担当, 配車担当) and the pay reader
// (インセンティブは営業職のみ) ask it of a role some sentence names, to tell this job's role from another's.

/** What may follow a role word where the title names it as the job (営業スタッフ, 配車担当, 受付係, 営業職, 販売員, 店長募集, 店長候補, a
 *  title ending in it, or a separator: 営業／事務, 受付（平日）, 「受付」), rather than as the start of a longer word
 *  (査定受付センター names a booking desk, not the 査定 staff). */
const ROLE_WORD_END = String.raw`(?:職|スタッフ|担当|社員|員|係|募集|候補|$|[^\u30a0-\u30fa\u30fc-\u30ff\u4e00-\u9fff])`;

export function titleNamesRole(title: string, role: string): boolean {
  if (!role) return false;
  return new RegExp(`${escapeRegExp(role)}${ROLE_WORD_END}`, 'u').test(title);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
