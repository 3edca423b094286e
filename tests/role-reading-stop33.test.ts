// Stop 33: kinds met in the tuned halves of four new blind sets (eval-blind-24 … eval-blind-27), each pinned by
// postings and sentences of our own: a title below a board's breadcrumb and the company's name, shop-floor staff
// (店頭スタッフ) as other work, a negation that describes the customers called (お振込みが確認できない方へのご案内),
// phone work as the service a seller offers (テレマーケティングのアウトソーシングを提案), a team's target with one for
// each person too (個人にも), a rate target (入金率目標), a target stated as what the day's count becomes (アポが
// 目標になっています), a heading with a diamond mark answered on the next line, a Q&A site's thread, a 募集要項
// heading that names the job after it, and a light count of calls a day (電話でのご予約（1日8件ほど）) as a side task.
import { describe, expect, it } from 'vitest';
import { isDesignedWork, isOccasional } from '../lib/analysis/context';
import { titleOf } from '../lib/text/sections';
import { hasRequirementsBlock } from '../lib/analysis/decide/posting';
import { normalize } from '../lib/text/normalize';
import { roleFixtureTests, run } from './helpers';
import { checkPages } from './posting-shapes-helpers';

describe('stop 33: postings of our own (expected-stop33.json)', () => {
  roleFixtureTests('expected-stop33.json');
});

describe('stop 33: pages of our own (posting-shapes/expected-stop33.json)', () => {
  checkPages('expected-stop33.json');
});

describe('stop 33: the title below a page\'s chrome', () => {
  it('reads down past a breadcrumb and the company\'s name, over blank lines, to the title', () => {
    expect(titleOf('求人サイト > 東京都 > 事務\n\n株式会社サンプル\n受付事務スタッフ\n本文')).toBe('求人サイト > 東京都 > 事務\n\n株式会社サンプル\n受付事務スタッフ');
    expect(titleOf('株式会社サンプル\n\n受付事務スタッフ\n本文')).toBe('株式会社サンプル\n\n受付事務スタッフ');
  });
  it('a title on the first line is the title, and a line with one > is no breadcrumb', () => {
    expect(titleOf('受付事務スタッフ\n株式会社サンプル\n本文')).toBe('受付事務スタッフ');
    expect(titleOf('時給1,200円 > 1,400円にアップ\n本文')).toBe('時給1,200円 > 1,400円にアップ');
  });
});

describe('stop 33: a negation in a clause with a subject of its own', () => {
  it('describes the customers called, not the calls', async () => {
    const r = await run('督促デスクのスタッフ\n【仕事内容】\n・発信：お支払いが確認できない方へのご連絡\n・受信：ご相談への対応');
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(true);
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'negated')).toBe(false);
  });
  it('a denial of the work itself stays a denial', async () => {
    const r = await run('データ入力スタッフ\n【仕事内容】\n伝票の入力です。発信業務を行うことはありません。');
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'negated')).toBe(true);
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(false);
  });
});

describe('stop 33: phone work as the service a seller offers', () => {
  const offered = (sentence: string, word: string) => isDesignedWork(sentence, sentence.indexOf(word) + word.length);
  it('the outsourcing of it, proposed or contracted, is what is sold', () => {
    expect(offered('お問い合わせ窓口やテレマーケティングのアウトソーシングを提案します', 'お問い合わせ窓口')).toBe(true);
    expect(offered('受電業務の運営代行を受託しています', '受電')).toBe(true);
  });
  it('taking or making the calls is the work', () => {
    expect(offered('テレマーケティングでサービスをご提案します', 'テレマーケティング')).toBe(false);
    expect(offered('受電業務をお任せします', '受電')).toBe(false);
  });
});

describe('stop 33: a light count of calls a day', () => {
  it('is a side of the work (電話でのご予約（1日8件ほど）)', () => {
    const occasional = (sentence: string, word: string) => isOccasional(sentence, sentence.indexOf(word), sentence.indexOf(word) + word.length);
    expect(occasional('・電話でのご予約・お問い合わせ（1日8件ほど）', '電話でのご予約')).toBe(true);
    expect(occasional('お電話は1日10件程度です', 'お電話')).toBe(true);
    expect(occasional('ご予約のお電話（1日5本ほど）を受けます', 'ご予約のお電話')).toBe(true);
  });
  it('a center\'s volume, a count with no word of measure, or work beside the calls in the sentence, is not', () => {
    const occasional = (sentence: string, word: string) => isOccasional(sentence, sentence.indexOf(word), sentence.indexOf(word) + word.length);
    expect(occasional('お電話でのご予約は1日80件ほどです', 'お電話')).toBe(false);
    expect(occasional('お電話で1日15件のアポ獲得を目指します', 'お電話')).toBe(false);
    expect(occasional('ご来店のお客様の受付とお会計、ご予約のお電話（1日5本ほど）を受けます', 'ご来店のお客様')).toBe(false);
  });
});

describe('stop 33: targets', () => {
  it('a team\'s target with one for each person too is this person\'s quota, not only the team\'s', async () => {
    const r = await run('法人営業\n【仕事内容】\n既存のお客様を訪問します。部署で年間の売上目標を掲げ、個人にも半期ごとの受注目標を設けています。');
    expect(r.quota).toBe('stated');
    expect(r.reasons.map((x) => x.id)).not.toContain('quota.collective');
  });
  it('a team\'s target alone is the team\'s', async () => {
    const r = await run('法人営業\n【仕事内容】\n既存のお客様を訪問します。部署で年間の売上目標を掲げています。');
    expect(r.quota).toBe('stated');
    expect(r.reasons.map((x) => x.id)).toContain('quota.collective');
  });
  it('a rate target and a count that is the day\'s target are stated', async () => {
    expect((await run('督促スタッフ\n【仕事内容】\nお支払いのご案内のお電話をします。課ごとに入金率目標を掲げています。')).quota).toBe('stated');
    expect((await run('アポインター\n【仕事内容】\n法人のお客様にお電話します。1日3件のアポが目標になっています。')).quota).toBe('stated');
  });
  it('a target the sales staff hold is theirs, not an office job\'s', async () => {
    const r = await run('営業事務\n【仕事内容】\n受注の入力と電話応対です。営業所の売上目標は営業担当が持つもので、事務スタッフに数字の目標はありません。');
    expect(r.quota).not.toBe('stated');
  });
  it('a heading marked with a diamond, answered no on the next line, is a denial', async () => {
    const r = await run('受注センタースタッフ\n【仕事内容】\nお電話での注文受付です。\n◇ ノルマ\nノルマはありません。');
    expect(r.quota).toBe('negated');
  });
});

describe('stop 33: a 募集要項 heading that names the job after it', () => {
  const block = (heading: string) => hasRequirementsBlock(normalize(`町の窓口を訪ねた。\n${heading}\n仕事内容：電話での案内\n勤務時間：9:00～17:00\n給与：時給1,100円\n勤務地：町役場\n`).text);
  it('opens the posting\'s fields', () => {
    expect(block('■募集要項　水道料金でんわ窓口 会計年度任用職員（パートタイム）')).toBe(true);
    expect(block('■募集要項')).toBe(true);
  });
  it('a sentence that starts with the word is no heading', () => {
    expect(block('募集要項は町のホームページでご覧いただけます。')).toBe(false);
  });
});
