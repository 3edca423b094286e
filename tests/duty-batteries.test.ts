// The job read from its duties alone, under a title that names no job: duties of our own in the ways postings word
// inbound, outbound and sales work (and work beside them). Each line is a posting's 仕事内容; the rest of the posting
// says nothing of the work.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const posting = (duty: string, pay = '時給1,300円') =>
  `スタッフ募集（株式会社サンプル）\n【仕事内容】\n${duty}\n【給与】${pay}\n【勤務地】東京都千代田区\n【応募資格】未経験歓迎\n【応募方法】応募ボタンから`;

describe('calls that come in', () => {
  it.each([
    'お客様からのご連絡に電話で対応していただきます。',
    'かかってきたお問い合わせにマニュアルを見ながら答えます。',
    '電話口でお客様のお話を伺い、必要な手続きをご案内します。',
    '電話で寄せられるご相談に応じます。',
    'フリーダイヤルにかかってくるご質問への回答です。',
    'お客様の声を電話でお聞きし、記録します。',
    'コールを受けて内容を入力します。',
    '専用ダイヤルの受付をお願いします。',
    '電話での各種手続きの受付を担当します。',
    '保険金請求のご連絡を電話で受け付け、書類をご案内します。',
    '市民からの電話相談に応じます。',
    '電話とメールでお客様の疑問を解決します。',
    'ご利用中のお客様からの電話に出て、ご用件を伺います。',
    '家電の使い方についてのお電話に応対します。',
    'お客様からのお電話の受付・回答業務です。',
    'カード会員様からの紛失・盗難のご連絡に電話で対応します。',
    '社外のお客様からのソフトの操作に関するお電話に答えます。',
  ])('%s → inbound', async (duty) => {
    expect(await run(posting(duty))).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
});

describe('calls made', () => {
  it.each([
    'リストのお客様にこちらからお電話し、新しいプランをご案内します。',
    '資料請求をいただいた方へ電話でフォローします。',
    '過去にご利用いただいたお客様に電話でキャンペーンのお知らせをします。',
    'お支払いが確認できないお客様へ、電話で入金のお願いをします。',
    '休眠会員の方へ電話で再入会のご案内をします。',
    '電話で光回線への乗り換えをご提案します。',
    '健診を受けていない方にお電話で受診をおすすめします。',
  ])('%s → outbound', async (duty) => {
    expect(await run(posting(duty))).toMatchObject({ jobType: 'outbound', callCenter: true });
  });
  it('a call that answers the caller with an offer is still a call that came in', async () => {
    expect((await run(posting('お問い合わせのお電話で、お客様に合ったプランをご提案します。'))).jobType).not.toBe('outbound');
  });
});

describe('selling face to face, and work beside it', () => {
  it.each([
    ['個人宅を訪問し、太陽光パネルの設置をおすすめします。', 'sales'],
    ['新規のお客様を開拓し、広告枠の契約をいただきます。', 'sales'],
    ['担当エリアの企業を訪問し、オフィス家具の導入をご提案します。', 'sales'],
    ['営業部の見積書作成と電話の取り次ぎをお願いします。', 'other'],
    ['営業担当が取ってきた注文を入力し、出荷を手配します。', 'other'],
  ])('%s → %s', async (duty, jobType) => {
    expect((await run(posting(duty, '月給25万円'))).jobType).toBe(jobType);
  });
});
