// The employer's name of an opened posting, for the history: from the page's JSON-LD, an element the
// page marks as the company, a 会社名 line, or else the first legal-entity name (株式会社… / …株式会社)
// in the posting's text. Null when none is found: the history then shows no company rather than a guess.
import { findJobPostings } from './json-ld';

const MAX = 80;
// Elements many job pages use for the employer (schema.org microdata, test ids, common class names).
const SELECTORS = ['[itemprop="hiringOrganization"] [itemprop="name"]', '[itemprop="hiringOrganization"]', '[data-testid="company-name"]', '[data-testid="inlineHeader-companyName"]'];
const LABEL = /^\s*[【\[]?(?:会社名|企業名|社名|法人名|事業者名)[】\]]?\s*[:：]?\s*(.+)$/m;
const ENTITY = /(?:株式会社|有限会社|合同会社|一般社団法人|医療法人)[^\s、。，,（(）)「」『』【】]{1,30}|[^\s、。，,（(）)「」『』【】:：]{1,30}(?:株式会社|有限会社|合同会社)/;

const clean = (s: string | null | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t && t.length <= MAX ? t : null;
};

export function companyName(doc: Document | null, postingText: string): string | null {
  if (doc) {
    try {
      for (const jp of findJobPostings(doc)) {
        const name = clean(jp.hiringOrganization);
        if (name) return name;
      }
      for (const selector of SELECTORS) {
        const name = clean(doc.querySelector(selector)?.textContent);
        if (name) return name;
      }
    } catch (e) {
      // A page whose markup we cannot query: the text below still may name the company.
      console.debug('[求人レンズ] company lookup:', e);
    }
  }
  const label = LABEL.exec(postingText);
  if (label) return clean(label[1]);
  return clean(ENTITY.exec(postingText)?.[0]);
}
