// Where a page names the job under a label of its own: a table or a list of terms turned into text puts the label
// on one line and its value on the next (職種 ⏎ コールセンター相談員), which says what 職種：コールセンター相談員 says.
import type { Section } from './sections';
import { endOfLine } from './lines';
import { BULLETS } from './heading-marks';

/** A heading line that is only the label of the job's name: 職種, 職名, 募集職種, marked or bracketed (【職種】, ■職名). */
const JOB_NAME_LABEL = new RegExp(`^[\\s${BULLETS}・【\\[(]*(?:募集)?(?:職種|職名)[\\s】\\])]*:?[ \\t]*$`);

/** The span of the line that holds the job's name under each such heading: the first line after it that is not blank. */
export function jobNameLines(text: string, sections: readonly Section[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sections) {
    if (s.field !== 'job') continue;
    const headingEnd = endOfLine(text, s.start);
    if (!JOB_NAME_LABEL.test(text.slice(s.start, headingEnd))) continue;
    let k = headingEnd + 1;
    while (k < s.end && k < text.length) {
      const e = endOfLine(text, k);
      if (text.slice(k, e).trim() !== '') {
        out.push({ start: k, end: e });
        break;
      }
      k = e + 1;
    }
  }
  return out;
}
