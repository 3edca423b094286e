/**
 * schema.org JobPosting from <script type="application/ld+json">.
 *
 * Pages get JSON-LD wrong in every possible way (HTML comments around it,
 * trailing commas, raw newlines inside strings, double-escaped HTML, stale
 * copies of another job). Everything here is defensive: a script we cannot
 * make sense of is skipped, never fatal.
 */

import { htmlToText } from './html-text';
import { asText, formatEmploymentType, formatIdentifier, formatOneSalary, formatPlace, plain } from './ld-fields';
import { attrAnyCase, collectPostings, isLdJsonType, isObject, parseLd, type JsonObject } from './ld-json';
import { report } from '../core/report';
import { postingField, type FieldId } from '../text/posting-fields';

export { htmlToText, setFragmentParser, type FragmentParser } from './html-text';

export interface JobPostingLd {
  title: string;
  /** Plain text (the HTML of the JSON-LD description, converted). */
  description: string;
  employmentType?: string;
  baseSalary?: string;
  jobLocation?: string;
  hiringOrganization?: string;
  workHours?: string;
  qualifications?: string;
  url?: string;
  identifier?: string;
  datePosted?: string;
}

function toPosting(obj: JsonObject, doc: Document): JobPostingLd | null {
  const title = plain(obj.title, doc) || plain(obj.name, doc);
  const description = htmlToText(asText(obj.description), doc);
  if (!title && !description) return null;
  const jp: JobPostingLd = { title: title.replace(/\s*\n\s*/g, ' '), description };

  const set = (key: Exclude<keyof JobPostingLd, 'title' | 'description'>, value: string): void => {
    if (value) jp[key] = value;
  };
  set('employmentType', formatEmploymentType(obj.employmentType));
  set('baseSalary', formatOneSalary(obj.baseSalary ?? obj.estimatedSalary, doc));
  let location = formatPlace(obj.jobLocation, doc);
  if (asText(obj.jobLocationType).toUpperCase() === 'TELECOMMUTE') {
    location = location ? `${location}（リモート勤務可）` : 'リモート勤務';
  }
  set('jobLocation', location);
  const org = obj.hiringOrganization;
  set('hiringOrganization', typeof org === 'string' ? org.trim() : isObject(org) ? asText(org.name) : asText(org));
  set('workHours', plain(obj.workHours, doc));
  // qualifications is often missing; the requirement fields say the same thing.
  const quals =
    plain(obj.qualifications, doc) ||
    [obj.experienceRequirements, obj.educationRequirements, obj.skills]
      .map((x) => plain(x, doc))
      .filter((x) => x !== '')
      .join('\n');
  set('qualifications', quals);
  set('url', asText(obj.url));
  set('identifier', formatIdentifier(obj.identifier));
  set('datePosted', asText(obj.datePosted));
  return jp;
}

/** All JobPostings described by the page's JSON-LD, in document order. */
export function findJobPostings(doc: Document): JobPostingLd[] {
  const result: JobPostingLd[] = [];
  let scripts: ArrayLike<Element>;
  try {
    scripts = doc.querySelectorAll('script');
  } catch (e) {
    report('extract: listing the scripts', e);
    return result;
  }
  for (let i = 0; i < scripts.length; i++) {
    try {
      const script = scripts[i];
      if (!isLdJsonType(attrAnyCase(script, 'type'))) continue;
      const data = parseLd(script.textContent ?? '');
      if (data === undefined) continue;
      for (const obj of collectPostings(data)) {
        const jp = toPosting(obj, doc);
        if (jp) result.push(jp);
      }
    } catch (e) {
      // One bad script never hides the others. (Bad JSON is not an error here: parseLd gives undefined.)
      report('extract: reading a JSON-LD script', e);
    }
  }
  return result;
}

/** The fields written as text, in this order, each under its heading from the posting-fields table. */
const SECTIONS: Array<[field: FieldId, key: keyof JobPostingLd]> = [
  ['job', 'description'],
  ['pay', 'baseSalary'],
  ['employment', 'employmentType'],
  ['place', 'jobLocation'],
  ['hours', 'workHours'],
  ['requirements', 'qualifications'],
  ['company', 'hiringOrganization'],
];

/**
 * The posting as text: title on the first line, then one "【見出し】" line
 * per present field followed by its content, sections separated by a blank line.
 */
export function jobPostingText(jp: JobPostingLd): string {
  const blocks: string[] = [(jp.title ?? '').trim()];
  for (const [field, key] of SECTIONS) {
    const value = (jp[key] ?? '').trim();
    if (value) blocks.push(`【${postingField(field).name}】\n${value}`);
  }
  return blocks.join('\n\n');
}
