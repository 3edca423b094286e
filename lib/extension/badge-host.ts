// The badge's host element: a <kyujin-lens-badge> on <html> (pages that replace their body keep it) with
// an open shadow root, so the page's CSS cannot reach the badge, and the verdict as data-* attributes
// for tests and users' own scripts. What is drawn inside is passed in (the content script's Preact badge).
import { BADGE_TAG, HOST_ATTR } from './dom-contract';

/** A page that removes our badge gets it back this many times at most: never a tug of war with the page. */
export const MAX_REATTACH = 3;

export class BadgeHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private showing = false;
  private reattached = 0;

  /**
   * `css` is the badge's style sheet; `paint(mount)` draws the badge into the shadow root, `clear(mount)`
   * takes it down.
   */
  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly paint: (mount: HTMLElement) => void,
    private readonly clear: (mount: HTMLElement) => void,
  ) {}

  /** Shows the badge with these data-* attributes (attributes not given are removed), or removes it (null). */
  show(attrs: Record<string, string> | null): void {
    this.showing = attrs !== null;
    if (!attrs) {
      if (this.host) {
        this.clear(this.mount!);
        this.host.remove();
      }
      return;
    }
    const host = this.attach();
    for (const a of [...host.attributes]) if (a.name.startsWith('data-') && a.name !== HOST_ATTR && !(a.name in attrs)) host.removeAttribute(a.name);
    for (const [k, v] of Object.entries(attrs)) host.setAttribute(k, v);
    this.paint(this.mount!);
  }

  /** Puts the badge back when the page removed it (a few times at most). True when it did. */
  restoreIfRemoved(): boolean {
    if (!this.host || this.host.isConnected || !this.showing || this.reattached >= MAX_REATTACH) return false;
    this.reattached++;
    this.attach();
    this.paint(this.mount!);
    return true;
  }

  /** Whether a node is the badge's host (its coming and going is not a change of the page). */
  isHost(node: Node): boolean {
    return node === this.host;
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  private attach(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    if (!this.host) {
      this.host = this.doc.createElement(BADGE_TAG);
      const shadow = this.host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = this.css;
      this.mount = this.doc.createElement('div');
      shadow.append(style, this.mount);
    }
    this.doc.documentElement.appendChild(this.host);
    return this.host;
  }
}
