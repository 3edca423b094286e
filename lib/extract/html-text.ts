// JSON-LD descriptions are HTML, often double-escaped: their text, read without ever putting the markup in
// the live page.
import { nodeText } from '../dom/text';
import { report } from '../core/report';

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
export function decodeBasicEntities(s: string): string {
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
    .replace(/<(script|style|noscript|template|svg|iframe|rt|rp)\b[\s\S]*?<\/\1\s*>/gi, '')
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
  } catch (e) {
    // A page's Trusted Types policy or a parser failure: the tags are stripped by hand instead.
    report('extract: parsing a description', e);
  }
  return regexHtmlToText(markup);
}
