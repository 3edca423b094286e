// Every lexicon entry carries examples that must and must not match; this runs every one (as prh's specs).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinEntries, BUILTIN_FILES } from '../lib/lexicon/builtin';
import { compileLexicon } from '../lib/lexicon/compile';
import { LexiconError, validateLexicon, validateLexiconFile } from '../lib/lexicon/schema';
import { normalize } from '../lib/text/normalize';
import { run } from './helpers';

const entries = builtinEntries();

describe('lexicon data', () => {
  it('has at least 150 examples, each entry with a must-match and a must-not-match example', () => {
    const total = entries.reduce((a, e) => a + e.examples.length, 0);
    expect(total).toBeGreaterThanOrEqual(150);
    for (const e of entries) {
      expect(e.examples.some((x) => x.expect === 'present'), e.id).toBe(true);
      expect(e.examples.some((x) => x.expect === 'none'), e.id).toBe(true);
    }
  });

  it('rejects a malformed file with a message naming the entry and field', () => {
    const bad = { entries: [{ id: 'x.y', category: 'nope', level: 'low', weight: 3, terms: ['a'], ja: 'a', en: 'a', examples: [] }] };
    expect(() => validateLexiconFile(bad, 'bad.json')).toThrow(LexiconError);
    expect(() => validateLexiconFile(bad, 'bad.json')).toThrow(/bad\.json entry 0 \(x\.y\): "category"/);
    expect(() => validateLexiconFile('not json', 'broken.json')).toThrow(/expected an object/);
  });

  it('rejects duplicate ids across files', () => {
    const one = (BUILTIN_FILES['mixed.json'] as { entries: unknown[] });
    expect(() => validateLexicon({ 'a.json': one, 'b.json': one })).toThrow(/duplicate lexicon id/);
  });
});

describe.each(entries.map((e) => [e.id, e] as const))('entry %s', (_id, entry) => {
  it.each(entry.examples.map((x) => [x.expect, x.text] as const))('%s: %s', async (expectation, text) => {
    const r = await run(text, 'high');
    const mine = r.flags.filter((f) => f.id === entry.id);
    if (expectation === 'none') {
      expect(mine.map((f) => `${f.text}:${f.polarity}`), `"${text}" must not flag ${entry.id}`).toEqual([]);
    } else {
      expect(mine.map((f) => f.polarity), `"${text}" must flag ${entry.id} as ${expectation}`).toContain(expectation);
      // A negated example must not also be read as present, and vice versa.
      expect(mine.every((f) => f.polarity === expectation), `"${text}": mixed polarity`).toBe(true);
    }
  });
});

describe('a lexicon file whose examples the build left out', () => {
  it('validates without examples only when it says so', async () => {
    const { validateLexiconFile, LexiconError } = await import('../lib/lexicon/schema');
    const entry = { id: 'x.test', category: 'sales', level: 'low', weight: 1, terms: ['テスト'], ja: 'テスト', en: 'test' };
    expect(validateLexiconFile({ entries: [entry], examplesStripped: true }, 'x.json')[0]!.examples).toEqual([]);
    expect(() => validateLexiconFile({ entries: [{ ...entry }] }, 'x.json')).toThrow(LexiconError);
  });
});

describe('terms built from parts', () => {
  const entry = { id: 'x.share', category: 'inbound', level: 'low', weight: 1, ja: 'テスト', en: 'test', examples: [{ text: 'a', expect: 'present' }, { text: 'b', expect: 'none' }] };
  it('adds one term for each way through the parts, an empty part leaving the word out', () => {
    const [e] = validateLexiconFile({ entries: [{ ...entry, terms: ['電話番のみ'], termParts: [[['7割', '8割'], ['', 'ほど'], ['は電話']], [['大半'], ['は電話']]] }] }, 'x.json');
    expect(e!.terms).toEqual(['電話番のみ', '7割は電話', '7割ほどは電話', '8割は電話', '8割ほどは電話', '大半は電話']);
  });
  it('needs no plain terms beside them, and leaves the file\'s own entry as it was', () => {
    const raw = { ...entry, termParts: [[['6割'], ['が電話']]] };
    expect(validateLexiconFile({ entries: [raw] }, 'x.json')[0]!.terms).toEqual(['6割が電話']);
    expect('terms' in raw).toBe(false);
  });
  it('refuses parts that are not lists of lists of strings, or make an empty term', () => {
    for (const termParts of [['7割'], [[]], [[['']]], [[['7割', 3]]], []]) {
      expect(() => validateLexiconFile({ entries: [{ ...entry, termParts }] }, 'x.json'), JSON.stringify(termParts)).toThrow(LexiconError);
    }
  });
  it('the phone\'s share is written once as parts in both entries that read it', () => {
    const byId = new Map(builtinEntries().map((e) => [e.id, e]));
    for (const id of ['inbound.phone-only', 'callCenter.phone-share']) {
      expect(byId.get(id)!.terms).toEqual(expect.arrayContaining(['7割は電話', '8割くらいはお電話', '九割近くが電話', 'ほとんどは電話']));
    }
  });
});

describe('a space in a term: the gap between a field label and its value', () => {
  const lex = compileLexicon([
    { id: 'test.gap', category: 'beginner', level: 'low', weight: 1, terms: ['経験等 不問'], ja: '', en: '', examples: [] },
  ]);
  const ends = (text: string) => lex.scan(normalize(text).text).map((h) => [h.start, h.end]);
  it('matches spaces, tabs, colons and table bars of any width, full-width ones too', () => {
    expect(ends('経験等 不問')).toEqual([[0, 6]]);
    expect(ends('必要な経験等　　　不問')).toEqual([[3, 11]]);
    expect(ends('経験等：不問')).toEqual([[0, 6]]);
    expect(ends('｜経験等\t｜ 不問｜')).toEqual([[1, 9]]);
  });
  it('needs a gap, and nothing else in it', () => {
    expect(ends('経験等不問')).toEqual([]);
    expect(ends('経験等は不問')).toEqual([]);
    expect(ends('経験等\n不問')).toEqual([]);
  });
});

describe('a space at the end of a term: a label that needs its gap, whatever follows it', () => {
  const lex = compileLexicon([
    { id: 'test.trailing', category: 'quota', level: 'low', weight: 1, terms: ['架電数 ', 'ノルマ\u3000'], ja: '', en: '', examples: [] },
  ]);
  const ends = (text: string) => lex.scan(normalize(text).text).map((h) => [h.start, h.end]);
  it('is kept when the term is compiled, and the gap is part of the match', () => {
    expect(ends('架電数\t1時間15コール以上')).toEqual([[0, 4]]);
    expect(ends('架電数　　1時間15コール')).toEqual([[0, 5]]);
    expect(ends('ノルマ：なし')).toEqual([[0, 4]]);
  });
  it('does not match the label with no gap after it', () => {
    expect(ends('架電数は1日100件')).toEqual([]);
    expect(ends('1日の架電数')).toEqual([]);
  });
});

describe('the scan skips positions by their first two characters without losing a hit', () => {
  const lex = compileLexicon([
    { id: 'test.two', category: 'sales', level: 'low', weight: 1, terms: ['営業', '営業職'], ja: '', en: '', examples: [] },
    { id: 'test.one', category: 'sales', level: 'low', weight: 1, terms: ['売'], ja: '', en: '', examples: [] },
    { id: 'test.gap', category: 'beginner', level: 'low', weight: 1, terms: ['未 経験'], ja: '', en: '', examples: [] },
  ]);
  const hits = (text: string) => lex.scan(normalize(text).text).map((h) => `${h.start}-${h.end}`);
  it('finds terms that share a first character, a one-character term and a term at the very end', () => {
    expect(hits('営業職と営業')).toEqual(['0-3', '0-2', '4-6']);
    expect(hits('売る')).toEqual(['0-1']);
    expect(hits('売')).toEqual(['0-1']);
  });
  it('finds a term whose gap follows its first character, and nothing where only the first character agrees', () => {
    expect(hits('未 経験')).toEqual(['0-4']);
    expect(hits('営む、未定')).toEqual([]);
    expect(hits('営')).toEqual([]);
  });
  it('tries a one-character term where a longer one with the same first character stands, longest first', () => {
    const mixed = compileLexicon([
      { id: 'test.both', category: 'sales', level: 'low', weight: 1, terms: ['営', '営業', '営業職', '営 利'], ja: '', en: '', examples: [] },
    ]);
    const at = (text: string) => mixed.scan(normalize(text).text).map((h) => `${h.start}-${h.end}`);
    expect(at('営業職')).toEqual(['0-3', '0-2', '0-1']);
    expect(at('営 利')).toEqual(['0-3', '0-1']);
    expect(at('営む')).toEqual(['0-1']);
  });
  it('finds on real postings exactly what trying every term at every position finds, in the same order', () => {
    // The built-in terms without a gap (a gap's width is matched, not compared), against the plain reading.
    const plain = compileLexicon(entries.map((e) => ({ ...e, terms: e.terms.filter((t) => !/[ \u3000\t]/.test(t)) })));
    const terms = plain.entries.flatMap((c) => c.entry.terms.filter(Boolean).map((term) => ({ term, entry: c.index })));
    expect(terms.every((t) => !t.term.includes(' '))).toBe(true);
    const longestFirst = [...terms].sort((x, y) => y.term.length - x.term.length);
    const dir = path.join(import.meta.dirname, 'fixtures/eval/postings');
    for (const file of fs.readdirSync(dir).sort().slice(0, 10)) {
      const text = normalize(fs.readFileSync(path.join(dir, file), 'utf8')).text;
      const naive: string[] = [];
      for (let i = 0; i < text.length; i++) {
        for (const { term, entry } of longestFirst) if (text.startsWith(term, i)) naive.push(`${i}-${i + term.length}-${entry}`);
      }
      expect(naive.length, file).toBeGreaterThan(0);
      expect(plain.scan(text).map((h) => `${h.start}-${h.end}-${h.entry}`), file).toEqual(naive);
    }
  });
});
