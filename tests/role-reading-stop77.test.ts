// Stop 77: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (b2bbd497).
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

/** A posting of our own with its requirements in their own section. */
const page = (title: string, job: string, requirements = '・PCで文字入力ができる方') =>
  posting(title, job, `【応募資格】\n${requirements}\n【給与】時給1,300円\n【勤務地】長野県長野市\n【勤務時間】9:00〜18:00\n【応募方法】応募フォームからご応募ください。`);

describe('a negation in a clause chained after the term, said of a noun', () => {
  it('お電話を受け、動かない・映らないといった不具合を解決: the calls are taken', async () => {
    const r = await run(page('テレビ修理受付スタッフ', '・メーカーのサポートセンターで、お客様からのお電話を受け、動かない・映らないといった不具合の切り分けをします\n・修理が必要なときは訪問修理の日程を手配します'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('お電話を受け、届かない荷物の行方を調べます: the calls are taken', async () => {
    const r = await run(page('配送問い合わせ窓口', '通販のお客様からのお電話を受け、届かない荷物の行方を調べてご案内します。'));
    expect(r.flags.some((f) => f.id === 'inbound.incoming-calls' && f.polarity === 'present')).toBe(true);
  });
  it('お電話をかけ、商品をご案内することはありません: the sentence-final denial still covers the chained clause', async () => {
    const r = await run(page('受付スタッフ', 'お客様からのご注文をお受けします。お電話をかけ、商品をご案内することはありません。'));
    expect(r.flags.filter((f) => f.id === 'outbound.calling').map((f) => f.polarity)).toEqual(['negated']);
  });
});
