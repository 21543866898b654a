// Scroll sync between the editor and the preview, in both directions. Elements carry the 0-based
// source line they come from (`data-line`): blocks, and the images and links inside an article
// body (which also carry their source span), so a long paragraph is followed line by line. Each side ignores the scroll events that its own
// programmatic scrolling causes (the anti-echo guard), or the two would chase each other.
const ECHO_MS = 250;

export class ScrollSync {
  private ignoreUntil = 0;
  private pending = false;

  constructor(
    private readonly root: () => HTMLElement | null,
    private readonly onUserScroll: (line: number) => void,
  ) {
    window.addEventListener('scroll', () => this.onScroll(), { passive: true });
  }

  private elements(): HTMLElement[] {
    const r = this.root();
    if (!r) return [];
    return Array.from(r.querySelectorAll<HTMLElement>('[data-line]')).filter((e) => e.offsetParent !== null || e.getClientRects().length > 0);
  }

  /** Scrolls so the element of the last line ≤ `line` is at the top; interpolates inside it. */
  scrollToLine(line: number) {
    const els = this.elements();
    let best: HTMLElement | undefined;
    let bestLine = -1;
    let next: HTMLElement | undefined;
    let nextLine = Infinity;
    for (const e of els) {
      const l = Number(e.dataset.line);
      if (!isFinite(l)) continue;
      // On a line shared by a block and an image or link inside it, the block's top is the line's.
      if (l <= line && (l > bestLine || (l === bestLine && !e.dataset.span))) {
        best = e;
        bestLine = l;
      } else if (l > line && l < nextLine) {
        next = e;
        nextLine = l;
      }
    }
    let y = 0;
    if (best) {
      const top = best.getBoundingClientRect().top + window.scrollY;
      y = top;
      if (next && nextLine > bestLine) {
        const nextTop = next.getBoundingClientRect().top + window.scrollY;
        if (nextTop > top) y = top + ((line - bestLine) / (nextLine - bestLine)) * (nextTop - top);
      }
      y -= 8;
    }
    this.ignoreUntil = Date.now() + ECHO_MS;
    window.scrollTo(0, Math.max(0, y));
  }

  /** The source line shown at the top of the view. */
  topLine(): number | undefined {
    let last: number | undefined;
    for (const e of this.elements()) {
      const r = e.getBoundingClientRect();
      const l = Number(e.dataset.line);
      if (!isFinite(l)) continue;
      if (r.top > 10) return last ?? l;
      last = l;
    }
    return last;
  }

  private onScroll() {
    if (Date.now() < this.ignoreUntil || this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      const l = this.topLine();
      if (l !== undefined) this.onUserScroll(l);
    });
  }

  /** The editor side scrolled because of us: ignore the echo that comes back. */
  suppress() {
    this.ignoreUntil = Date.now() + ECHO_MS;
  }
}
