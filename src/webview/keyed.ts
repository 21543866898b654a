// Re-render only what changed: each item's element is cached under a key made of everything it
// shows. An update rebuilds the page structure but reuses the element of every item whose key is
// unchanged, so unchanged images are not reloaded and unchanged article bodies not re-parsed.
export class KeyedCache {
  private previous = new Map<string, HTMLElement>();
  private current = new Map<string, HTMLElement>();
  /** Elements built during the last render (tests and benchmarks read it). */
  built = 0;
  reused = 0;

  begin() {
    this.current = new Map();
    this.built = 0;
    this.reused = 0;
  }

  get(slot: string, content: unknown, build: () => HTMLElement): HTMLElement {
    const key = slot + '\u0000' + JSON.stringify(content);
    let el = this.previous.get(key);
    if (el) {
      this.previous.delete(key);
      this.reused++;
    } else {
      el = build();
      this.built++;
    }
    this.current.set(key, el);
    return el;
  }

  end() {
    this.previous = this.current;
  }
}
