import { describe, it, expect } from 'vitest';
import { extractPosting } from '../../lib/extract/extract';
import { html, loadFixture } from './load-fixture';

describe('extractPosting', () => {
  it('uses the JSON-LD posting and leaves out nav and footer', () => {
    const r = extractPosting(loadFixture('jsonld-basic.html'), { url: 'https://mirai-kyujin.example/jobs/10001?from=top#apply' });
    expect(r).not.toBeNull();
    expect(r!.source).toBe('json-ld');
    expect(r!.title).toBe('インバウンドコールスタッフ（正社員）');
    expect(r!.text).toBe(
      [
        'インバウンドコールスタッフ（正社員）',
        '',
        '【仕事内容】',
        '家電製品をご購入いただいたお客様からのお問い合わせに電話で対応するお仕事です。',
        '・操作方法のご案内',
        '・修理受付の登録',
        '・担当部署への引き継ぎ',
        '発信業務や販売ノルマはありません。',
        '',
        '【給与】',
        '月給 250,000円〜300,000円',
        '',
        '【雇用形態】',
        'フルタイム',
        '',
        '【勤務地】',
        '宮城県仙台市青葉区架空町1-2-3 さくらビル5F',
        '',
        '【勤務時間】',
        '9:00〜18:00（休憩60分）',
        '',
        '【応募資格】',
        '高卒以上',
        '基本的なPC操作ができる方',
        '',
        '【会社概要】',
        'さくら通信サポート株式会社',
      ].join('\n'),
    );
    expect(r!.text).not.toMatch(/マイページ|運営事務局|Mirai Kyujin Navi/);
  });

  it('accepts a single JSON-LD posting whose title is on the page even without a URL', () => {
    const r = extractPosting(loadFixture('jsonld-graph.html'));
    expect(r?.source).toBe('json-ld');
    expect(r?.text.split('\n')[0]).toBe('カフェスタッフ（アルバイト）');
  });

  it('skips broken JSON-LD and extracts the dl posting, without nav, sidebar or footer', () => {
    const r = extractPosting(loadFixture('broken-jsonld-dl.html'));
    expect(r).toEqual({
      source: 'generic',
      // The block's content element (div.job) holds the h1; the sidebar beside it is left out.
      via: { title: 'h1 in the block', body: 'labelled block dl.job-detail in div.job' },
      title: '一般事務スタッフ',
      text: [
        '一般事務スタッフ',
        '■仕事内容',
        '物流センターでの受発注データの入力、伝票整理、電話の取り次ぎをお願いします。',
        '営業や電話での勧誘はありません。',
        '■給与',
        '月給 210,000円〜',
        '■勤務地',
        '埼玉県さいたま市見沼区（架空物流センター）',
        '■勤務時間',
        '8:30〜17:30',
        '■応募資格',
        '未経験歓迎／Excelの基本操作ができる方',
      ].join('\n'),
    });
  });

  it('ignores stale JSON-LD whose title is not on the page and uses the generic block', () => {
    const r = extractPosting(loadFixture('stale-jsonld.html'), { url: 'https://hikari-contact.example/jobs/1234' });
    expect(r).toEqual({
      source: 'generic',
      via: { title: 'h1', body: 'labelled block table.job-table' },
      title: 'コールセンターオペレーター',
      text: [
        'コールセンターオペレーター',
        '仕事内容\t保険商品のご案内のための発信業務です。1日80件程度のお電話をおかけします。',
        '給与\t時給1,600円＋インセンティブ',
        '勤務地\t福岡県福岡市博多区',
        '雇用形態\t契約社員',
      ].join('\n'),
    });
  });

  it('trusts a JSON-LD posting whose url matches the page even if its title is not shown', () => {
    const r = extractPosting(loadFixture('stale-jsonld.html'), { url: 'https://www.hikari-contact.example/jobs/old-777/?x=1' });
    expect(r?.source).toBe('json-ld');
    expect(r?.title).toBe('倉庫内軽作業スタッフ');
  });

  it('extracts a table posting: title from the heading above it, no nav/breadcrumb/recommended jobs/footer', () => {
    const r = extractPosting(loadFixture('table-posting.html'));
    expect(r).toEqual({
      source: 'generic',
      // The lead above the table says what the job is: the posting's content element (div.posting) is read whole.
      via: { title: 'heading in the block', body: 'labelled block tbody in div.posting' },
      title: '法人営業（ルート営業）',
      text: [
        '法人営業（ルート営業）',
        '既存のお取引先を回るルート営業です。',
        '仕事内容\tオフィス向け文具の既存顧客への提案営業。新規開拓の飛び込みはありません。',
        '月間売上目標あり（チームで達成を目指します）。',
        '応募資格\t普通自動車免許（AT限定可）',
        '給与\t月給 260,000円〜320,000円　※経験・能力を考慮',
        '勤務地\t東京都江東区（架空倉庫ビル3F）',
        '勤務時間\t9:00〜18:00',
        '休日休暇\t土日祝、年末年始',
        '待遇・福利厚生\t社会保険完備、交通費支給',
      ].join('\n'),
    });
    expect(r!.text).not.toMatch(/しごとマルシェ|テレアポ|反響営業|プライバシー|東京都の求人/);
  });

  it('falls back to the main content of an article, without site header, nav, aside or footer', () => {
    const r = extractPosting(loadFixture('article.html'));
    expect(r).toEqual({
      source: 'main',
      via: { title: 'h1 in article', body: 'article' },
      title: '在宅ワークを始める前に確認したい5つのこと',
      text: [
        '在宅ワークを始める前に確認したい5つのこと',
        '2031年5月10日',
        '在宅ワークは通勤がない一方で、自己管理が欠かせません。',
        '1. 作業スペースを決める',
        '集中できる場所を一つ決めておきましょう。',
        '2. 連絡の手段を確認する',
        'チャットやメールなど、やり取りの方法を事前に確認しておくと安心です。',
        '文：編集部',
      ].join('\n'),
    });
  });

  it('drops nav/header/footer/aside from <body> when there is no main element', () => {
    const doc = html(
      '<html><head><title>お知らせ</title></head><body><header>サイト名</header><nav>メニュー</nav>' +
        '<div><p>本文1</p><p>本文2</p></div><aside>広告</aside><footer>フッター</footer></body></html>',
    );
    expect(extractPosting(doc)).toEqual({
      source: 'main',
      title: 'お知らせ',
      text: 'お知らせ\n本文1\n本文2',
      via: { title: '<title>', body: 'body' },
    });
  });

  it('does not take postings from an ItemList (list page falls back to main)', () => {
    const r = extractPosting(loadFixture('itemlist.html'));
    expect(r?.source).toBe('main');
    expect(r?.title).toBe('東京都のコールセンター求人 3件');
  });

  it('returns null for an empty page', () => {
    expect(extractPosting(loadFixture('empty.html'))).toBeNull();
    expect(extractPosting(html(''))).toBeNull();
  });

  it('returns the description of markup-laden JSON-LD as plain text', () => {
    const r = extractPosting(loadFixture('xss-description.html'));
    expect(r?.source).toBe('json-ld');
    expect(r?.text).toBe(
      '清掃スタッフ\n\n【仕事内容】\nオフィスビルの共用部清掃です。\n1日3時間からOK。\n\nシニア歓迎\n\n【給与】\n時給 1,100円〜\n\n【会社概要】\nほしぞらビルサービス株式会社',
    );
    expect((globalThis as Record<string, unknown>).__kyujinLensPwned).toBeUndefined();
  });

  describe('several JSON-LD postings', () => {
    const page = (h1: string) =>
      html(
        `<html><head><title>${h1}</title><script type="application/ld+json">${JSON.stringify([
          { '@type': 'JobPosting', title: '営業', description: 'A', url: 'https://x.example/jobs?id=1' },
          { '@type': 'JobPosting', title: '法人営業', description: 'B', url: 'https://x.example/jobs?id=2' },
          { '@type': 'JobPosting', title: '事務', description: 'C', url: 'https://x.example/other' },
        ])}</script></head><body><h1>${h1}</h1></body></html>`,
      );

    it('picks by the page URL, exact query first', () => {
      expect(extractPosting(page('求人'), { url: 'https://x.example/jobs?id=2' })?.title).toBe('法人営業');
      expect(extractPosting(page('求人'), { url: 'https://x.example/other#top' })?.title).toBe('事務');
    });

    it('picks by the title in <title>/<h1>, longest match first', () => {
      expect(extractPosting(page('法人営業の求人'))?.title).toBe('法人営業');
      expect(extractPosting(page('事務スタッフ募集'))?.title).toBe('事務');
    });

    it('uses none of them when neither URL nor title matches', () => {
      expect(extractPosting(page('製造'), { url: 'https://y.example/' })?.source).toBe('main');
    });
  });

  describe('a JobPosting whose description is a one-line summary of a board table', () => {
    const summary = '受注センターのリーダーとして、スタッフ12名の応対品質と進捗を見守るお仕事です。';
    const rows = [
      ['仕事内容', '受注電話の進捗確認、スタッフへの助言、日報の作成'],
      ['給与', '月給24万円～28万円（固定残業代月10時間分を含む）'],
      ['交通費', '上限2万円まで支給'],
      ['勤務時間', '9:00～18:00'],
      ['休日', '土日祝'],
      ['研修', '最初の2週間は前任者と一緒に'],
      ['応募資格', '受注や問い合わせ窓口でのリーダー経験がある方'],
      ['勤務地', '札幌市北区北7条西X-X 北七条ビル3階'],
    ];
    const page = (n: number) =>
      html(
        `<html><head><title>受注センターのリーダー</title><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: '受注センターのリーダー', description: summary })}</script></head>` +
          `<body><h1>受注センターのリーダー</h1><p>${summary}</p><table>${rows.slice(0, n).map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table></body></html>`,
      );

    it('reads the table when it sets the posting out in five lines or more, though it says less than 300 characters more', () => {
      const r = extractPosting(page(8))!;
      expect(r.source).toBe('generic');
      expect(r.text).toContain('固定残業代月10時間分');
      expect(r.text).toContain('上限2万円');
    });

    it('keeps the JobPosting when the page shows only a few lines beside it', () => {
      expect(extractPosting(page(2))!.source).toBe('json-ld');
    });
  });

  it('always starts the text with the title line', () => {
    for (const name of ['jsonld-basic.html', 'broken-jsonld-dl.html', 'table-posting.html', 'article.html', 'itemlist.html']) {
      const r = extractPosting(loadFixture(name))!;
      expect(r.text.split('\n')[0]).toBe(r.title);
      expect(r.title).not.toBe('');
    }
  });

  it('uses the first text line as the title when the page has no title or heading', () => {
    expect(extractPosting(html('<p>ただの文章です。</p><p>二行目</p>'))).toEqual({
      source: 'main',
      via: { title: 'first line', body: 'body' },
      title: 'ただの文章です。',
      text: 'ただの文章です。\n二行目',
    });
  });
});
