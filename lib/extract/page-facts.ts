// Facts about a whole page that several extraction methods ask for, computed once and only when asked.
import { insideChrome } from '../dom/chrome';
import { contentRoot } from '../dom/query';
import { blockText } from '../dom/text';
import { fold, oneLine } from '../text/fold';
import type { TitleFound } from './first-title';
import { choosePostingBlock } from './generic';
import { postingRegion } from './posting-region';

export class PageFacts {
  private visible?: string;
  private headings?: string;
  private labelled?: { block: Element; region: Element } | null;
  private regionText?: string | null;

  constructor(readonly doc: Document) {}

  /** Folded visible text of the whole page. */
  visibleText(): string {
    if (this.visible === undefined) {
      const root = contentRoot(this.doc);
      this.visible = root ? fold(blockText(root)) : '';
    }
    return this.visible;
  }

  /** The labelled posting block and the content element around it that is still the posting (the JSON-LD step
   *  weighs its description against the region; the generic step reads it). Null when there is none. */
  postingBlock(): { block: Element; region: Element } | null {
    if (this.labelled === undefined) {
      const chosen = choosePostingBlock(this.doc);
      this.labelled = chosen && { block: chosen.block, region: postingRegion(chosen.block, chosen.labelled, this.doc) };
    }
    return this.labelled;
  }

  /** The text of the posting block's region (what the JSON-LD step weighs its description against), or null when
   *  there is no labelled block. */
  postingRegionText(): string | null {
    if (this.regionText === undefined) {
      const found = this.postingBlock();
      this.regionText = found && blockText(found.region);
    }
    return this.regionText;
  }

  /** Folded <title> and <h1> texts. */
  headingText(): string {
    if (this.headings === undefined) {
      const parts: string[] = [this.titleTag()];
      this.doc.querySelectorAll('h1').forEach((h) => parts.push(blockText(h)));
      this.headings = fold(parts.join('\n'));
    }
    return this.headings;
  }

  titleTag(): string {
    const t = this.doc.querySelector('title');
    return t ? oneLine(t.textContent ?? '') : '';
  }

  /**
   * The page's first h1 outside page chrome (a header h1 is often the site
   * logo); with allowChrome, any h1 if there is no such one.
   */
  pageH1(allowChrome = true): string {
    return this.pageH1Found(allowChrome).text;
  }

  /** pageH1 and the h1 it was read from. */
  pageH1Found(allowChrome = true): TitleFound {
    let fallback: TitleFound = { text: '', el: null };
    const h1s = this.doc.querySelectorAll('h1');
    for (let i = 0; i < h1s.length; i++) {
      const text = oneLine(blockText(h1s[i]));
      if (!text) continue;
      if (!insideChrome(h1s[i])) return { text, el: h1s[i] };
      if (!fallback.text) fallback = { text, el: h1s[i] };
    }
    return allowChrome ? fallback : { text: '', el: null };
  }
}
