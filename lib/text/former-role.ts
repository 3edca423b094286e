// A role the speaker held before, named right before a word in the same clause (オペレーター時代は、定期便のご案内で
// インセンティブを稼ぐのが楽しみでした, 営業時代にはノルマが…): a staff voice's past, not the posted job's terms.
const FORMER_ROLE_BEFORE = /[^\s、。「]{1,10}時代(?:は|に|には)[、,]?[^、。\n]{0,12}$/;

/** Whether the words before a term (`before`, its clause's start up to the term) name a role held before. */
export const namesFormerRole = (before: string): boolean => FORMER_ROLE_BEFORE.test(before);
