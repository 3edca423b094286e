import { describe, it, expect } from 'vitest';
import { findJobPostings, jobPostingText, type JobPostingLd } from '../../lib/extract/json-ld';
import { html, loadFixture } from './load-fixture';

/**
 * A document whose head holds the given JSON-LD script bodies. "</" is
 * written as "<\/" (as sites must) so markup in strings cannot end the script.
 */
function withLd(...scripts: string[]): Document {
  const tags = scripts
    .map((s) => `<script type="application/ld+json">${s.replace(/<\//g, '<\\/')}</script>`)
    .join('\n');
  return html(`<!DOCTYPE html><html><head><title>t</title>${tags}</head><body><h1>t</h1></body></html>`);
}

describe('findJobPostings', () => {
  it('reads a JobPosting and turns the HTML description into lines', () => {
    const [jp, ...rest] = findJobPostings(loadFixture('jsonld-basic.html'));
    expect(rest).toHaveLength(0);
    expect(jp).toEqual<JobPostingLd>({
      title: 'インバウンドコールスタッフ（正社員）',
      description:
        '家電製品をご購入いただいたお客様からのお問い合わせに電話で対応するお仕事です。\n' +
        '・操作方法のご案内\n・修理受付の登録\n・担当部署への引き継ぎ\n' +
        '発信業務や販売ノルマはありません。',
      employmentType: 'フルタイム',
      baseSalary: '月給 250,000円〜300,000円',
      jobLocation: '宮城県仙台市青葉区架空町1-2-3 さくらビル5F',
      hiringOrganization: 'さくら通信サポート株式会社',
      workHours: '9:00〜18:00（休憩60分）',
      qualifications: '高卒以上\n基本的なPC操作ができる方',
      url: 'https://mirai-kyujin.example/jobs/10001',
      identifier: '10001',
      datePosted: '2031-04-01',
    });
  });

  it('handles @graph, nested arrays, array @type with a prefix, charset in the type, HTML comments and a trailing comma', () => {
    const postings = findJobPostings(loadFixture('jsonld-graph.html'));
    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({
      title: 'カフェスタッフ（アルバイト）',
      description: 'ドリンクの提供やレジ、店内清掃をお願いします。\n未経験の方も歓迎です。\nシフトは週2日からOK。',
      employmentType: 'パートタイム',
      baseSalary: '時給 1,200円',
      jobLocation: '大阪府大阪市北区空想町4-5-6',
      hiringOrganization: '株式会社こもれび珈琲',
      url: '/recruit/cafe-staff?utm_source=feed',
    });
  });

  it('accepts the full schema.org IRI as @type', () => {
    const doc = withLd('{"@type":"http://schema.org/JobPosting","title":"検品スタッフ","description":"検品です"}');
    expect(findJobPostings(doc).map((j) => j.title)).toEqual(['検品スタッフ']);
  });

  it('finds a JobPosting under another node (WebPage.mainEntity)', () => {
    const doc = withLd('{"@type":"WebPage","mainEntity":{"@type":"JobPosting","title":"受付","description":"来客対応"}}');
    expect(findJobPostings(doc).map((j) => j.title)).toEqual(['受付']);
  });

  it('skips broken JSON-LD without failing, and still reads the good scripts', () => {
    expect(findJobPostings(loadFixture('broken-jsonld-dl.html'))).toEqual([]);
    const doc = withLd('{ "@type": "JobPosting", "title": ', '{"@type":"JobPosting","title":"軽作業","description":"箱詰め"}');
    expect(findJobPostings(doc).map((j) => j.title)).toEqual(['軽作業']);
  });

  it('repairs raw newlines inside strings', () => {
    const doc = withLd('{"@type":"JobPosting","title":"配送","description":"1行目\n2行目"}');
    expect(findJobPostings(doc)[0].description).toBe('1行目\n2行目');
  });

  it('tolerates a BOM, CDATA and a trailing semicolon around the JSON', () => {
    const doc = withLd(
      '\uFEFF//<![CDATA[\n{"@type":"JobPosting","title":"品出し","description":"陳列"}\n//]]>',
      '{"@type":"JobPosting","title":"レジ","description":"会計"};',
    );
    expect(findJobPostings(doc).map((j) => j.title)).toEqual(['品出し', 'レジ']);
  });

  it('leaves commas inside strings alone when removing trailing commas', () => {
    const doc = withLd('{"@type":"JobPosting","title":"A, ]","description":"x, }",}');
    expect(findJobPostings(doc)[0]).toMatchObject({ title: 'A, ]', description: 'x, }' });
  });

  it('does not return postings of an ItemList (a list page)', () => {
    expect(findJobPostings(loadFixture('itemlist.html'))).toEqual([]);
  });

  it('ignores other script types', () => {
    const doc = html(
      '<html><head><script type="application/json">{"@type":"JobPosting","title":"x","description":"y"}</script>' +
        '<script>{"@type":"JobPosting","title":"x","description":"y"}</script></head><body></body></html>',
    );
    expect(findJobPostings(doc)).toEqual([]);
  });

  it('stops at the depth limit and skips oversized scripts', () => {
    let deep = '{"@type":"JobPosting","title":"深すぎる","description":"x"}';
    for (let i = 0; i < 30; i++) deep = `{"a":${deep}}`;
    let shallow = '{"@type":"JobPosting","title":"浅い","description":"x"}';
    for (let i = 0; i < 5; i++) shallow = `[${shallow}]`;
    const huge = `{"@type":"JobPosting","title":"巨大","description":"${'あ'.repeat(1_000_001)}"}`;
    expect(findJobPostings(withLd(deep, shallow, huge)).map((j) => j.title)).toEqual(['浅い']);
  });

  it('turns markup in the description into plain text without running or keeping scripts', () => {
    const doc = loadFixture('xss-description.html');
    const before = doc.querySelectorAll('script, img').length;
    const [jp] = findJobPostings(doc);
    expect(jp.description).toBe('オフィスビルの共用部清掃です。\n1日3時間からOK。\n\nシニア歓迎');
    expect(jp.description).not.toMatch(/kyujinLensPwned|PWNED|<|onerror/);
    expect((globalThis as Record<string, unknown>).__kyujinLensPwned).toBeUndefined();
    // Nothing was added to the live page.
    expect(doc.querySelectorAll('script, img').length).toBe(before);
    expect(doc.querySelector('title')!.textContent).toBe('清掃スタッフ｜ほしぞらビルサービス');
  });

  it('decodes double-escaped markup', () => {
    const doc = withLd(
      JSON.stringify({ '@type': 'JobPosting', title: 'T', description: '&lt;p&gt;一&lt;/p&gt;&lt;p&gt;二&lt;br&gt;三&lt;/p&gt; &amp;amp; 四' }),
      JSON.stringify({ '@type': 'JobPosting', title: 'U', description: '&amp;lt;br&amp;gt;五&amp;lt;br /&amp;gt;六' }),
    );
    expect(findJobPostings(doc).map((j) => j.description)).toEqual(['一\n二\n三\n& 四', '五\n六']);
  });

  it('parses descriptions in a separate inert document (DOMParser in the browser), never in the page', () => {
    const doc = withLd(
      JSON.stringify({ '@type': 'JobPosting', title: 'T', description: '<p>a</p><script>evil()</script><img src=x onerror="evil()"><p>b</p>' }),
    );
    const parsed: string[] = [];
    // Node has no DOMParser; stand one in for the browser path and check it is the one used.
    const g = globalThis as { DOMParser?: unknown };
    g.DOMParser = class {
      parseFromString(markup: string) {
        parsed.push(markup);
        return html(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`);
      }
    };
    try {
      expect(findJobPostings(doc)[0].description).toBe('a\nb');
    } finally {
      delete g.DOMParser;
    }
    expect(parsed).toHaveLength(1);
    expect(doc.body.innerHTML).toBe('<h1>t</h1>');
  });

  it('formats salaries: units, ranges, single values, open ranges, other currencies', () => {
    const salary = (baseSalary: unknown) =>
      findJobPostings(withLd(JSON.stringify({ '@type': 'JobPosting', title: 'T', description: 'd', baseSalary })))[0]
        .baseSalary;
    const amount = (value: unknown, currency = 'JPY') => ({ '@type': 'MonetaryAmount', currency, value });
    expect(salary(amount({ value: 1200, unitText: 'HOUR' }))).toBe('時給 1,200円');
    expect(salary(amount({ minValue: 250000, maxValue: 300000, unitText: 'MONTH' }))).toBe('月給 250,000円〜300,000円');
    expect(salary(amount({ minValue: 4000000, maxValue: 6000000, unitText: 'YEAR' }))).toBe('年収 4,000,000円〜6,000,000円');
    expect(salary(amount({ value: '10000', unitText: 'DAY' }))).toBe('日給 10,000円');
    expect(salary(amount({ minValue: 1100, unitText: 'hour' }))).toBe('時給 1,100円〜');
    expect(salary(amount({ maxValue: 300000, unitText: 'MONTH' }))).toBe('月給 〜300,000円');
    expect(salary(amount({ minValue: 1500, maxValue: 1500, unitText: 'HOUR' }))).toBe('時給 1,500円');
    expect(salary(amount({ value: 30, unitText: 'HOUR' }, 'USD'))).toBe('時給 30 USD');
    expect(salary({ '@type': 'MonetaryAmount', currency: 'JPY', value: 200000, unitText: 'MONTH' })).toBe('月給 200,000円');
    expect(salary('月給25万円以上')).toBe('月給25万円以上');
    expect(salary({ '@type': 'MonetaryAmount', currency: 'JPY' })).toBeUndefined();
  });

  it('formats locations, organizations, employment types and identifiers in their various shapes', () => {
    const jp = findJobPostings(
      withLd(
        JSON.stringify({
          '@type': 'JobPosting',
          title: 'T',
          description: 'd',
          employmentType: 'FULL_TIME, CONTRACTOR',
          hiringOrganization: '有限会社そらまめ',
          jobLocation: [
            { address: { addressRegion: '北海道', addressLocality: '札幌市', streetAddress: '中央区1-1' } },
            { address: '北海道旭川市' },
            { address: { addressRegion: '北海道', addressLocality: '札幌市', streetAddress: '中央区1-1' } },
          ],
          jobLocationType: 'TELECOMMUTE',
          identifier: 'A-100',
          experienceRequirements: '接客経験1年以上',
        }),
      ),
    )[0];
    expect(jp).toMatchObject({
      employmentType: 'フルタイム、業務委託',
      hiringOrganization: '有限会社そらまめ',
      jobLocation: '北海道札幌市中央区1-1 / 北海道旭川市（リモート勤務可）',
      identifier: 'A-100',
      qualifications: '接客経験1年以上',
    });
  });
});

describe('jobPostingText', () => {
  it('writes the title, then 【】 sections in a fixed order, company last', () => {
    const text = jobPostingText({
      title: 'データ入力',
      description: '伝票の入力です。\n残業なし。',
      hiringOrganization: '株式会社かもめ',
      qualifications: 'PC基本操作',
      workHours: '9:00〜17:00',
      jobLocation: '神奈川県横浜市',
      employmentType: 'パートタイム',
      baseSalary: '時給 1,150円',
    });
    expect(text).toBe(
      [
        'データ入力',
        '',
        '【仕事内容】',
        '伝票の入力です。\n残業なし。',
        '',
        '【給与】',
        '時給 1,150円',
        '',
        '【雇用形態】',
        'パートタイム',
        '',
        '【勤務地】',
        '神奈川県横浜市',
        '',
        '【勤務時間】',
        '9:00〜17:00',
        '',
        '【応募資格】',
        'PC基本操作',
        '',
        '【会社概要】',
        '株式会社かもめ',
      ].join('\n'),
    );
  });

  it('omits sections that are absent or empty', () => {
    expect(jobPostingText({ title: '清掃', description: '', baseSalary: '  ' })).toBe('清掃');
    expect(jobPostingText({ title: '清掃', description: '床の清掃' })).toBe('清掃\n\n【仕事内容】\n床の清掃');
  });
});
