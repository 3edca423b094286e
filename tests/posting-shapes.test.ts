// Posting or article, on pages of our own in the shapes real pages have (tests/fixtures/posting-shapes): postings
// in unusual shapes (FAQs for one job, department tours, a shop owner's first-person call, a shop blog's notice, a
// staff interview followed by fields in plain words) and articles full of job words (explainers with sample field
// lines, pay surveys, hiring news, advice columns, a 採用情報 top, a vendor's price page, memoirs; from a second round:
// rankings, white papers, staff profiles, a career site's company research, an interview how-to under a site's menu,
// a staffing agency's FAQ for registrants, a dated money column, a union's page, an occupation guide, pages for
// employers on writing postings and on a board's ad plans, a minimum-wage notice, an internship report; and an
// agency's posting whose apply step names a 登録会, which stays a posting).
// expected.json gives each page's answer: true for a posting, false for an article.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const dir = path.join(import.meta.dirname, 'fixtures/posting-shapes');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, boolean>;

describe('posting or article, on pages of our own (tests/fixtures/posting-shapes)', () => {
  for (const [file, isPosting] of Object.entries(expected)) {
    it(`${file} is ${isPosting ? 'a posting' : 'an article'}`, async () => {
      const r = await run(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(r.posting).toBe(isPosting);
      // An article gets no pay, whatever amounts it quotes.
      if (!isPosting) expect(r.pay.base).toBeNull();
    });
  }
});
