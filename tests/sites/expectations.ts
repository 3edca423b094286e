// What each site fixture (tests/fixtures/sites/<id>/) must yield. One entry per adapter.
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../lib/extract/node-dom';

export interface SiteExpectation {
  id: string;
  /** The detail fixture's URL (its <link rel=canonical>). */
  detailUrl: string;
  /** The list fixture's URL. */
  listUrl: string;
  /** A page of the same site that is neither. */
  otherUrl: string;
  detail: {
    jobId: string;
    title: string;
    /** Sentences of the body that must be in the extracted text. The first is used by the fallback tests. */
    in: string[];
    /** Navigation, ads, recommended jobs, company blurbs, buttons: must not be in it. */
    out: string[];
    /** What extractPosting reports: JSON-LD comes first where the site has it. */
    source: 'adapter' | 'json-ld';
    /** The employer's name the adapter's company selectors find (none: the adapter has none). */
    company?: string;
  };
  /** Every card on the list fixture, in document order. id null: no job link, a hash is expected. */
  cards: Array<{ id: string | null; title: string }>;
  /**
   * Ids the link-anchored card rule finds when the card selectors are broken, when not the linked
   * cards above: it also finds cards the item selectors leave out on purpose (a sidebar's おすすめ).
   */
  anchored?: string[];
  /** A job shown in a side pane of the list fixture (Indeed's vjk=). */
  pane?: { title: string; in: string[] };
}

const u = (s: string) => new URL(s).href;

export const EXPECTATIONS: SiteExpectation[] = [
  {
    id: 'indeed',
    detailUrl: u('https://jp.indeed.com/viewjob?jk=3f9a1c2e4b5d6a7f'),
    listUrl: u('https://jp.indeed.com/jobs?q=コールセンター&l=東京都&vjk=5b6c7d8e9fa0b1c2'),
    otherUrl: u('https://jp.indeed.com/companies'),
    detail: {
      jobId: '3f9a1c2e4b5d6a7f',
      title: 'コールセンタースタッフ（受信専任）',
      in: ['こちらから電話をかける発信業務はありません。', 'ご注文内容の確認、お届け日の変更', '時給1,450円〜1,600円'],
      out: ['企業クチコミ', '日払いOKの軽作業', 'テレアポスタッフ（新規開拓）', '法人営業（ノルマあり）', '応募する', '求人を報告する', '利用規約'],
      source: 'adapter',
      company: '株式会社あおぞらテレサービス',
    },
    cards: [
      { id: '3f9a1c2e4b5d6a7f', title: 'コールセンタースタッフ（受信専任）' },
      { id: '5b6c7d8e9fa0b1c2', title: 'カスタマーサポート（チャット・メール）' },
      { id: '0a1b2c3d4e5f6071', title: 'テレマーケティング（光回線のご案内）' },
      { id: '1c2d3e4f5a6b7c8d', title: '保険のお問い合わせ窓口（正社員）' },
      { id: '9e8d7c6b5a493827', title: 'ITヘルプデスク（社内向け）' },
      { id: '7a6b5c4d3e2f1a0b', title: '受発信オペレーター（夜間）' },
    ],
    pane: {
      title: 'カスタマーサポート（チャット・メール）',
      in: ['家計簿アプリ「ほしみノート」の利用者からのお問い合わせ', '電話対応はほとんどありません。'],
    },
  },
  {
    id: 'townwork',
    detailUrl: u('https://townwork.net/viewjob/jobid_8d2e4f6a1b3c5d7e/'),
    listUrl: u('https://townwork.net/prefectures/toukyou/job_search/?kw=コールセンター'),
    otherUrl: u('https://townwork.net/help/'),
    detail: {
      jobId: '8d2e4f6a1b3c5d7e',
      title: '家電サポートの電話受付スタッフ',
      in: ['修理や使い方のお電話を受け', '難しいご質問は専門スタッフに引き継ぐので安心です。', '時給1,350円'],
      out: ['閲覧履歴', 'フードデリバリー配達パートナー', '光回線の電話営業スタッフ', '新規開拓テレアポ', '応募する', '架空フィクスチャ'],
      source: 'adapter',
      company: '株式会社ひばりコールワークス',
    },
    cards: [
      { id: 'a1b2c3d4e5f60718', title: '家電メーカーのお客様相談室スタッフ' },
      { id: 'b2c3d4e5f6071829', title: '保険の住所変更受付（受信のみ）' },
      { id: 'c3d4e5f607182930', title: '新電力プランのご案内（発信）' },
      { id: 'd4e5f60718293a4b', title: 'チケット予約センターの受付' },
      { id: 'e5f60718293a4b5c', title: '通販の注文受付（土日のみOK）' },
    ],
  },
  {
    id: 'rikunabi-next',
    detailUrl: u('https://next.rikunabi.com/viewjob/jk4c5d6e7f8a9b0c1d/'),
    listUrl: u('https://next.rikunabi.com/jobs?kw=カスタマーサポート'),
    otherUrl: u('https://next.rikunabi.com/knowhow/'),
    detail: {
      jobId: '4c5d6e7f8a9b0c1d',
      title: 'カスタマーサクセス（SaaS・正社員）',
      in: ['電話とオンライン会議で使い方をご案内します。', '新規の営業活動はなく、既存のお客様の活用支援が中心です。'],
      out: ['転職ノウハウ', '転職エージェントへ無料相談', 'インサイドセールス（目標達成賞与あり）', 'アウトバウンド営業リーダー', '情報更新日'],
      source: 'adapter',
    },
    cards: [
      { id: '4c5d6e7f8a9b0c1d', title: 'カスタマーサクセス（SaaS・正社員）' },
      { id: '5d6e7f8a9b0c1d2e', title: 'テクニカルサポート（ネットワーク機器）' },
      { id: '6e7f8a9b0c1d2e3f', title: 'コンタクトセンターSV候補' },
      { id: '7f8a9b0c1d2e3f40', title: 'ECサイトのカスタマーサポート（メール中心）' },
    ],
  },
  {
    id: 'toranet',
    detailUrl: u('https://toranet.jp/viewjob/2b3c4d5e6f708192/'),
    listUrl: u('https://toranet.jp/job_search/?pref=kyoto&kw=受付'),
    otherUrl: u('https://toranet.jp/special/'),
    detail: {
      jobId: '2b3c4d5e6f708192',
      title: '予約受付スタッフ（ホテルグループ）',
      in: ['全国にある当社ホテルの宿泊予約を', '売り込みの電話をかけることはありません。'],
      out: ['お仕事を探す', '資格取得支援つき求人特集', 'ブライダルサロンの電話営業', 'ノルマあり'],
      source: 'adapter',
    },
    cards: [
      { id: '2b3c4d5e6f708192', title: '予約受付スタッフ（ホテルグループ）' },
      { id: '3c4d5e6f70819203', title: '歯科クリニックの受付・電話予約' },
      { id: '4d5e6f7081920314', title: '不動産会社の電話受付・事務' },
      { id: '5e6f708192031425', title: '化粧品通販のお客様窓口' },
      { id: '6f70819203142536', title: '観光案内コールスタッフ（英語歓迎）' },
    ],
  },
  {
    id: 'froma',
    detailUrl: u('https://www.froma.com/viewjob/9a8b7c6d5e4f3a2b/'),
    listUrl: u('https://www.froma.com/job_search/?pref=aichi&kw=コールセンター'),
    otherUrl: u('https://www.froma.com/guide/'),
    detail: {
      jobId: '9a8b7c6d5e4f3a2b',
      title: '学生歓迎！家電量販店のお問い合わせ受付',
      in: ['在庫の有無や営業時間をご案内します。', 'お客様への営業電話や販売目標はありません。'],
      out: ['バイトの基礎知識', '夏休み短期バイト大特集', 'ウォーターサーバーの電話販売', '応募する', 'TOP'],
      source: 'adapter',
    },
    cards: [
      { id: '9a8b7c6d5e4f3a2b', title: '学生歓迎！家電量販店のお問い合わせ受付' },
      { id: '8b7c6d5e4f3a2b1c', title: 'カード会社の紛失受付（夜勤あり）' },
      { id: '7c6d5e4f3a2b1c0d', title: 'アンケート調査の電話スタッフ' },
      { id: '6d5e4f3a2b1c0d9e', title: '引越し見積もりの受付' },
    ],
  },
  {
    id: 'hatalike',
    detailUrl: u('https://www.hatalike.jp/viewjob/0f1e2d3c4b5a6978/'),
    listUrl: u('https://www.hatalike.jp/search/?pref=hiroshima&kw=オペレーター'),
    otherUrl: u('https://www.hatalike.jp/column/'),
    detail: {
      jobId: '0f1e2d3c4b5a6978',
      title: '地域限定正社員／水道トラブル受付センターのオペレーター',
      in: ['近くの作業スタッフを手配します。', 'こちらから電話をかけることはありません。'],
      out: ['コラム', '通信講座が今なら半額', 'リフォームのテレアポ', '株式会社せせらぎ設備'],
      source: 'adapter',
    },
    cards: [
      { id: '0f1e2d3c4b5a6978', title: '地域限定正社員／水道トラブル受付センターのオペレーター' },
      { id: '1e2d3c4b5a697887', title: 'タクシー配車センターの受付' },
      { id: '2d3c4b5a69788796', title: 'ガス会社のお客様センター' },
      { id: '3c4b5a6978879695', title: '通販化粧品の定期便受付・解約受付' },
    ],
  },
  {
    id: 'baitoru',
    detailUrl: u('https://www.baitoru.com/kanto/jlist/chiba/chibashi/callcenter/job98765432/'),
    listUrl: u('https://www.baitoru.com/kanto/jlist/chiba/callcenter/'),
    otherUrl: u('https://www.baitoru.com/entry/form/job98765432/'),
    detail: {
      jobId: '98765432',
      title: 'スマホ料金のお問い合わせ受付（受信のみ）',
      in: ['携帯電話の料金やプラン内容についてのお問い合わせを受け付けます。', 'こちらから電話をかけることはありません。', '時給1,300円〜'],
      out: ['関東のバイト', 'ポイントキャンペーン', 'テレアポ（高時給・インセンティブ）', 'もっと見る', 'コンタクトセンター運営受託', '応募画面へ進む'],
      source: 'adapter',
    },
    cards: [
      { id: '98765432', title: 'スマホ料金のお問い合わせ受付（受信のみ）' },
      { id: '87654321', title: '住宅設備の点検予約スタッフ（発信あり）' },
      { id: '76543210', title: 'ネット通販の受注センター' },
      { id: '65432109', title: 'ケーブルテレビの加入案内（ノルマなし）' },
      { id: '54321098', title: '自治体の給付金相談窓口（期間限定）' },
    ],
  },
  {
    id: 'mynavi-baito',
    detailUrl: u('https://baito.mynavi.jp/rec/J0123456789/'),
    listUrl: u('https://baito.mynavi.jp/kanagawa/ss-10-65/'),
    otherUrl: u('https://baito.mynavi.jp/mypage/favorite/list'),
    detail: {
      jobId: 'J0123456789',
      title: '図書館の電話予約受付',
      in: ['本の予約や貸出延長のお電話を受け付け', '電話での勧誘や販売はありません。', '時給1,180円'],
      out: ['短期バイト', 'お祝い金キャンペーン', '健康食品の電話販売', '応募する'],
      source: 'adapter',
    },
    cards: [
      { id: 'J0123456789', title: '図書館の電話予約受付' },
      { id: 'J0234567890', title: 'パソコン操作サポート（受信）' },
      { id: 'J0345678901', title: '宅配便の再配達受付' },
      { id: 'J0456789012', title: '保険の見直しアポイント獲得（発信）' },
      { id: 'J0567890123', title: '健康相談ダイヤルの受付' },
      { id: 'J0678901234', title: '旅行予約センター（土日のみ歓迎）' },
    ],
  },
  {
    id: 'hatarako',
    detailUrl: u('https://www.hatarako.net/job/24681357/'),
    listUrl: u('https://www.hatarako.net/osaka/kdw86/'),
    otherUrl: u('https://www.hatarako.net/help/faq.html'),
    detail: {
      jobId: '24681357',
      title: '株式会社ほしぞらリンク（携帯電話の故障受付）の派遣',
      in: ['修理の受付と代替機の手配を行います。', 'お客様への営業や発信業務はありません。', '時給1,500円'],
      out: ['在宅ワーク', 'QUOカードプレゼント', '携帯ショップへの訪問営業サポート', '販売目標のあるお仕事です。'],
      source: 'adapter',
    },
    cards: [
      { id: '24681357', title: '携帯電話の故障受付' },
      { id: '35792468', title: 'クレジットカードの入会審査事務（電話確認あり）' },
      { id: '46813579', title: '家電の修理受付（土日休み）' },
      { id: '57924680', title: '自治体の問い合わせ窓口（短期）' },
      { id: '68035791', title: 'インターネット回線のテクニカルサポート' },
    ],
    // The sidebar's おすすめ cards are left out by the item selector, found by the anchored rule.
    anchored: ['24681357', '35792468', '46813579', '57924680', '68035791', '79146802', '80257913'],
  },
  {
    id: 'doda',
    detailUrl: u('https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3012345678/-tab__jd/'),
    listUrl: u('https://doda.jp/DodaFront/View/JobSearchList.action?oc=031201S&page=1'),
    otherUrl: u('https://doda.jp/guide/'),
    detail: {
      jobId: '3012345678',
      title: 'テクニカルサポート（ネットワーク機器・正社員）',
      in: ['ルーターや無線LAN機器の不具合について', '受信対応が中心で、製品の販売目標はありません。', '年収360万円〜480万円'],
      out: ['転職ガイド', '年収交渉のコツ', '法人営業（新規開拓・ノルマあり）', 'Pick up!', 'ネットワーク機器のサポートセンター運営'],
      source: 'adapter',
      company: '株式会社くすのきコンタクト',
    },
    cards: [
      { id: '3012345678', title: 'テクニカルサポート（ネットワーク機器・正社員）' },
      { id: '3023456789', title: '社内ヘルプデスク（東京本社）' },
      { id: '3034567890', title: 'カスタマーサポート（クラウド会計ソフト）' },
      { id: '3045678901', title: 'スマホアプリのユーザーサポート（SV候補）' },
      { id: '3056789012', title: '電子カルテの導入サポート' },
    ],
  },
  {
    id: 'en-tenshoku',
    detailUrl: u('https://employment.en-japan.com/desc_1234567/'),
    listUrl: u('https://employment.en-japan.com/search/search_list/?areaid=4&occupation=101000&pagenum=1'),
    otherUrl: u('https://employment.en-japan.com/mypage/'),
    detail: {
      jobId: '1234567',
      title: '株式会社かえでカスタマーズ／お客様相談窓口スタッフ（未経験歓迎）',
      in: ['商品に関するお問い合わせやご意見を電話とメールで受け付けます。', 'こちらから販売の電話をかけることはありません。', '月給22万円〜28万円'],
      out: ['スカウト', '適職診断', '法人向けテレアポ', 'コールセンター運営、BPO事業'],
      source: 'json-ld',
      company: '株式会社かえでカスタマーズ',
    },
    cards: [
      { id: '1234567', title: 'お客様相談窓口スタッフ（未経験歓迎）' },
      { id: '2345678', title: '電気の契約窓口（受付専任）' },
      { id: '3456789', title: '英語対応カスタマーサポート' },
      { id: '4567890', title: 'リース契約の更新案内（発信中心）' },
    ],
  },
  {
    id: 'en-haken',
    detailUrl: u('https://haken.en-japan.com/desc_7654321/'),
    listUrl: u('https://haken.en-japan.com/zaitaku/kanto/'),
    otherUrl: u('https://haken.en-japan.com/guide/'),
    detail: {
      jobId: '7654321',
      title: '在宅コールセンター（受信）／週3日〜',
      in: ['インターネット回線の開通日のお問い合わせを受け付けます。', '発信業務はありません。'],
      out: ['関東の派遣', 'はじめてガイド', '電話営業（新規開拓）', '株式会社いちょうスタッフィング'],
      source: 'adapter',
    },
    cards: [
      { id: '7654321', title: '在宅コールセンター（受信）／週3日〜' },
      { id: '7654322', title: '在宅チャットサポート（ECサイト）' },
      { id: '7654323', title: '在宅でのデータ入力と電話確認' },
      { id: '7654324', title: '在宅テレアポ（成果報酬あり）' },
    ],
  },
  {
    id: 'hellowork',
    detailUrl: u('https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do?screenId=GECA110010&action=dispDetailBtn&kJNo=2701012345671&kJKbn=1'),
    listUrl: u('https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do'),
    otherUrl: u('https://www.hellowork.mhlw.go.jp/info/'),
    detail: {
      jobId: '2701012345671',
      title: '電話受付事務（電気・ガスの契約窓口）',
      in: ['契約変更のお申し込みをお電話で受け付け', 'こちらから電話をかけて商品を勧める業務はありません。', '185,000円〜205,000円'],
      out: ['求人情報検索', '年末年始の窓口業務', 'テレフォンアポインター', '求人票を表示'],
      source: 'adapter',
      company: '株式会社ひなたサポートセンター',
    },
    cards: [
      { id: '2701012345671', title: '電話受付事務（電気・ガスの契約窓口）' },
      { id: '2701012345682', title: 'コールセンターオペレーター（受信）' },
      { id: '2702098765433', title: '営業事務（受注・電話対応）' },
      { id: '2703011122234', title: '督促業務スタッフ' },
      { id: '2701033344455', title: '市役所の電話交換手（会計年度任用職員を除く）' },
    ],
  },
  {
    id: 'kyujinbox',
    detailUrl: u('https://xn--pckua2a7gp15o89zb.com/jb/l5f3a9c1e7b2d4f6089a1b2c3d4e5f607'),
    listUrl: u('https://xn--pckua2a7gp15o89zb.com/コールセンターの仕事-北海道?e=2'),
    otherUrl: u('https://xn--pckua2a7gp15o89zb.com/mypage'),
    detail: {
      jobId: 'l5f3a9c1e7b2d4f6089a1b2c3d4e5f607',
      title: '水産加工品の通販受付スタッフ',
      in: [
        'ご注文のお電話を受け、商品と配送先を入力します。',
        '電話でのセールスはありません。',
        'パソコンで文字入力ができる方',
        '給与・報酬\n時給1,100円〜1,250円',
        '株式会社うみねこ通販\n事業内容',
        '窓から港が見える',
      ],
      out: [
        '函館市のコールセンターの求人', // the search heading, the page's only h1
        'マイページ',
        '最終更新日',
        '応募する',
        'この求人について報告する',
        'こんな求人も見ています',
        '海産物の電話セールス',
        '冬の短期バイト特集',
        '架空フィクスチャ',
      ],
      source: 'adapter',
      company: '株式会社うみねこ通販',
    },
    cards: [
      { id: 'l5f3a9c1e7b2d4f6089a1b2c3d4e5f607', title: '水産加工品の通販受付スタッフ' },
      { id: '3c1d5e7f9a0b2c4d6e8f0a1b2c3d4e5f', title: 'ガス料金のお問い合わせ窓口' },
      { id: '6a4b8d2f0c1e3a5768798a9bacbdcedf', title: '道内ツアーの予約センター' },
      { id: 'l778899aabbccddeeff00112233445566', title: '光回線の乗り換えご案内（発信）' },
      { id: '7b5c9e3a1d2f4b6879a8b9cadbecfd0e', title: '病院の予約受付（土日休み）' },
    ],
  },
  {
    id: 'green',
    detailUrl: u('https://www.green-japan.com/company/4321/job/98765'),
    listUrl: u('https://www.green-japan.com/search_key/01?keyword=カスタマーサポート'),
    otherUrl: u('https://www.green-japan.com/companies'),
    detail: {
      jobId: '98765',
      title: 'カスタマーサポートリーダー（SaaS）',
      in: ['電話・チャットでのお問い合わせ対応とメンバー4名のサポート', '新規の営業活動はありません。'],
      out: ['企業を探す', 'IT業界の転職イベント', 'インサイドセールス（ノルマあり）', '話を聞きに行きたい'],
      source: 'json-ld',
    },
    cards: [
      { id: '98765', title: 'カスタマーサポートリーダー（SaaS）' },
      { id: '87654', title: 'テクニカルサポートエンジニア（一次受付なし）' },
      { id: '76543', title: 'カスタマーサクセス（HR Tech）' },
      { id: '65432', title: 'コールセンターSV（自社サービス）' },
    ],
  },
];

export function fixtureHtml(id: string, kind: 'detail' | 'list'): string {
  return readFileSync(new URL(`../fixtures/sites/${id}/${kind}.html`, import.meta.url), 'utf8');
}

export function loadSiteFixture(id: string, kind: 'detail' | 'list'): Document {
  return parseHtml(fixtureHtml(id, kind));
}
