// The posting's content around its labelled block: a recruit page's title, lead and 仕事内容 prose stand above
// the 募集要項 table in the same content element, and say what the work is. Pages are our own.
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract/extract';
import { html } from './load-fixture';

const TABLE = `<table class="job-table">
<tr><th>給与</th><td>時給1,250円</td></tr>
<tr><th>勤務地</th><td>札幌市中央区</td></tr>
<tr><th>勤務時間</th><td>9:00〜18:00</td></tr>
<tr><th>応募資格</th><td>未経験の方も歓迎します</td></tr>
</table>`;

describe('the posting region around a labelled block', () => {
  it('reads the lead and the work described above the 募集要項 table in <main>, not the aside or footer', () => {
    const r = extractPosting(html(`<!doctype html><html><body>
<header><a href="/">北星サービス 採用サイト</a><nav><a href="/jobs">募集一覧</a></nav></header>
<div class="container"><main>
<h1>お客様相談室スタッフ</h1>
<p>ガス機器をお使いのお客様からのお電話を受け、使い方や点検のご予約を承るお仕事です。</p>
<h2>お任せしたいこと</h2><ul><li>お問い合わせへの回答</li><li>点検日の調整</li></ul>
<h2>募集要項</h2>${TABLE}
</main>
<aside><h3>ほかの募集</h3><p>配送ドライバー　月給26万円</p></aside></div>
<footer><p>資本金 5,000万円</p></footer>
</body></html>`));
    expect(r?.source).toBe('generic');
    expect(r?.text).toContain('ガス機器をお使いのお客様からのお電話を受け');
    expect(r?.text).toContain('点検日の調整');
    expect(r?.text).toContain('時給1,250円');
    expect(r?.text).not.toMatch(/配送ドライバー|資本金|募集一覧/);
  });

  it('on an older site stops below the wrapper that holds the site header, menu and footer (div#header, div#menu)', () => {
    const r = extractPosting(html(`<!doctype html><html><body><div id="wrap">
<div id="header"><p>みなみ通信サービス　お問い合わせ 0120-000-000</p></div>
<div id="menu"><a href="/">ホーム</a> | <a href="/service">サービス</a> | <a href="/recruit">採用情報</a></div>
<div id="contents">
<h2>テレフォンアポインター募集</h2>
<p>法人のお客様へお電話をおかけし、訪問のお約束をいただくお仕事です。1日60コールが目標です。</p>
${TABLE}
</div>
<div id="footer"><p>株式会社みなみ通信サービス　資本金 1億円</p></div>
</div></body></html>`));
    expect(r?.text).toContain('1日60コールが目標です');
    expect(r?.text).not.toMatch(/0120-000-000|サービス \||資本金/);
  });

  it('stops below a column that also lists other postings under their heading', () => {
    const r = extractPosting(html(`<!doctype html><html><body><div class="column">
<div class="detail"><h2>データ入力スタッフ</h2>${TABLE}</div>
<p><a href="/apply">応募する</a></p>
<h2>この求人を見た人はこんな求人も見ています</h2>
<div class="item"><p>テレアポスタッフ　ノルマあり　時給1,500円＋歩合</p></div>
</div></body></html>`));
    expect(r?.text).toContain('時給1,250円');
    expect(r?.text).not.toMatch(/テレアポ|ノルマ|応募する/);
  });
  it('reads the prose above the table in <main> when <main> also holds a related-jobs widget, leaving the widget out', () => {
    const r = extractPosting(html(`<!doctype html><html><body>
<header><nav><a href="/jobs">募集一覧</a></nav></header>
<main class="rc-main">
<h1>リーダー候補（契約社員）｜仙台センター</h1>
<p>家電メーカーの修理受付窓口で、10名のチームのシフトと応対品質をみるお仕事です。</p>
<h2>募集要項</h2>${TABLE}
<section class="rc-related"><h2>仙台センターのほかの募集</h2><p>光回線のテレアポ　時給1,400円＋インセンティブ</p></section>
</main>
<footer><p>資本金 3億円</p></footer>
</body></html>`));
    expect(r?.text).toContain('10名のチームのシフトと応対品質をみる');
    expect(r?.text).toContain('時給1,250円');
    expect(r?.text).not.toMatch(/テレアポ|インセンティブ|資本金|募集一覧/);
  });

  it('stops below <main> when other postings there sit under a heading that names the place (本社のほかの募集)', () => {
    const r = extractPosting(html(`<!doctype html><html><body><main>
<h1>受付事務</h1><p>歯科医院の受付で、ご予約のお電話と会計を担当します。</p>
<div class="detail">${TABLE}</div>
<div class="more"><h2>本社のほかの募集</h2><p>テレアポスタッフ　ノルマあり　時給1,500円＋歩合</p></div>
</main></body></html>`));
    expect(r?.text).toContain('時給1,250円');
    expect(r?.text).not.toMatch(/テレアポ|ノルマ|歩合/);
  });

  it('keeps the block alone when the content around it is a long page of other prose', () => {
    const diary = '<p>今日は朝から雨でした。庭の紫陽花がきれいに咲いています。</p>'.repeat(400);
    const r = extractPosting(html(`<!doctype html><html><body><main><h1>町の日記</h1>${diary}
<section><h2>受付スタッフ</h2>${TABLE}</section>${diary}</main></body></html>`));
    expect(r?.text).toContain('時給1,250円');
    expect(r?.text).not.toContain('紫陽花');
  });
  it('does not swallow another position listed beside it', () => {
    const second = TABLE.replace('時給1,250円', '月給24万円').replace('札幌市中央区', '旭川市');
    const r = extractPosting(html(`<!doctype html><html><body><main>
<section><h2>受付スタッフ</h2><p>ホテルのフロントでお客様をお迎えします。</p>${TABLE}</section>
<section><h2>営業スタッフ</h2><p>法人のお客様を訪問し、宴会プランをご提案します。</p>${second}</section>
</main></body></html>`));
    // Either position may be the one read (the finder prefers the larger); never both, and its lead comes with it.
    const t = r?.text ?? '';
    expect(t.includes('時給1,250円')).not.toBe(t.includes('月給24万円'));
    expect(t.includes('フロントでお客様をお迎え')).toBe(t.includes('時給1,250円'));
    expect(t.includes('宴会プラン')).toBe(t.includes('月給24万円'));
  });

  it('prefers the page to a JobPosting whose description is one line of what the page shows; a full one stays first', () => {
    const ld = (description: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'お客様相談室スタッフ', description, hiringOrganization: { '@type': 'Organization', name: '北星サービス' } })}</script>`;
    const page = (head: string) => `<!doctype html><html><head>${head}</head><body><main>
<h1>お客様相談室スタッフ</h1>
<p>ガス機器をお使いのお客様からのお電話を受け、使い方や点検のご予約を承るお仕事です。こちらからお電話をかけることはありません。</p>
<p>最初の1週間は研修室で、機器の知識と応対の流れを学びます。その後も先輩が隣でフォローしますので、未経験の方も安心です。</p>
<p>お客様の多くはご年配の方で、ゆっくりお話しされる方がほとんどです。手元のQ&A集を見ながらご案内できます。</p>
<p>点検のご予約は専用の画面で空き枠を確かめながらお取りします。難しいご相談は社員の窓口におつなぎしますので、ひとりで抱え込むことはありません。</p>
<p>休憩室にはお茶とお菓子を用意しています。子育て中のスタッフも多く、急なお休みにもシフトを調整して対応しています。</p>
<h2>募集要項</h2>${TABLE}</main></body></html>`;
    const short = extractPosting(html(page(ld('ガス機器のお問い合わせにお電話で対応するお仕事です。'))));
    expect(short?.source).toBe('generic');
    expect(short?.text).toContain('こちらからお電話をかけることはありません');
    const full = extractPosting(html(page(ld('ガス機器をお使いのお客様からのお電話を受け、使い方や点検のご予約を承るお仕事です。'.repeat(12)))));
    expect(full?.source).toBe('json-ld');
  });

  it('prefers the page to a JobPosting whose description lost its line breaks; one in lines stays first', () => {
    const job = ['【仕事内容】', '家庭用の浄水器をお使いのお客様から、フィルター交換のご注文やお問い合わせのお電話を受けます。', 'こちらから販売のお電話をかけることはありません。',
      '【給与】', '時給1,280円', '【勤務地】', '札幌市中央区北2条西', '【勤務時間】', '9:00～17:30', '【応募資格】', '未経験歓迎、パソコンの文字入力ができる方'];
    const ld = (description: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: '浄水器のお客様窓口スタッフ', description })}</script>`;
    const page = (head: string) => `<!doctype html><html><head>${head}</head><body><main><h1>浄水器のお客様窓口スタッフ</h1>
<dl class="job">${[0, 3, 5, 7, 9].map((k) => `<dt>${job[k]!.replace(/[【】]/g, '')}</dt><dd>${job.slice(k + 1, k === 0 ? 3 : k + 2).join('<br>')}</dd>`).join('')}</dl></main></body></html>`;
    const flat = extractPosting(html(page(ld(job.join('')))));
    expect(flat?.source).toBe('generic');
    expect(flat?.text).toContain('こちらから販売のお電話をかけることはありません');
    const inLines = extractPosting(html(page(ld(job.join('<br>')))));
    expect(inLines?.source).toBe('json-ld');
  });
});
