// Two directions set against each other as a choice (受信か発信か, 「発信か受信か」だけは確かめて, 受電か発信かで相場が違う)
// ask which one a job is: guides and articles write so, and so does an ad writer describing what they check. Neither word
// says what this job does.
const DIRECTION = '(?:受信|発信|受電|架電|入電|インバウンド|アウトバウンド)';
const CHOICE_AFTER = new RegExp(`^か[、・,]?[ \\t]*${DIRECTION}か`);
const CHOICE_BEFORE = new RegExp(`${DIRECTION}か[、・,]?[ \\t]*$`);

/** Whether the direction word from `start` to `end` of the sentence is one side of such a choice. */
export function isAskedChoice(sentenceText: string, start: number, end: number): boolean {
  const after = sentenceText.slice(end, end + 12);
  return CHOICE_AFTER.test(after) || (after.startsWith('か') && CHOICE_BEFORE.test(sentenceText.slice(Math.max(0, start - 12), start)));
}
