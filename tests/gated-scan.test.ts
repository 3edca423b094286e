// Gated scans must find exactly what a plain global exec loop finds: the same matches, in the same order, with the
// same groups. Held on small patterns of every shape the reader knows, on random texts built from each scan's own
// words, and on every fixture text.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchStarts } from '../lib/text/first-chars';
import { allScans, gated, holdsScannedText, isGated, matchesOf, scanTuning, stickyAt, type GatedScan } from '../lib/text/gated-scan';
import { run } from './helpers';
import { normalize } from '../lib/text/normalize';
import { readPay } from '../lib/pay/read-pay';
import { detectPosting } from '../lib/analysis/decide/detect-posting';

// Loads every pay module and the posting detection's, and so registers their scans.
void readPay;
void detectPosting;
const SCANS = [...allScans()];

const chars = (set: Set<number> | null) => (set ? [...set].map((c) => String.fromCharCode(c)).sort().join('') : null);

/** What a global exec loop finds (an empty match moves on by one, as matchAll does). */
function plain(re: RegExp, text: string): string[] {
  const r = new RegExp(re.source, re.flags);
  const out: string[] = [];
  for (let m = r.exec(text); m; m = r.exec(text)) {
    out.push(JSON.stringify([m.index, ...m]));
    if (m[0] === '') r.lastIndex = m.index + 1;
  }
  return out;
}
const viaGate = (scan: GatedScan, text: string) => [...matchesOf(scan, text)].map((m) => JSON.stringify([m.index, ...m]));

describe('matchStarts: where a match can begin', () => {
  it.each([
    [/abc|d?e/g, 'ade'],
    [/(?:x|y)*z/g, 'xyz'],
    [/(?<!a)b(?=c)/g, 'b'],
    [/\d+円/g, '0123456789'],
    [/[ヶかカ]月/g, 'かカヶ'],
    [/(?:研修|試用)(期間)?/g, '研試'],
    [/[a-c]x/g, 'abc'],
    [/\x41\u3042\t/g, 'A'],
  ])('%s begins with one of %s', (re, expected) => {
    expect(chars(matchStarts(re).first)).toBe([...expected].sort().join(''));
  });

  it('adds both cases, and the two characters that fold to ASCII, under the i flag', () => {
    expect(chars(matchStarts(/sk/gi).first)).toBe(['S', 's', '\u017f'].sort().join(''));
    expect(chars(matchStarts(/k/giu).first)).toBe(['K', 'k', '\u212a'].sort().join(''));
    expect(matchStarts(/é/gi).first).toBeNull(); // a letter outside ASCII under i is not narrowed
  });

  it.each([
    [/a?/g, 'a match may be empty'],
    [/[^a]b/g, 'a negated class begins with almost anything'],
    [/.x/g, 'a dot'],
    [/\p{P}x/gu, 'a property class'],
    [/(a)\1/g, 'a back reference'],
    [/\s*z/gv, 'the v flag'],
    [new RegExp('\\01x', 'g'), 'a legacy octal escape'],
  ])('%s is not narrowed: %s', (re) => {
    expect(matchStarts(re).first).toBeNull();
  });

  it('knows a pattern anchored at lines, and what its line must hold when it never crosses one', () => {
    expect(matchStarts(/^[ \t]*[\p{P}\p{S}]{0,4}(?:給与|時給)$/gmu)).toMatchObject({ anchor: 'line', first: null });
    expect(chars(matchStarts(/^[ \t]*[\p{P}\p{S}]{0,4}(?:給与|時給)$/gmu).lineHolds)).toBe('時給');
    expect(matchStarts(/^a|b/gm).anchor).toBe('none'); // one alternative is not anchored
    expect(matchStarts(/(?:^a|^b)c/gm).anchor).toBe('line');
    expect(matchStarts(/^a/g).anchor).toBe('text'); // without m, ^ is the start of the text
    // Only what comes before a line feed the match may hold counts (\n, \s, a negated class may be one).
    expect(chars(matchStarts(/^[ \t]*(?:給与|報酬)\n?[ \t]*時給/gm).lineHolds)).toBe('報給');
    expect(chars(matchStarts(/^a\n給/gm).lineHolds)).toBe('a');
    for (const re of [/^\s*給/gm, /^[^x]*給/gm, /^(?:\n|x)給/gm]) expect(matchStarts(re).lineHolds).toBeNull();
  });
});

// Patterns of each shape, tried on texts made of their own pieces.
const SHAPES: RegExp[] = [
  /abc|d?e/g,
  /(?<![一二])[一二三]+円/g,
  /(研修|試用)(期間中?)?(?:は|の間)?/g,
  /\d+(?:,\d{3})*円/g,
  /^[ \t]*[\p{P}\p{S}]{0,4}[ \t]*(?:給与|時給)[ \t]*$/gmu,
  /^[ \t]*(?:給与|報酬)[ \t]*\n?[ \t]*(時給|日給)$/gm,
  /(?:^|\n)給/g,
  /^[ \t]*給/gm,
  /x*/g,
  /(?=給)給与|与/g,
  /[→⇒]/g,
  /SK|sk/gi,
];

function piecesOf(re: RegExp): string[] {
  const words = re.source.match(/[\u3040-\u30ff\u4e00-\u9fff]+|[a-z]+/gi) ?? [];
  const letters = words.flatMap((w) => [...w]);
  return [...new Set([...words, ...letters, '1', '2', '0', ',', '000', '円', '\n', '\r\n', '\u2028', ' ', '\t', '・', '【', '】', ':', '(', ')', 'あ', '\u017f', '\u212a'])];
}
const textOf = (re: RegExp) => fc.array(fc.constantFrom(...piecesOf(re)), { maxLength: 40 }).map((xs) => xs.join(''));

describe('gated scans find what plain scans find', () => {
  // Dense texts are left to the engine's own search; here every scan takes the gated path, however dense.
  const maxShare = scanTuning.maxShare;
  beforeAll(() => {
    scanTuning.maxShare = Infinity;
  });
  afterAll(() => {
    scanTuning.maxShare = maxShare;
  });

  it('on texts made of each shape’s own pieces', () => {
    for (const re of SHAPES) {
      const scan = gated(new RegExp(re.source, re.flags));
      fc.assert(fc.property(textOf(re), (text) => {
        expect(viaGate(scan, text)).toEqual(plain(re, text));
      }), { numRuns: 300 });
    }
  });

  it('on texts made of each scan’s own words', () => {
    expect(SCANS.length).toBeGreaterThan(15);
    for (const scan of SCANS) {
      fc.assert(fc.property(textOf(scan.re), (text) => {
        expect(viaGate(scan, text)).toEqual(plain(scan.re, text));
      }), { numRuns: 100 });
    }
  });

  it('stickyAt tries a sticky pattern at one position as exec does', () => {
    for (const re of [...SHAPES, /[ \t]*(?:[~〜][ \t]*)?(?:\/|per[ \t]*)(時間|時|日)/g, /(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*(?:[~〜]|から)/g]) {
      const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
      const probe = stickyAt(new RegExp(sticky.source, sticky.flags));
      fc.assert(
        fc.property(textOf(re), (text) => {
          for (let at = 0; at <= text.length; at++) {
            sticky.lastIndex = at;
            expect(JSON.stringify(probe(text, at))).toBe(JSON.stringify(sticky.exec(text)));
          }
        }),
        { numRuns: 200 },
      );
    }
  });

  it('on every fixture text, raw and normalized', () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (f.name.endsWith('.txt')) texts.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(import.meta.dirname, 'fixtures'));
    expect(texts.length).toBeGreaterThan(1000);
    let found = 0;
    for (const raw of texts) {
      for (const text of [raw, normalize(raw).text]) {
        for (const scan of SCANS) {
          const want = plain(scan.re, text);
          expect(viaGate(scan, text)).toEqual(want);
          found += want.length;
        }
      }
    }
    expect(found).toBeGreaterThan(10_000); // the scans do find things: the comparison is not between two empty lists
    // It runs every scan over every fixture text twice; its time grows with the fixtures (about 40 s alone at stop 80), and
    // on a busy two-core runner it passed the suite's 60 s: a correctness check, not a timed one, so it gets room.
  }, 240_000);

  it('leaves a scan to the engine where its candidates are dense, with the same matches', () => {
    scanTuning.maxShare = maxShare;
    const text = '03-1234-5678 '.repeat(200) + '時給1,200円（研修中1,100円）\n給与\n時給1,300円';
    for (const scan of SCANS) expect(viaGate(scan, text)).toEqual(plain(scan.re, text));
    scanTuning.maxShare = Infinity;
  });

  it('the pay reader’s and the posting detection’s scans are gated, not left to try every position', () => {
    const ungated = SCANS.filter((s) => !isGated(s)).map((s) => s.re.source.slice(0, 40));
    expect(ungated).toEqual([]);
  });
});

describe('no posting is held after it is read', () => {
  it('the pay reader and the analysis let the text\'s positions go, an article\'s too', async () => {
    readPay('受付スタッフ\n給与\n時給1,200円');
    expect(holdsScannedText()).toBe(false);
    await run('受付スタッフ\n仕事内容\n来客の受付です。\n給与\n時給1,200円');
    expect(holdsScannedText()).toBe(false);
    // An article with a quota word: the flags ask for the pay headings (other openings) before the pay reader,
    // which reads nothing of an article.
    const article = await run('コラム：テレアポのノルマはきつい？\nこの記事では、ノルマやインセンティブの相場を解説します。\n給与\n時給1,300円が多いようです。');
    expect(article.posting).toBe(false);
    expect(holdsScannedText()).toBe(false);
  });
});
