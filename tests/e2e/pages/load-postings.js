// Invented job postings for the load and repeated-navigation tests (load-posting.html, load-spa.html).
// Every company, product, address and figure here is fictional. posting(i) is deterministic: the same
// index always gives the same posting, and the index decides its intended job type (i % 4):
//   0 inbound (受信専門), 1 outbound (テレアポ・架電), 2 mixed (受発信), 3 sales (訪問の法人営業).
// Also loaded by the tests in Node (globalThis.KLLoad) to know what each posting should show.
(function (root) {
  'use strict';

  var TYPES = ['inbound', 'outbound', 'mixed', 'sales'];

  var COMPANIES = [
    'あさぎりコンタクト株式会社', '株式会社こもれびテレサービス', 'ほしぞら通信株式会社', '株式会社みなとベルコール',
    'つきみ野サポート株式会社', '株式会社はるかぜリンク', 'しらかば情報サービス株式会社', '株式会社ゆうなぎコミュニケーションズ',
    'あおばねっとワークス株式会社', '株式会社かざぐるまサポート', 'ひいらぎビジネス株式会社', '株式会社さざなみテレコム',
    'もみじ台コールワークス株式会社',
  ];
  var PRODUCTS = [
    '通販の健康食品', '家庭用の浄水器', '地域のケーブルテレビ', '自転車の防犯登録', 'ペット保険', '宅配の食材セット',
    '電子書籍のサブスクリプション', '家電の延長保証', '英会話の通信講座', '住宅の雨どい修理', 'オフィス向けの複合機',
    '観光バスの予約', '引っ越しの見積もり', 'クリーニングの集配',
  ];
  var CITIES = [
    ['北海道札幌市中央区', 'さっぽろ北ビル'], ['宮城県仙台市宮城野区', 'のぞみ館'], ['新潟県新潟市中央区', '万代みらいビル'],
    ['静岡県静岡市葵区', 'あおいタワー'], ['愛知県名古屋市中村区', 'ささしまスクエア'], ['京都府京都市下京区', 'からすま第二ビル'],
    ['広島県広島市中区', 'かみやちょう館'], ['香川県高松市', 'せとうちビル'], ['熊本県熊本市中央区', 'しらかわビル'],
    ['沖縄県那覇市', 'なみのうえ会館'], ['岡山県岡山市北区', 'ももたろうビル'],
  ];
  var HOURS = ['9:00〜18:00（休憩60分）', '10:00〜19:00（休憩60分）', '8:30〜17:30（休憩60分）', '13:00〜22:00の間で実働5時間から', '9:00〜15:00（休憩なし・実働6時間）'];
  var HOLIDAYS = ['シフト制（週休2日、希望休あり）', '土日祝休み（年間休日120日）', '完全週休2日制（平日休みも相談可）', '週3日からのシフト制'];

  function pick(list, i, step) {
    return list[(i * step + 3) % list.length];
  }

  function yen(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  /** The posting at index i (1-based in URLs; any integer works). */
  function posting(i) {
    var type = TYPES[((i % 4) + 4) % 4];
    var company = pick(COMPANIES, i, 5) + '（架空）';
    var product = pick(PRODUCTS, i, 3);
    var place = pick(CITIES, i, 7);
    var wage = 1100 + ((i * 37) % 40) * 10;
    var calls = 40 + ((i * 13) % 9) * 10;
    var target = 3 + ((i * 7) % 6);
    var no = 'No.' + String(1000 + i);
    var title;
    var work;
    var req;
    var pay;
    if (type === 'inbound') {
      title = '【受信専門】' + product + 'のお問い合わせ受付スタッフ（' + no + '）';
      work = [
        product + 'をご利用中のお客様からのお電話を受け、ご質問にお答えするお仕事です。受信専門のため、こちらから電話をかけることはありません。',
        'お問い合わせの多くは、お届け日やご登録内容の確認です。回答例をまとめたマニュアルがあり、入社後' + (3 + (i % 5)) + '日間の研修で基本を覚えられます。',
        'ノルマはありません。困ったときはすぐ隣の先輩に相談できます。',
      ];
      req = '未経験歓迎。パソコンで文字入力ができる方。';
      pay = '時給' + yen(wage) + '円（研修中も同額）、交通費支給';
    } else if (type === 'outbound') {
      title = product + 'をご案内するテレアポスタッフ（' + no + '）';
      work = [
        'ご家庭や事業所へ、' + product + 'をご案内するお電話をかけるお仕事です。リストに沿って1日' + calls + '件ほど架電し、ご契約の獲得を目指します。',
        '個人ごとに月' + target * 4 + '件の獲得ノルマがあり、成約1件ごとにインセンティブが付きます。',
        '朝礼で前日の獲得件数を発表し、チームで目標件数を確認します。',
      ];
      req = 'テレアポや営業の経験がある方歓迎。';
      pay = '時給' + yen(wage + 200) + '円＋インセンティブ（成約1件につき' + yen(1000 + target * 500) + '円）';
    } else if (type === 'mixed') {
      title = '【受発信】' + product + 'のカスタマーセンタースタッフ（' + no + '）';
      work = [
        product + 'のカスタマーセンターで、受発信業務をお任せします。お客様からのお問い合わせを受ける受信業務と、ご契約内容の確認のための発信業務の両方を担当します。',
        '発信は、お申し込みいただいたお客様へのご案内や、書類の不備の確認のお電話が中心です。',
        'マニュアルと' + (5 + (i % 4)) + '日間の研修があります。',
      ];
      req = 'コールセンターでの受発信経験がある方歓迎。未経験の方も応募できます。';
      pay = '時給' + yen(wage + 100) + '円、交通費支給';
    } else {
      title = product + 'の法人営業（ルート・新規開拓）（' + no + '）';
      work = [
        '地域の中小企業や店舗を訪問し、' + product + 'の導入をご提案する法人営業のお仕事です。',
        '担当エリアの既存のお客様を回るルート営業に加え、飛び込みでの新規開拓営業も行います。月間の売上目標があり、達成率に応じて歩合給を支給します。',
        '社用車で1日' + (4 + (i % 4)) + '件ほど訪問します。商談の準備や見積書の作成も担当します。',
      ];
      req = '普通自動車免許（AT限定可）。法人営業の経験がある方歓迎。';
      pay = '月給' + (22 + (i % 8)) + '万円＋歩合給、交通費全額支給';
    }
    return {
      index: i,
      type: type,
      title: title,
      company: company,
      fields: [
        ['仕事内容', work],
        ['給与', [pay]],
        ['勤務地', [place[0] + '9-' + ((i % 9) + 1) + '-' + ((i % 7) + 1) + ' ' + place[1] + ((i % 8) + 2) + '階']],
        ['勤務時間', [pick(HOURS, i, 1)]],
        ['休日', [pick(HOLIDAYS, i, 1)]],
        ['応募資格', [req]],
        ['待遇', ['社会保険完備、制服貸与、社員登用制度あり']],
      ],
    };
  }

  /** Builds the posting's <article> with DOM calls only (no markup strings). */
  function render(doc, p) {
    var article = doc.createElement('article');
    article.className = 'job';
    article.setAttribute('data-job', String(p.index));
    article.setAttribute('data-expected-job-type', p.type);
    var h1 = doc.createElement('h1');
    h1.textContent = p.title;
    var company = doc.createElement('p');
    company.className = 'company';
    company.textContent = p.company + ' ／ ' + (p.type === 'sales' ? '正社員' : 'アルバイト・パート');
    var dl = doc.createElement('dl');
    p.fields.forEach(function (f) {
      var dt = doc.createElement('dt');
      dt.textContent = f[0];
      var dd = doc.createElement('dd');
      f[1].forEach(function (line) {
        var para = doc.createElement('p');
        para.textContent = line;
        dd.appendChild(para);
      });
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    article.appendChild(h1);
    article.appendChild(company);
    article.appendChild(dl);
    return article;
  }

  root.KLLoad = { TYPES: TYPES, posting: posting, render: render };
})(typeof window !== 'undefined' ? window : globalThis);
