// Stop 30: a request or question the page quotes (「発信リストを差し替えたい」といった依頼) holds the asker's words, not
// this job's work: a center's phone-platform engineer had been read as 受発信 from the directions named inside the
// requests the engineer answers. Postings of our own in tests/fixtures/roles (expected-stop30.json).
import { describe, expect, it } from 'vitest';
import { isInQuotedRequest } from '../lib/analysis/quoted-requests';
import { findSections } from '../lib/text/sections';
import { roleFixtureTests, run } from './helpers';

const inQuote = (sentence: string, word: string) => {
  const at = sentence.indexOf(word);
  return isInQuotedRequest(sentence, at, at + word.length);
};

describe('stop 30: words inside a quoted request are the asker\'s', () => {
  roleFixtureTests('expected-stop30.json');
  it('reads a quote followed by a request or a question as the asker\'s words', () => {
    expect(inQuote('「発信リストを差し替えたい」といった依頼に応えます', '発信')).toBe(true);
    expect(inQuote('「受信の設定を変えたい」「発信リストを替えたい」といった運用チームからの依頼', '受信')).toBe(true);
    expect(inQuote('「受信できない」というお問い合わせが多いです', '受信')).toBe(true);
    expect(inQuote('「営業資料を直してほしい」などのご要望にお応えします', '営業')).toBe(true);
  });
  it('leaves a quote that names the work (emphasis), a staff voice and words outside the quotes', () => {
    expect(inQuote('「受信のみ」のお仕事です', '受信')).toBe(false);
    expect(inQuote('「テレアポなし」だから安心', 'テレアポ')).toBe(false);
    expect(inQuote('「受電が中心で覚えやすい」という先輩の声', '受電')).toBe(false);
    expect(inQuote('「つながらない」といったお問い合わせを受電します', '受電')).toBe(false);
    expect(inQuote('発信業務です「」といった依頼', '発信')).toBe(false);
  });
  it('an operator posting that quotes its callers\' questions stays inbound', async () => {
    const r = await run('受信オペレーター\n仕事内容\n「ログインできない」「請求書が届かない」といったお問い合わせのお電話を受け、マニュアルに沿ってご案内します。受電のみで発信はありません。\n給与：時給1,300円\n勤務地：札幌市中央区');
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('a quoted request does not hide the job\'s own words around it', async () => {
    const r = await run('テレアポスタッフ\n仕事内容\n「一度話を聞いてみたい」というご要望をいただいた企業へ、テレアポで商談の日程を決めます。\n給与：時給1,400円\n勤務地：福岡市博多区');
    expect(r.jobType).toBe('outbound');
  });
});

describe('stop 30: a page with no 仕事内容 heading states the job in a paragraph (お仕事は…)', () => {
  const kinds = (text: string) => findSections(text).map((s) => `${s.kind}:${text.slice(s.start, s.end).trim().slice(0, 6)}`);
  it('reads that paragraph as the job, up to the blank line (headingless-order-desk.txt above: the company\'s sales words stay the company\'s)', () => {
    const text = '募集のお知らせ\n当社は法人営業の会社です。\n\n今回お願いするお仕事は、ご注文のお電話を受けることです。\n在庫の確認もします。\n\nご応募をお待ちしています。';
    expect(kinds(text)).toEqual(['title:募集のお知ら', 'other:当社は法人営', 'job:今回お願いす', 'other:ご応募をお待']);
  });
  it('leaves a page that has a 仕事内容 heading as its headings say', () => {
    const text = 'コールスタッフ\n会社紹介\nお仕事は楽しいです。\n仕事内容\n受電業務です。';
    expect(findSections(text).filter((s) => s.kind === 'job')).toHaveLength(1);
  });
});

describe('stop 30: a short note in brackets inside a phrase does not break it', () => {
  const flagsOf = async (text: string) => (await run(text)).flags.map((f) => `${f.id}:${f.polarity}:${f.text}`);
  it('reads お問い合わせ（電話・メール）への対応 as お問い合わせへの対応, the note inside the flag\'s words', async () => {
    expect(await flagsOf('受付スタッフ\n仕事内容\nお客様からのお問い合わせ（電話・メール）への対応をお願いします。\n給与：時給1,200円')).toContain('inbound.inquiry:present:お問い合わせ（電話・メール）への対応');
  });
  it('keeps what the note itself says (受信（発信はありません）業務: the note rules the calls out)', async () => {
    const flags = await flagsOf('受信スタッフ\n仕事内容\n受信（発信はありません）業務です。\n給与：時給1,200円');
    expect(flags).toContain('inbound.jushin-work:present:受信（発信はありません）業務');
    expect(flags).toContain('inbound.only:present:発信はありません');
  });
  it('does not join across a note that follows the end of a phrase (a space or a mark before it)', async () => {
    const flags = await flagsOf('受付スタッフ\n仕事内容\nお問い合わせ （窓口のみ） への対応です。\n給与：時給1,200円');
    expect(flags.filter((f) => f.startsWith('inbound.inquiry'))).toEqual([]);
  });
  it('a booking call taken at a counter is one side task however it is written (ご予約のお電話（1日5本ほど）を受けて)', async () => {
    for (const calls of ['ご予約のお電話を受けて', 'ご予約のお電話（1日5本ほど）を受けて']) {
      const r = await run(`美容室の受付\n仕事内容\nご来店のお客様の受付とお会計、${calls}予約表に入力します。\n給与：時給1,150円`);
      expect(r.jobType, calls).toBe('other');
      expect(r.callCenter, calls).toBe(false);
    }
  });
});

describe('stop 30: a 職種 line names the job as a title does; field inspection is other work', () => {
  it('under a form\'s header, the 職種 line that names other work wins over a side call (form-inspection-confirm-calls.txt above)', async () => {
    const r = await run('求人票　職業安定所\n職種　検品スタッフ\n仕事内容\n届いた部品の数と傷を確かめ、足りない日は、仕入先へ確認の電話を入れます。\n賃金　時給1,150円');
    expect(r.jobType).toBe('other');
  });
  it('a 職種 line that names phone work is not other work', async () => {
    const r = await run('求人票　職業安定所\n職種　テレフォンオペレーター（発信）\n仕事内容\n通信回線のご案内のお電話をかけます。\n賃金　時給1,300円');
    expect(r.jobType).toBe('outbound');
  });
});

describe('stop 30: quality control in a factory, and a desk that takes what this job then works on', () => {
  it('a factory\'s 品質管理 is no call center\'s quality review (factory-qc-complaint-reports.txt above)', async () => {
    const r = await run('品質管理スタッフ\n仕事内容\n食品工場で製品の抜き取り検査と記録を行います。\n給与：時給1,150円');
    expect(r.flags.filter((f) => f.category === 'management')).toEqual([]);
  });
  it('a center\'s quality review stays one', async () => {
    const r = await run('応対品質スタッフ\n仕事内容\nコールセンターの通話を聞き、オペレーターの品質管理を行います。\n給与：時給1,300円');
    expect(r.flags.some((f) => f.id === 'management.quality')).toBe(true);
  });
  it('a department that does the work is someone else (お客様への回答はお客様相談室が行います)', async () => {
    const r = await run('品質保証スタッフ\n仕事内容\n製品の検査を行います。お客様への回答はお客様相談室が行います。\n給与：時給1,150円');
    expect(r.flags.filter((f) => f.category === 'inbound')).toEqual([]);
  });
  it('the job\'s own section is not someone else (受電は当課が担当します)', async () => {
    const r = await run('お客様窓口スタッフ\n仕事内容\n水道料金に関するお問い合わせの受電は当課が担当します。マニュアルに沿ってご案内します。\n給与：時給1,200円');
    expect(r.flags.some((f) => f.category === 'inbound' && f.polarity === 'present')).toBe(true);
  });
  it('what arrived at a desk (お客様相談室に寄せられた声) names where it arrived, not this job\'s calls', async () => {
    const r = await run('データ分析スタッフ\n仕事内容\nカスタマーセンターに寄せられたご意見を集計し、改善案にまとめます。\n給与：時給1,250円');
    expect(r.flags.filter((f) => f.category === 'inbound' || f.category === 'callCenter')).toEqual([]);
  });
  it('a center the job is placed in stays the job\'s (受信センターに入っていただきます)', async () => {
    const r = await run('コールスタッフ\n仕事内容\n受信センターに入っていただき、お客様からのお電話を受けます。\n給与：時給1,300円');
    expect(r.jobType).toBe('inbound');
  });
});
