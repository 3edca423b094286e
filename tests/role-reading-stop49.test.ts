// Stop 49's readings, each pinned by postings of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { run } from './helpers';

const roles = (file: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles', file), 'utf8');
const kindAt = (text: string, words: string) => {
  const n = normalize(text);
  const at = n.text.indexOf(normalize(words).text);
  return findSections(n.text).findLast((s) => s.start <= at)?.kind;
};

describe('a recruit FAQ whose question asks what the work is: its answer states the job', () => {
  it('the answer under Q. どんなお仕事ですか？ is the job\'s statement, though the 募集要項 has a 職種 line', () => {
    expect(kindAt(roles('faq-page-visit-reminder-calls.txt'), 'A. 以前ご来院いただいた患者様に')).toBe('job');
  });
  it('a reminder-call job described only in such an answer is outbound (its title names no direction)', async () => {
    const r = await run(roles('faq-page-visit-reminder-calls.txt'));
    expect({ jobType: r.jobType, callCenter: r.callCenter, quota: r.quota }).toEqual({ jobType: 'outbound', callCenter: true, quota: 'negated' });
  });
  it.each([
    ['Q. 仕事内容を教えてください', 'A. 通販のお客様からのご注文のお電話を受けて、専用画面に入力します。'],
    ['Q1. 具体的にはどんな業務をするのですか？', 'A. 通販のお客様からのご注文のお電話を受けて、専用画面に入力します。'],
  ])('%s opens the answer as the job', (q, a) => {
    const text = `株式会社ハルカゼ通販 採用サイト\nよくあるご質問\n\n${q}\n${a}\n\n■募集要項\n職種：受注スタッフ\n給与：時給1,200円`;
    expect(kindAt(text, a)).toBe('job');
  });
  it('other questions keep their kind (Q. 髪型や服装の決まりはありますか？)', () => {
    const text = '株式会社ハルカゼ通販 採用サイト\nよくあるご質問\n\nQ. 髪型や服装の決まりはありますか？\nA. 自由です。\n\n■募集要項\n職種：受注スタッフ';
    expect(kindAt(text, 'A. 自由です。')).not.toBe('job');
  });
  it('a page with a 仕事内容 section keeps it as the only statement of the work', () => {
    const text = '受注スタッフ募集\n【仕事内容】\nご注文のお電話の受付\n【よくある質問】\nQ. どんなお仕事ですか？\nA. 先輩の声：毎日楽しいです。';
    expect(kindAt(text, 'A. 先輩の声')).not.toBe('job');
  });
});
