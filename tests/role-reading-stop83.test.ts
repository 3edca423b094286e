// Stop 83: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (09017ec1), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('a short gloss in brackets after the work\'s noun does not shield it from the denial after it', () => {
  const backOffice = (line: string) =>
    posting('データ集計スタッフ（通販会社の事務所）', `通販会社の本社で、売上と在庫の数字を表にまとめるお仕事です。\n${line}\n・表計算ソフトで日ごとの売上表を作ります`);
  it('オペレーター業務（電話応対）はありません: no operator work', async () => {
    const r = await run(backOffice('＊オペレーター業務（お客様との電話応対）はありません。'));
    expect(r.flags.filter((f) => f.id === 'callCenter.operator').map((f) => f.polarity)).toEqual(['negated']);
    expect(r.callCenter).toBe(false);
  });
  it('テレアポ作業（新規のお客様）はありません: no cold calls', async () => {
    const r = await run(backOffice('＊テレアポ作業（新規のお客様）はありません。'));
    expect(r.flags.filter((f) => f.id === 'outbound.teleapo').map((f) => f.polarity)).toEqual(['negated']);
  });
  it('control: a bracket that states a count is no gloss, and the work stands', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へ、新サービスのご案内のお電話をかけるお仕事です。\n＊テレアポ業務（1日80件）がメインです。'));
    expect(r.flags.filter((f) => f.id === 'outbound.teleapo').map((f) => f.polarity)).toContain('present');
    expect(r.jobType).toBe('outbound');
  });
});

describe('a desk named as the one whose back office the job is serves, it is not the work', () => {
  it('当社コールセンター（…のお問い合わせ窓口）のバックオフィスで: office work', async () => {
    const r = await run(
      posting('センタースタッフ（仙台）', '当社コールセンター（家電のお問い合わせ窓口）のバックオフィスで、日々の数字の取りまとめと会議資料づくりを担当していただきます。\n・出勤表の確認\n・備品の発注'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: a center\'s own desk, with no back office named, is the work', async () => {
    const r = await run(posting('受信スタッフ', '当社コールセンター（家電のお問い合わせ窓口）で、お客様からのお電話を受けていただきます。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('calls counted in a list of a desk\'s daily figures are data the job compiles', () => {
  it('受電件数、応答率、平均処理時間などの日次データの集計: no calls taken', async () => {
    const r = await run(
      posting('レポート作成スタッフ', 'センターの運営チームで、数字のまとめを担当します。\n・受電件数、放棄呼の数、平均通話時間などの日次データの集計\n・週ごとの資料づくり'),
    );
    expect(r.flags.filter((f) => f.id === 'inbound.juden' && f.polarity === 'present')).toEqual([]);
  });
  it('control: a day\'s count of calls the job takes is calls taken', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのご注文の受電をお願いします。1日の受電件数は40件ほどです。'));
    expect(r.flags.some((f) => f.id === 'inbound.juden' && f.polarity === 'present')).toBe(true);
  });
});
