// Kinds of reading fixed at stop 41, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 41: インバウンド that means visitors from abroad', () => {
  const arranger = (line: string) =>
    posting(
      '団体旅行の手配スタッフ（正社員）',
      `社員旅行や町内会の日帰り旅行の、宿とバスの手配をお任せします。\n・ホテルや貸切バス会社への予約と確認\n・行程表と見積書の作成\n${line}`,
    );
  it('a tour arranger whose groups come from abroad (インバウンド) takes no calls for it', async () => {
    const r = await run(arranger('・最近は海外からの団体（インバウンド）の手配も増えています'));
    expect(r.flags.some((f) => f.id === 'inbound.inbound' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('nor one whose guests are foreign travellers', async () => {
    const r = await run(arranger('・外国人の旅行者向けツアー（インバウンド）の手配もあります'));
    expect(r.flags.some((f) => f.id === 'inbound.inbound' && f.polarity === 'present')).toBe(false);
  });
  it('インバウンド in a center still means taking calls', async () => {
    const r = await run(posting('通販のインバウンドスタッフ', 'コールセンターでのインバウンド業務です。お客様からのご注文のお電話を受けます。'));
    expect(r.jobType).toBe('inbound');
  });
});
