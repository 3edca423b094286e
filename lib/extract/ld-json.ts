// The JSON inside <script type="application/ld+json">, read the way pages actually write it (HTML
// comments around it, trailing commas, raw newlines inside strings), and the JobPosting objects in it.
// A script we cannot make sense of gives nothing, never an error.

/** Scripts longer than this are not parsed at all. */
const MAX_SCRIPT_CHARS = 1_000_000;
/** Objects/arrays nested deeper than this are not searched. */
const MAX_DEPTH = 20;
/** Upper bound on JSON values visited per script (wide but shallow JSON). */
const MAX_VISITS = 50_000;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * An attribute regardless of the case of its name. Browsers lower-case HTML
 * attribute names while parsing; linkedom keeps them as written
 * (<script TYPE="…">), so fall back to a scan of the attributes.
 */
export function attrAnyCase(el: Element, name: string): string | null {
  const direct = el.getAttribute(name);
  if (direct !== null) return direct;
  const attrs = el.attributes;
  if (!attrs) return null;
  for (let i = 0; i < attrs.length; i++) {
    if (attrs[i].name.toLowerCase() === name) return attrs[i].value;
  }
  return null;
}

export function isLdJsonType(type: string | null): boolean {
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

export function parseLd(raw: string): Json | undefined {
  if (raw.length > MAX_SCRIPT_CHARS) return undefined;
  const text = stripWrappers(raw);
  if (text === '') return undefined;
  // JSON.parse throws only SyntaxError on a string: that is the named case, "not JSON (yet)".
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
  }
  try {
    return JSON.parse(repairJson(text)) as Json;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return undefined;
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
export function collectPostings(root: Json): JsonObject[] {
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
