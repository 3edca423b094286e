// The adapters against REAL saved pages of the job boards (../shared/real-pages: third-party pages,
// read by path at run time, never copied into the repository). For each page in pages.jsonl the
// adapter's own selectors (not the generic fallback, not the link-anchored rule) must read it.
// Without the folder the tests skip and say so loudly; under CI (CI=true) a missing folder fails.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract/extract';
import { parseHtml } from '../../lib/extract/node-dom';
import { adapterById, classify, declaredUrl, jobIdOf, readCards } from '../../lib/sites/adapter';

const DIR = path.resolve(import.meta.dirname, '../../../shared/real-pages');
const INDEX = path.join(DIR, 'pages.jsonl');
const present = fs.existsSync(INDEX);

interface RealPage {
  file: string;
  board: string;
  kind: 'detail' | 'list';
  url: string;
  title: string | null;
  key_sentence: string | null;
  cards: number | null;
}

function pages(): RealPage[] {
  return fs
    .readFileSync(INDEX, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RealPage);
}

function load(p: RealPage): Document {
  return parseHtml(fs.readFileSync(path.join(DIR, p.file), 'utf8'));
}

if (!present) {
  const msg = `\n*** SKIPPED: ${INDEX} not found; the adapters were NOT checked against real saved pages ***\n`;
  console.warn(msg);
  describe('real saved pages', () => {
    // Skipped (and said so above) outside CI; under CI a missing folder is a failure.
    it.skipIf(process.env.CI !== 'true')('are present under CI', () => {
      throw new Error(msg);
    });
  });
} else {
  const all = pages();

  describe('real saved pages', () => {
    it('are listed, each with a board that has an adapter', () => {
      expect(all.length).toBeGreaterThan(0);
      for (const p of all) expect(adapterById(p.board), p.board).not.toBeNull();
    });
  });

  for (const p of all) {
    const a = adapterById(p.board)!;

    describe(`${p.file} (${p.board} ${p.kind})`, () => {
      it('declares its URL, which the adapter classifies as the right kind of page', () => {
        expect(declaredUrl(load(p))).toBe(new URL(p.url).href);
        expect(classify(p.url, a)).toBe(p.kind);
      });

      if (p.kind === 'detail') {
        it('is read by the adapter: its title and a description with the key sentence', () => {
          for (const opts of [{ url: p.url }, {}]) {
            // {}: the CLI on a saved page, where the page's declared URL picks the adapter.
            const r = extractPosting(load(p), opts);
            expect(r?.source).toBe('adapter');
            expect(r!.adapter).toBe(p.board);
            expect(r!.title).toBe(p.title);
            expect(r!.text.split('\n')[0]).toBe(p.title);
            expect(r!.text).toContain(p.key_sentence);
            expect(r!.via.title).toBe(a.title[0]);
            expect(r!.via.body).toBe(a.body[0]);
          }
        });

        if (a.company?.length) {
          it('names the company, once at least, in the text', () => {
            const r = extractPosting(load(p), { url: p.url })!;
            expect(r.company?.trim()).toBeTruthy();
            expect(r.text).toContain(r.company);
          });
        }

        if (p.board === 'kyujinbox') {
          it('leaves out the recommended jobs below the posting', () => {
            const doc = load(p);
            const r = extractPosting(doc, { url: p.url })!;
            // Titles of the other jobs the page recommends, read from the page itself.
            const others = Array.from(doc.querySelectorAll('.p-detail_cardlist .p-result_name'))
              .map((el) => (el.textContent ?? '').trim())
              .filter((t) => t !== '' && t !== p.title);
            expect(others.length).toBeGreaterThan(0);
            for (const t of others) expect(r.text, t).not.toContain(t);
          });

          it('keeps the conditions table: every label of dl.p-detail_table is in the text', () => {
            const doc = load(p);
            const labels = Array.from(doc.querySelectorAll('dl.p-detail_table > dt')).map((el) => (el.textContent ?? '').trim());
            expect(labels.length).toBeGreaterThan(0);
            const r = extractPosting(doc, { url: p.url })!;
            for (const l of labels) expect(r.text, l).toContain(l);
          });
        }
      }

      if (p.kind === 'list') {
        it(`yields every card (${p.cards}) by the adapter's card selectors, each with its job id`, () => {
          const doc = load(p);
          const r = readCards(doc, a, { url: p.url });
          expect(r.via).toBe(a.card.item[0]);
          expect(r.cards).toHaveLength(p.cards!);
          for (const c of r.cards) {
            expect(c.id).not.toMatch(/^h-/); // a job id from the card's link, not a hash
            expect(c.title.trim()).not.toBe('');
            expect(c.text).toContain(c.title);
          }
          expect(new Set(r.cards.map((c) => c.id)).size).toBe(r.cards.length);
        });

        it('gives the card that links to a saved job page that job\'s id and title', () => {
          const doc = load(p);
          const cards = readCards(doc, a, { url: p.url }).cards;
          const linked = new Set(
            Array.from(doc.querySelectorAll('a[href]')).map((el) => jobIdOf(el.getAttribute('href')!, a, p.url)),
          );
          for (const d of all.filter((x) => x.board === p.board && x.kind === 'detail')) {
            const id = jobIdOf(d.url, a);
            if (!linked.has(id)) continue; // this list does not show that job
            const card = cards.find((c) => c.id === id);
            expect(card, `card of ${d.file}`).toBeDefined();
            expect(card!.title).toBe(d.title);
          }
        });
      }
    });
  }
}
