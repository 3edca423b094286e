/**
 * schema.org JobPosting from <script type="application/ld+json">.
 *
 * Pages get JSON-LD wrong in every possible way (HTML comments around it,
 * trailing commas, raw newlines inside strings, double-escaped HTML, stale
 * copies of another job). Everything here is defensive: a script we cannot
 * make sense of is skipped, never fatal.
 */

import { nodeText } from './dom-text';

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

/** Scripts longer than this are not parsed at all. */
const MAX_SCRIPT_CHARS = 1_000_000;
/** Objects/arrays nested deeper than this are not searched. */
const MAX_DEPTH = 20;
/** Upper bound on JSON values visited per script (wide but shallow JSON). */
const MAX_VISITS = 50_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------
// Reading and repairing the script text
// ---------------------------------------------------------------------------

/**
 * An attribute regardless of the case of its name. Browsers lower-case HTML
 * attribute names while parsing; linkedom keeps them as written
 * (<script TYPE="…">), so fall back to a scan of the attributes.
 */
function attrAnyCase(el: Element, name: string): string | null {
  const direct = el.getAttribute(name);
  if (direct !== null) return direct;
  const attrs = el.attributes;
  if (!attrs) return null;
  for (let i = 0; i < attrs.length; i++) {
    if (attrs[i].name.toLowerCase() === name) return attrs[i].value;
  }
  return null;
}

function isLdJsonType(type: string | null): boolean {
  if (!type) return false;
  return type.split(';')[0].trim().toLowerCase() === 'application/ld+json';
}

/** Strip wrappers that some CMSs put around the JSON: BOM, <!-- -->, CDATA, a trailing ";". */
function stripWrappers(text: string): string {
  let s = text.replace(/^\uFEFF/, '').trim();
  s = s.replace(/^<!--/, '').replace(/-->$/, '').trim();
  s = s.replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>$/, '').trim();
  // A stray statement terminator after the object ("{…};") is seen in the wild.
  return s.replace(/;+$/, '').trim();
}

/**
 * Second-chance repair, only used when JSON.parse failed: walks the text
 * once, tracking whether it is inside a string, and
 *  - escapes raw control characters inside strings (a literal newline in a
 *    description is the most common breakage),
 *  - drops commas that directly precede } or ].
 * Being string-aware means commas and brackets inside text are left alone.
 */
function repairJson(s: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (escaped) {
        escaped = false;
        out += c;
      } else if (c === '\\') {
        escaped = true;
        out += c;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\t') out += '\\t';
      else if (c < ' ') out += ' ';
      else out += c;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === ',') {
      let j = i + 1;
      while (j < s.length && /\s/.test(s[j])) j++;
      if (s[j] === '}' || s[j] === ']') continue; // trailing comma: drop it
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

function parseLd(raw: string): Json | undefined {
  if (raw.length > MAX_SCRIPT_CHARS) return undefined;
  const text = stripWrappers(raw);
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      return JSON.parse(repairJson(text)) as Json;
    } catch {
      return undefined;
    }
  }
}

// ---------------------------------------------------------------------------
// Finding JobPosting nodes
// ---------------------------------------------------------------------------

/** "JobPosting", "schema:JobPosting", "http://schema.org/JobPosting" → "JobPosting". */
function localTypeName(t: string): string {
  const s = t.trim();
  const cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'), s.lastIndexOf('#'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'] ?? obj['type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map(localTypeName);
}

/**
 * Collects JobPosting objects. ItemList subtrees are not entered: a list of
 * postings describes a search-results page, not the posting on this page.
 */
function collectPostings(root: Json): JsonObject[] {
  const found: JsonObject[] = [];
  let visits = 0;
  const walk = (v: Json, depth: number): void => {
    if (depth > MAX_DEPTH || ++visits > MAX_VISITS) return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    const types = typesOf(v);
    if (types.includes('ItemList') || types.includes('OfferCatalog')) return;
    if (types.includes('JobPosting')) {
      found.push(v);
      return;
    }
    // @graph, mainEntity, hasPart, …: any nested value may hold the posting.
    for (const key of Object.keys(v)) {
      if (key === '@context') continue;
      const child = v[key];
      if (typeof child === 'object' && child !== null) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return found;
}

// ---------------------------------------------------------------------------
// HTML → text for descriptions
// ---------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  '#39': "'",
  '#x27': "'",
  '#34': '"',
  '#60': '<',
  '#62': '>',
  '#x3c': '<',
  '#x3e': '>',
  '#38': '&',
  '#x26': '&',
};

/** Decodes the handful of entities that double-escaping produces. */
function decodeBasicEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m);
}

/** Escaped markup like "&lt;br&gt;" or "&amp;lt;p&amp;gt;" where tags were meant. */
const ESCAPED_TAG = /&(?:amp;)*(?:lt|#0*60|#x0*3c);\s*\/?\s*(?:br|p|div|li|ul|ol|span|strong|b|em|i|h[1-6]|table|tr|td|th|dl|dt|dd|font|u|small|section)\b/i;

/** Unescapes double (or triple) escaped HTML so that tags become tags again. */
function undoubleEscape(s: string): string {
  let out = s;
  for (let i = 0; i < 3 && ESCAPED_TAG.test(out); i++) out = decodeBasicEntities(out);
  return out;
}

/**
 * Last-resort converter when no inert DOM is available: tags stripped with
 * regular expressions. Only ever produces text; nothing is parsed as markup.
 */
function regexHtmlToText(html: string): string {
  const s = html
    .replace(/<(script|style|noscript|template|svg|iframe)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|li|ul|ol|tr|h[1-6]|dt|dd|dl|table|section|article)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, '');
  return tidyText(decodeBasicEntities(s));
}

function tidyText(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/[ \u00a0]+/g, ' ').replace(/ *\t[\t ]*/g, '\t').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Tags that already mark line boundaries in a description. */
const LINE_MARKUP = /<\s*\/?\s*(?:br|p|div|li|ul|ol|tr|table|h[1-6]|dl|dt|dd|section|article|pre|hr)\b/i;

/** Parses an HTML string into an inert document's body (nothing runs, nothing loads). */
export type FragmentParser = (html: string) => Node | null;

let fallbackParser: FragmentParser | null = null;

/** Node has no DOMParser: the CLI registers linkedom's parser here (see node-dom.ts). */
export function setFragmentParser(parser: FragmentParser | null): void {
  fallbackParser = parser;
}

/**
 * Converts an HTML fragment to text WITHOUT ever putting it in the live page, and without assigning markup
 * to an element:
 * DOMParser builds a separate document with no browsing context, so its scripts never run and its images
 * never load (no onerror). In Node the registered parser does the same; failing both, tags are stripped.
 */
export function htmlToText(html: string, _doc?: Document | null): string {
  if (!html) return '';
  const source = undoubleEscape(html);
  // Plain text with no markup or entities: only whitespace to tidy.
  if (!/[<&]/.test(source)) return tidyText(source.replace(/\r\n?/g, '\n'));
  // Many sites write plain-text descriptions with "\n" plus an odd <b> or &amp;.
  // HTML would fold those newlines into spaces, so when there is no line-level
  // markup at all, the author's newlines are what separate the lines.
  const markup = LINE_MARKUP.test(source) ? source : source.replace(/\r\n?|\n/g, '<br>');
  try {
    const root =
      typeof DOMParser !== 'undefined'
        ? new DOMParser().parseFromString(markup, 'text/html').body
        : fallbackParser?.(markup) ?? null;
    if (root) return nodeText(root);
  } catch {
    // fall through (Trusted Types or a parser failure)
  }
  return regexHtmlToText(markup);
}

// ---------------------------------------------------------------------------
// Field formatting
// ---------------------------------------------------------------------------

/** Best-effort string from a JSON-LD value (string, number, {@value}, {name}, array). */
function asText(v: Json | undefined, depth = 0): string {
  if (v === null || v === undefined || depth > 4) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    return v
      .map((x) => asText(x, depth + 1))
      .filter((x) => x !== '')
      .join('、');
  }
  for (const key of ['@value', 'name', 'value', 'text', 'description']) {
    const t = asText(v[key], depth + 1);
    if (t) return t;
  }
  return '';
}

/** Text that may contain markup: turn it into plain text when it does. */
function plain(v: Json | undefined, doc: Document): string {
  const s = asText(v);
  return /[<&]/.test(s) ? htmlToText(s, doc) : s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

function toNumber(v: Json | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(/[,，\s円¥￥]/g, ''));
    if (v.trim() !== '' && Number.isFinite(n)) return n;
  }
  return undefined;
}

/** 250000 → "250,000"; keeps up to two decimals when present. */
function groupDigits(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const [int, frac] = (Math.round(abs * 100) / 100).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

function money(n: number, currency: string): string {
  const c = currency.toUpperCase();
  if (c === '' || c === 'JPY' || c === '円') return `${groupDigits(n)}円`;
  return `${groupDigits(n)} ${c}`;
}

const UNIT_LABELS: Record<string, string> = {
  HOUR: '時給',
  DAY: '日給',
  WEEK: '週給',
  MONTH: '月給',
  YEAR: '年収',
};

function formatOneSalary(v: Json | undefined, doc: Document): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return plain(v, doc);
  if (typeof v === 'number') return money(v, 'JPY');
  if (Array.isArray(v)) {
    return v
      .map((x) => formatOneSalary(x, doc))
      .filter((x) => x !== '')
      .join(' / ');
  }
  if (!isObject(v)) return '';
  const currency = typeof v.currency === 'string' ? v.currency.trim() : '';
  const inner = v.value;
  let unit = '';
  let min: number | undefined;
  let max: number | undefined;
  let exact: number | undefined;
  if (isObject(inner)) {
    unit = asText(inner.unitText);
    min = toNumber(inner.minValue);
    max = toNumber(inner.maxValue);
    exact = toNumber(inner.value);
  } else {
    exact = toNumber(inner);
    min = toNumber(v.minValue);
    max = toNumber(v.maxValue);
  }
  if (!unit) unit = asText(v.unitText);
  const label = UNIT_LABELS[unit.toUpperCase()] ?? '';

  let amount = '';
  if (min !== undefined && max !== undefined) {
    amount = min === max ? money(min, currency) : `${money(min, currency)}〜${money(max, currency)}`;
  } else if (min !== undefined) {
    amount = `${money(min, currency)}〜`;
  } else if (max !== undefined) {
    amount = `〜${money(max, currency)}`;
  } else if (exact !== undefined) {
    amount = money(exact, currency);
  } else if (typeof inner === 'string' && inner.trim() !== '') {
    amount = inner.trim(); // e.g. "応相談"
  }
  if (!amount) return '';
  return label ? `${label} ${amount}` : amount;
}

/** Joins address parts; no separator between Japanese parts, a space otherwise. */
function joinParts(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    if (out === '') out = p;
    else if (/[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(p)) out += ' ' + p;
    else out += p;
  }
  return out;
}

function formatPlace(v: Json | undefined, doc: Document): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return plain(v, doc);
  if (Array.isArray(v)) {
    const seen = new Set<string>();
    return v
      .map((x) => formatPlace(x, doc))
      .filter((x) => x !== '' && !seen.has(x) && (seen.add(x), true))
      .join(' / ');
  }
  if (!isObject(v)) return '';
  const address = v.address;
  if (typeof address === 'string') return plain(address, doc);
  if (Array.isArray(address)) return formatPlace(address.map((a) => ({ address: a }) as Json), doc);
  if (isObject(address)) {
    const joined = joinParts([
      asText(address.addressRegion),
      asText(address.addressLocality),
      asText(address.streetAddress),
    ]);
    if (joined) return joined;
  }
  return asText(v.name);
}

const EMPLOYMENT_LABELS: Record<string, string> = {
  FULL_TIME: 'フルタイム',
  PART_TIME: 'パートタイム',
  CONTRACTOR: '業務委託',
  TEMPORARY: '有期雇用',
  INTERN: 'インターン',
  VOLUNTEER: 'ボランティア',
  PER_DIEM: '日雇い',
  OTHER: 'その他',
};

/**
 * schema.org enum values become Japanese labels. Note FULL_TIME is not
 * necessarily 正社員, so it is rendered as フルタイム rather than guessed.
 */
function formatEmploymentType(v: Json | undefined): string {
  const items = Array.isArray(v) ? v : [v];
  const labels: string[] = [];
  for (const item of items) {
    const s = asText(item);
    if (!s) continue;
    // "FULL_TIME, PART_TIME" also occurs as one string.
    for (const part of s.split(/\s*[,、]\s*/)) {
      const key = part.trim().toUpperCase().replace(/[\s-]/g, '_');
      const label = EMPLOYMENT_LABELS[key] ?? part.trim();
      if (label && !labels.includes(label)) labels.push(label);
    }
  }
  return labels.join('、');
}

function formatIdentifier(v: Json | undefined): string {
  if (isObject(v)) return asText(v.value) || asText(v.name) || asText(v['@id']);
  return asText(v);
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
  } catch {
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
    } catch {
      // One bad script never hides the others.
    }
  }
  return result;
}

/** Heading lines the analyzer's section detector recognizes. */
const SECTIONS: Array<[heading: string, key: keyof JobPostingLd]> = [
  ['【仕事内容】', 'description'],
  ['【給与】', 'baseSalary'],
  ['【雇用形態】', 'employmentType'],
  ['【勤務地】', 'jobLocation'],
  ['【勤務時間】', 'workHours'],
  ['【応募資格】', 'qualifications'],
  ['【会社概要】', 'hiringOrganization'],
];

/**
 * The posting as text: title on the first line, then one "【見出し】" line
 * per present field followed by its content, sections separated by a blank line.
 */
export function jobPostingText(jp: JobPostingLd): string {
  const blocks: string[] = [(jp.title ?? '').trim()];
  for (const [heading, key] of SECTIONS) {
    const value = (jp[key] ?? '').trim();
    if (value) blocks.push(`${heading}\n${value}`);
  }
  return blocks.join('\n\n');
}
