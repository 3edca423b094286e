import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../lib/text/normalize';
import { findSections, sectionAt } from '../lib/text/sections';
import { splitSentences, MAX_SENTENCE } from '../lib/text/sentences';

describe('normalize', () => {
  it('folds widths and case, unifies line breaks', () => {
    expect(normalize('ｺｰﾙｾﾝﾀｰ　ＳＶ\r\nＡＢＣ１２３\rx').text).toBe('コールセンター sv\nabc123\nx');
  });

  it('maps every normalized range back to the original text', () => {
    const original = 'ﾃﾚｱﾎﾟ業務、㈱ミライ\r\n受発信😀ｶﾞﾝﾊﾞﾙ';
    const n = normalize(original);
    const find = (s: string) => {
      const i = n.text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      const [a, b] = originalRange(n, i, i + s.length);
      return original.slice(a, b);
    };
    expect(find('テレアポ')).toBe('ﾃﾚｱﾎﾟ');
    expect(find('業務')).toBe('業務');
    expect(find('(株)')).toBe('㈱');
    expect(find('受発信')).toBe('受発信');
    expect(find('😀')).toBe('😀');
    expect(find('ガンバル')).toBe('ｶﾞﾝﾊﾞﾙ');
  });

  it('composes combining marks and keeps surrogate pairs whole', () => {
    const n = normalize('か\u3099んばる 𠮷野家');
    expect(n.text).toBe('がんばる 𠮷野家');
    const i = n.text.indexOf('𠮷');
    expect(originalRange(n, i, i + 2)).toEqual([6, 8]);
  });

  it('blanks control characters so they cannot join or hide words', () => {
    expect(normalize('ノル\u0000マ\u200b').text).toBe('ノル マ ');
  });
});

describe('normalize: the fast path copies only what the slow path would leave alone', () => {
  // Runs of "stable" characters are copied without NFKC; a character wrongly counted stable would slip through
  // unfolded (（ as it is, Ａ not a). Every BMP code point, set between two kana, must come out as NFKC and lower-casing
  // make it (circled numbers, line breaks and Western stops aside: they have rules of their own).
  it('every BMP code point between two kana comes out as NFKC and lower-casing give it', () => {
    const circled = /^[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]$/;
    const lineBreak = /^[\r\u2028\u2029\u0085]$/;
    // ，． and ., between Japanese words are 、 and 。 (western-stops.test.ts); so are the forms NFKC makes , and . of.
    const stop = (ch: string) => ({ ',': '、', '.': '。' })[ch.normalize('NFKC')] ?? null;
    const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const mid = circled.test(ch) ? ch : lineBreak.test(ch) ? '\n' : stop(ch);
      const want = mid !== null ? `あ${mid}あ` : `あ${ch}あ`.normalize('NFKC').toLowerCase().replace(control, ' ');
      if (normalize(`あ${ch}あ`).text !== want) wrong.push(`U+${c.toString(16).padStart(4, '0')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('sections', () => {
  it('finds headings in the common forms', () => {
    const text = normalize('コールセンタースタッフ募集\n【仕事内容】\n受信業務\n■給与\n時給1200円\n会社概要：テレマーケティング事業\n勤務地\n東京').text;
    const s = findSections(text);
    expect(s.map((x) => x.kind)).toEqual(['title', 'other', 'job', 'pay', 'company', 'conditions']);
    expect(sectionAt(s, text.indexOf('受信業務'))).toBe('job');
    expect(sectionAt(s, text.indexOf('テレマーケティング'))).toBe('company');
    expect(sectionAt(s, 0)).toBe('title');
  });

  it('reads a label between the same marks as a heading (★報酬★, ■給与■, ◆仕事内容◆)', () => {
    const text = normalize('チラシ配布｜1部2円〜\n★お仕事内容★\n住宅のポストに配布\n★報酬★\n1部2円〜4円\n◆勤務地◆\n川口市').text;
    const s = findSections(text);
    expect(sectionAt(s, text.indexOf('住宅'))).toBe('job');
    expect(sectionAt(s, text.indexOf('1部2円〜4円'))).toBe('pay');
    expect(sectionAt(s, text.indexOf('川口'))).toBe('conditions');
  });

  it('reads a label between rules as a heading (―― 休日 ――, ━ 応募方法 ━, ＝ 仕事内容 ＝)', () => {
    const text = normalize('デザイナー募集\n―― 給与 ――\n月給25万円\n―― 休日 ――\n土日祝\n━ 応募方法 ━\nメールで\n＝ 仕事内容 ＝\n印刷物のデザイン').text;
    const s = findSections(text);
    expect(sectionAt(s, text.indexOf('25万'))).toBe('pay');
    expect(sectionAt(s, text.indexOf('土日祝'))).toBe('conditions');
    expect(sectionAt(s, text.indexOf('メールで'))).toBe('conditions');
    expect(sectionAt(s, text.indexOf('印刷物'))).toBe('job');
  });

  it('takes the line under a board\'s job number or a recruit site\'s name for the title too', () => {
    for (const top of ['お仕事No.KT-882104', '求人番号：13010-12345', 'オートプラザ株式会社　採用情報']) {
      const text = normalize(`${top}\n【営業事務】受注処理のお仕事\n■お仕事内容\n見積書の作成`).text;
      expect(sectionAt(findSections(text), text.indexOf('受注処理'))).toBe('title');
    }
    const plain = normalize('コールセンタースタッフ\n株式会社サンプル\n■お仕事内容\n受信').text;
    expect(sectionAt(findSections(plain), plain.indexOf('株式会社'))).not.toBe('title');
  });

  it('reads a table row flattened into text as a heading with its value on the same line', () => {
    const text = normalize('受付スタッフ募集\n職種　電話受付\n雇用形態\tパート\n給与  時給1,150円\n勤務地 横浜市').text;
    const s = findSections(text);
    expect(s.map((x) => x.kind)).toEqual(['title', 'other', 'job', 'conditions', 'pay', 'conditions']);
    expect(sectionAt(s, text.indexOf('1,150'))).toBe('pay');
  });

  it('reads the numbered fields of a government job form, with a note after the label', () => {
    const text = normalize('求人票\n2　仕事内容\n書類の入力\n9　賃金（税込）\n基本給 180,000円\n11　就業時間　9:00〜17:00').text;
    const s = findSections(text);
    expect(sectionAt(s, text.indexOf('書類'))).toBe('job');
    expect(sectionAt(s, text.indexOf('180,000'))).toBe('pay');
    expect(sectionAt(s, text.indexOf('9:00'))).toBe('conditions');
  });

  it('does not take a duty that joins a label to a task (・給与・賞与計算) for a heading, nor a label and prose after a space', () => {
    const text = normalize('経理事務\n【仕事内容】\n・給与・賞与計算\n・給与・勤怠の集計\n資格 を活かして働けます\n給与 について詳しくは面接で\n【給与】\n月給23万円').text;
    expect(findSections(text).map((x) => x.kind)).toEqual(['title', 'other', 'job', 'pay']);
    // A heading that joins a second item, and a row with its value, still are.
    const rows = normalize('事務\n賃金・手当\n月給23万円\n資格　普通自動車免許').text;
    expect(findSections(rows).map((x) => x.kind)).toEqual(['title', 'other', 'pay', 'requirements']);
  });

  it('keeps a list item that names a label with its value (・賞与 年2回) in the section it is listed in', () => {
    const text = normalize('事務\n【待遇】\n・賞与 年2回\n・資格 取得支援制度あり\n・寮あり 月1万円\n■給与 月給20万円').text;
    expect(findSections(text).map((x) => x.kind)).toEqual(['title', 'other', 'conditions', 'pay']);
  });

  it('does not take a word that merely starts with a label for a heading', () => {
    const text = '募集\n資格取得支援制度あり\n給与体系は別途\n給料日 毎月25日';
    expect(findSections(text).map((x) => x.kind)).toEqual(['title', 'other']);
  });
});

describe('sentences', () => {
  it('splits at sentence ends and line breaks and cuts very long lines', () => {
    const long = 'あ、'.repeat(400);
    const spans = splitSentences(`一文目。二文目！\n三行目\n${long}`);
    expect(spans.slice(0, 3).length).toBe(3);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE + 1);
  });

  it('keeps speech quoted inside a sentence in that sentence', () => {
    const text = '売り場でお客様に「光回線、見直しませんか？」とお声がけします。次の文。';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['売り場でお客様に「光回線、見直しませんか？」とお声がけします。', '次の文。']);
    const two = '店長から『まずは笑顔で。焦らなくて大丈夫！』と言われました。';
    expect(splitSentences(two).length).toBe(1);
  });

  it('ends sentences as before where a quotation does not close on its line', () => {
    const text = '「ノルマはありますか？\nありません。';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['「ノルマはありますか？', 'ありません。']);
    const closedEarlier = '「はい」と答えます。次です。';
    expect(splitSentences(closedEarlier).length).toBe(2);
  });
});

describe('normalize: blanks at the ends of lines', () => {
  it('drops spaces, tabs, full-width and no-break spaces before a line break or the end, and maps back', () => {
    const original = '給与 \t\n時給1,200円\u3000\r\n勤務地\u00a0\n  \n東京都  ';
    const n = normalize(original);
    expect(n.text).toBe('給与\n時給1,200円\n勤務地\n\n東京都');
    const at = n.text.indexOf('時給');
    expect(originalRange(n, at, at + 2)).toEqual([original.indexOf('時給'), original.indexOf('時給') + 2]);
    const tokyo = n.text.indexOf('東京都');
    expect(original.slice(...originalRange(n, tokyo, tokyo + 3))).toBe('東京都');
  });
  it('keeps blanks inside a line (給　与, 時給 1,200円)', () => {
    expect(normalize('給\u3000与 時給 1,200円\n').text).toBe('給 与 時給 1,200円\n');
  });
});

describe('normalize: a pictograph that opens a line', () => {
  it('an emoji that opens a line marks it as ■ does; one inside a line, and ▶ or ★, stay as they are', () => {
    const n = normalize('📞 お仕事内容\n  ✅ 未経験OK\n時給1,200円💰\n▶ 詳しくはこちら\n★給与');
    expect(n.text).toBe('■ お仕事内容\n  ■ 未経験ok\n時給1,200円💰\n▶ 詳しくはこちら\n★給与');
    const at = n.text.indexOf('お仕事');
    expect(n.original.slice(...originalRange(n, at, at + 3))).toBe('お仕事');
  });

  it('every emoji-style sign of the BMP that opens a line becomes ■ (the fast path must not copy them past that rule)', () => {
    for (const sign of ['✅', '✔', '☑', '✨', '⭐', '☎', '⏰', '⚠', '❗', '❓']) {
      expect(normalize(`${sign} 交通費支給`).text, sign).toBe('■ 交通費支給');
    }
  });
});

describe('normalize: Markdown headings', () => {
  it('the hashes of a heading that opens a line become one ■, offsets kept; a hashtag or a # inside a line stays', () => {
    const n = normalize('## お仕事の内容\n受注の電話を受けます\n  ＃＃＃ 給与\n#未経験OK #週3日から\n品番 #12');
    expect(n.text).toBe('■ お仕事の内容\n受注の電話を受けます\n  ■ 給与\n#未経験ok #週3日から\n品番 #12');
    const at = n.text.indexOf('給与');
    expect(n.original.slice(...originalRange(n, at, at + 2))).toBe('給与');
    expect(n.original.slice(...originalRange(n, 0, 1))).toBe('##');
  });
});

describe('normalize: a double-spaced page', () => {
  it('a page with a blank line after every line has its line breaks halved, offsets kept; two blank lines stay one', () => {
    const n = normalize('受付スタッフ\n\n【給与】\n\n時給1,200円\n\n\n\n【勤務地】\r\n\r\n札幌市\n\n応募はお電話で');
    expect(n.text).toBe('受付スタッフ\n【給与】\n時給1,200円\n\n【勤務地】\n札幌市\n応募はお電話で');
    const at = n.text.indexOf('札幌市');
    expect(n.original.slice(...originalRange(n, at, at + 3))).toBe('札幌市');
  });
  it('a page with two lines together anywhere, or with few lines, keeps its blank lines', () => {
    const page = '受付スタッフ\n\n【給与】\n時給1,200円\n\n【勤務地】\n\n札幌市\n\n応募はお電話で';
    expect(normalize(page).text).toBe(page);
    expect(normalize('給与\n\n時給1,200円\n\n札幌市').text).toBe('給与\n\n時給1,200円\n\n札幌市');
  });
});

describe('normalize: list items opened by a dash, a star or a plus', () => {
  it('the mark becomes a ・ character for character; a rule, a range or a figure stays', () => {
    const n = normalize('- ノルマなし\n  * 交通費支給\n+ 週3日〜\n-----\n9:00-18:00\n-5℃の倉庫\n-');
    expect(n.text).toBe('・ ノルマなし\n  ・ 交通費支給\n・ 週3日〜\n-----\n9:00-18:00\n-5°cの倉庫\n-');
    const at = n.text.indexOf('交通費');
    expect(n.original.slice(...originalRange(n, at, at + 3))).toBe('交通費');
  });
});
