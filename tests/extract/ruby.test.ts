// Pages in easy Japanese set readings over their kanji (<ruby>電話<rt>でんわ</rt></ruby>). Read as text, a reading glues to
// its word (電話でんわをかけ) and no phrase matches: the word is what the page says, the reading is left out, in the page's
// text and in a JobPosting description's HTML alike. A page of our own.
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../lib/extract/extract';
import { htmlToText, setFragmentParser } from '../../lib/extract/html-text';
import { parseHtml } from '../../lib/extract/node-dom';
import { run } from '../helpers';
import { html } from './load-fixture';

const r = (word: string, reading: string) => `<ruby>${word}<rp>(</rp><rt>${reading}</rt><rp>)</rp></ruby>`;
const body = `<dl class="job"><dt>仕事内容</dt><dd>会社に${r('電話', 'でんわ')}をかけて、${r('新', 'あたら')}しいサービスを${r('案内', 'あんない')}します。</dd>
<dt>給与</dt><dd>${r('時給', 'じきゅう')}1,200円</dd><dt>勤務地</dt><dd>${r('名古屋市', 'なごやし')}</dd><dt>応募資格</dt><dd>${r('未経験', 'みけいけん')}OK</dd></dl>`;

describe('ruby readings are left out of the text', () => {
  it("from the page's posting block", async () => {
    const p = extractPosting(html(`<!doctype html><html><body><main><h1>${r('電話', 'でんわ')}のお${r('仕事', 'しごと')}</h1>${body}</main></body></html>`));
    expect(p?.text).toContain('会社に電話をかけて、新しいサービスを案内します。');
    expect(p?.text).not.toContain('でんわ');
    const result = await run(p!.text);
    expect(result).toMatchObject({ jobType: 'outbound', callCenter: true });
    expect(result.pay.base).toMatchObject({ unit: 'hour', min: 1200 });
  });

  it("from a JobPosting description's HTML, with a parser and without one", () => {
    const description = `<p>会社に${r('電話', 'でんわ')}をかけます。</p>`;
    expect(htmlToText(description)).toBe('会社に電話をかけます。');
    // Without a parser (a page's policy refused it) the tags are stripped by hand.
    setFragmentParser(null);
    try {
      expect(htmlToText(description)).toBe('会社に電話をかけます。');
    } finally {
      setFragmentParser((h) => parseHtml(`<!DOCTYPE html><html><head></head><body>${h}</body></html>`).body);
    }
  });
});
