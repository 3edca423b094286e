// A posting that lost its line breaks (an HTML description with its tags stripped, a page copied as one paragraph, a
// board's structured data flattened to one string) must read as the same posting with them. Postings and lines of our own
// (tests/fixtures/flattened), flattened here the two ways pages do it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../lib/index';
import { normalize, originalRange } from '../lib/text/normalize';
import { run } from './helpers';

const dir = path.join(import.meta.dirname, 'fixtures/flattened');
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
/** The title on its line (as the extension puts it), every other line joined by a blank. */
const withBlanks = (s: string) => { const [title, ...rest] = s.split('\n'); return `${title}\n${rest.filter((l) => l.trim()).join(' ')}`; };
/** The title on its line, every other line glued to the next with nothing between (tags stripped). */
const glued = (s: string) => { const [title, ...rest] = s.split('\n'); return `${title}\n${rest.map((l) => l.trim()).join('')}`; };

/** What a reader of the badge sees: the verdicts and the pay. */
const reading = (r: AnalysisResult) => ({
  posting: r.posting,
  jobType: r.jobType,
  callCenter: r.callCenter,
  quota: r.quota,
  incentive: r.signals.incentive,
  beginnerOk: r.signals.beginnerOk,
  base: r.pay.base && [r.pay.base.unit, r.pay.base.min, r.pay.base.max],
  training: r.pay.training && r.pay.training.min,
  incentiveKind: r.pay.incentive.kind,
  perUnit: r.pay.incentive.perUnit,
  fixedOvertime: r.pay.fixedOvertime !== null,
  commute: [r.pay.commute.kind, r.pay.commute.cap],
});

// What each posting is, as written: the flattened forms must read the same.
const WRITTEN: Record<string, Partial<ReturnType<typeof reading>>> = {
  'inbound-brackets.txt': { jobType: 'inbound', callCenter: true, quota: 'negated', base: ['hour', 1350, 1350], training: 1300, commute: ['full', null] },
  'outbound-marks.txt': { jobType: 'outbound', callCenter: true, quota: 'stated', base: ['hour', 1400, 1400], incentiveKind: 'plus', perUnit: 2000, commute: ['capped', 20000] },
  'office-with-calls.txt': { jobType: 'other', callCenter: false, quota: 'absent', base: ['month', 210000, 210000], fixedOvertime: true, commute: ['capped', 30000] },
  'public-office-sheet.txt': { jobType: 'inbound', callCenter: true, base: ['hour', 1100, 1200], fixedOvertime: false, commute: ['capped', 20000] },
};

describe('a flattened posting reads as the posting with its lines', () => {
  for (const [file, want] of Object.entries(WRITTEN)) {
    it(`${file} as written`, async () => {
      expect(reading(await run(read(file)))).toMatchObject({ posting: true, ...want });
    });
    it(`${file} with its lines joined by blanks`, async () => {
      expect(reading(await run(withBlanks(read(file))))).toEqual(reading(await run(read(file))));
    });
  }
  // Glued with nothing between, a heading is found only by its mark, its brackets or its colon: the public office's
  // sheet sets its labels bare (賃金・手当基本給時間額…), and nothing tells where they end, so it is not among these.
  for (const file of ['inbound-brackets.txt', 'outbound-marks.txt', 'office-with-calls.txt']) {
    it(`${file} with its lines glued together`, async () => {
      expect(reading(await run(glued(read(file))))).toEqual(reading(await run(read(file))));
    });
  }
});

describe('a table copied as one line of cells (求人番号｜…｜職種｜…)', () => {
  it('reads as a posting, its pay and commute and its beginner-friendliness found', async () => {
    const r = reading(await run(read('cells-one-line.txt')));
    expect(r).toMatchObject({ posting: true, jobType: 'inbound', callCenter: true, beginnerOk: true, base: ['hour', 1150, 1250], commute: ['capped', 15000] });
  });

  it('splits the line into a row per label and its value, the labels paired on from the headings', () => {
    const rows = normalize(read('cells-one-line.txt')).text.split('\n');
    for (const row of ['求人番号|27010-0xxxx18', '受付年月日|2026年10月1日', '事業所名|株式会社さざなみテレサービス 大阪センター', '必要な経験|不問', '賃金(時間額)|1,150円〜1,250円', '通勤手当|実費支給(上限あり) 月額15,000円', '教育訓練|入社後5日間の研修とマニュアルあり', '応募書類|履歴書']) {
      expect(rows).toContain(row);
    }
  });

  it('passes over empty cells, and a blank column pairs with nothing', () => {
    const text = normalize('電話受付スタッフ｜ ｜職種｜電話受付｜ ｜給与｜時給1,200円｜｜勤務地｜東京都港区｜ ｜応募資格｜不問｜ ｜勤務時間｜9時～18時｜ ｜仕事内容｜お客様からのお電話を受けます').text;
    expect(text.split('\n')).toEqual(['電話受付スタッフ', '職種|電話受付', '給与|時給1,200円', '勤務地|東京都港区', '応募資格|不問', '勤務時間|9時~18時', '仕事内容|お客様からのお電話を受けます']);
  });
});

describe('normalize puts back the line breaks of a flattened posting', () => {
  const flat =
    '電話受付スタッフ 【仕事内容】 お客様からのお電話を受け、ご注文を入力します。 手順はマニュアルにあります。 【給与】 時給1,250円 ※研修中も同額 ' +
    '【勤務地】 京都府京都市下京区 【応募資格】 ・未経験歓迎 ・週3日から 勤務時間：9:00～17:00';
  const lines = normalize(flat).text.split('\n');

  it('before each heading, item and note, after each sentence, and between a marked heading and its value', () => {
    expect(lines).toEqual([
      '電話受付スタッフ',
      '【仕事内容】',
      'お客様からのお電話を受け、ご注文を入力します。',
      '手順はマニュアルにあります。',
      '【給与】',
      '時給1,250円',
      '※研修中も同額',
      '【勤務地】',
      '京都府京都市下京区',
      '【応募資格】',
      '・未経験歓迎',
      '・週3日から',
      '勤務時間:9:00~17:00',
    ]);
  });

  it('maps what it reads back to the original', () => {
    const n = normalize(flat);
    const at = n.text.indexOf('時給1,250円');
    expect(flat.slice(...originalRange(n, at, at + '時給1,250円'.length))).toBe('時給1,250円');
    const heading = n.text.indexOf('\n【給与】');
    expect(flat.slice(...originalRange(n, heading, heading + 5))).toBe('【給与】');
  });

  it('glued without blanks, before each bracketed heading and each label with a colon', () => {
    const text = normalize('受付スタッフ\n【仕事内容】カタログを見たお客様からのご注文のお電話を受け、パソコンに入力します。【給与】時給1,200円待遇：交通費全額支給勤務地：大阪市北区【応募方法】応募フォームから').text;
    expect(text.split('\n')).toEqual(['受付スタッフ', '【仕事内容】カタログを見たお客様からのご注文のお電話を受け、パソコンに入力します。', '【給与】時給1,200円', '待遇:交通費全額支給', '勤務地:大阪市北区', '【応募方法】応募フォームから']);
  });

  it('keeps a label and its value on one row (成果目標 月10件, 手当 なし)', () => {
    const text = normalize('テレアポスタッフ 仕事内容：会社へお電話をかけ、訪問の日時をお約束します。 成果目標 月10件のアポイント獲得 給与：時給1,300円 勤務地：東京都 定額的に支払われる手当 なし 固定残業代 なし').text;
    expect(text).toContain('\n成果目標 月10件のアポイント獲得\n');
    expect(text).toContain('手当 なし\n');
    expect(text).toContain('固定残業代 なし');
  });

  it('a blank between words ends a line when what stands before it is no label', () => {
    const text = normalize('介護スタッフ 仕事内容：ご利用者様のご自宅を訪問し、お食事や入浴など身の回りのお手伝いをします 移動は社用車です 給与：時給1,150円～ 深夜は割増あり 勤務地：横浜市 勤務時間：シフト制').text;
    expect(text).toContain('身の回りのお手伝いをします\n移動は社用車です\n給与');
    expect(text).toContain('時給1,150円~\n深夜は割増あり');
  });

  it.each([
    ['a line of prose that names two fields', 'お給料や勤務地のことは面接でも丁寧にご説明しますので、気になることがあれば何でも聞いてください。 初めての方も多い職場ですから、安心してご応募いただければと思います。 '.repeat(2)],
    ['a long line with the headings of two fields', '給与：時給1,300円（研修中も同額、22時以降は深夜手当として25％割増、交通費は別途規定により支給） 勤務地：東京都新宿区西新宿1丁目（新宿駅西口から徒歩5分、地下道直結）'],
    ['a posting with its lines', read('inbound-brackets.txt')],
  ])('leaves %s as it is', (_name, text) => {
    expect(normalize(text.replace(/\n/g, '\r')).text).toBe(normalize(text).text);
    expect(normalize(text).text.split('\n')).toHaveLength(text.split('\n').length);
  });
});

describe('normalize on flattened lines built at random from the pieces postings use', () => {
  // A fixed seed: the same lines every run.
  let seed = 20261205;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const PIECES = ['【給与】', '給与', '勤務地：', '■仕事内容', '仕事内容', '｜', '｜ ｜', ' ', '　', '。', '、', '・', '※', 'Q.', 'なし', 'あり', '時給1,200円', '東京都港区', 'お電話を受けます', 'ノルマ', '応募資格', '\r\n', '\n', '【', '】', '(', ')', 'ﾃﾚｱﾎﾟ', '㈱', '。 ｜', '｜｜', ' ｜ ', '｜職種｜'];
  it('ends, keeps every character of the original in order, and maps each unit back within it', () => {
    for (let k = 0; k < 300; k++) {
      let original = '';
      while (original.length < 80 + rand(400)) original += PIECES[rand(PIECES.length)];
      const n = normalize(original);
      let before = 0;
      for (let i = 0; i < n.text.length; i++) {
        const [a, b] = originalRange(n, i, i + 1);
        expect(a).toBeGreaterThanOrEqual(before);
        expect(b).toBeLessThanOrEqual(original.length);
        before = a;
      }
      // What was put in or taken out is line breaks, blanks and cells' separators only: without them, the text is the
      // original's, folded.
      const bare = (s: string) => s.replace(/[\s|]+/g, '');
      expect(bare(n.text)).toBe(bare(original.normalize('NFKC').toLowerCase()));
    }
  });
});
