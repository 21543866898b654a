// markdown-it's published build creates every token's fields through a class-field helper
// (`_defineProperty`, a property-key conversion and an `in` check per field): for a re-parse after
// a keystroke that is about a seventh of the time. This plugin has the parser states build the
// same tokens with plain assignments: a token is still a `Token` (same prototype, the same own
// fields in the same order, the same values), and the states' `push` methods do what markdown-it's
// do. When a markdown-it version makes tokens with other fields, the plugin stands aside.
import type { Markdown, MdToken } from './markdown';

type TokenClass = new (type: string, tag: string, nesting: number) => MdToken;

// The parts of the states the copied `push` methods touch (they are typed loosely upstream).
interface BlockState {
  level: number;
  tokens: MdToken[];
}
interface InlineState extends BlockState {
  pending: string;
  pendingLevel: number;
  delimiters: unknown[];
  _prev_delimiters: unknown[][];
  tokens_meta: unknown[];
  pushPending(): MdToken;
}
type StateClass = new (...args: never[]) => object;

export function fastTokens(md: Markdown): void {
  const probe = new md.core.State('', md, {}) as unknown as { Token: TokenClass };
  const Token = probe.Token;
  const Fast = function (this: Record<string, unknown>, type: string, tag: string, nesting: number) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  } as unknown as TokenClass;
  Fast.prototype = Token.prototype;
  if (!sameShape(new Token('text', 'p', 1), new Fast('text', 'p', 1))) return;

  // Rules and plugins that make tokens themselves use `new state.Token(…)`.
  const Core = md.core.State as unknown as StateClass;
  md.core.State = class extends Core {
    constructor(...args: never[]) {
      super(...args);
      (this as unknown as { Token: TokenClass }).Token = Fast;
    }
  } as unknown as typeof md.core.State;

  const Block = md.block.State as unknown as StateClass;
  md.block.State = class extends Block {
    constructor(...args: never[]) {
      super(...args);
      (this as unknown as { Token: TokenClass }).Token = Fast;
    }
    push(this: BlockState, type: string, tag: string, nesting: number): MdToken {
      const token = new Fast(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  } as unknown as typeof md.block.State;

  // The inline state may already be a plugin's subclass (cjk-friendly): extend what is there. One
  // is made per paragraph, heading and cell, so its fields are set plainly too, when they are what
  // markdown-it's own constructor sets.
  const Inline = md.inline.State as unknown as StateClass;
  const Slow = class extends Inline {
    constructor(...args: never[]) {
      super(...args);
      (this as unknown as { Token: TokenClass }).Token = Fast;
    }
    pushPending(this: InlineState): MdToken {
      const token = new Fast('text', '', 0);
      token.content = this.pending;
      token.level = this.pendingLevel;
      this.tokens.push(token);
      this.pending = '';
      return token;
    }
    push(this: InlineState, type: string, tag: string, nesting: number): MdToken {
      if (this.pending) this.pushPending();
      const token = new Fast(type, tag, nesting);
      let meta: { delimiters: unknown[] } | undefined;
      if (nesting < 0) {
        this.level--;
        this.delimiters = this._prev_delimiters.pop()!;
      }
      token.level = this.level;
      if (nesting > 0) {
        this.level++;
        this._prev_delimiters.push(this.delimiters);
        this.delimiters = [];
        meta = { delimiters: this.delimiters };
      }
      this.pendingLevel = this.level;
      this.tokens.push(token);
      this.tokens_meta.push(meta);
      return token;
    }
  };
  const Plain = function (this: Record<string, unknown>, src: string, md: Markdown, env: unknown, outTokens: MdToken[]) {
    this.pos = 0;
    this.level = 0;
    this.pending = '';
    this.pendingLevel = 0;
    this.cache = {};
    this.backticks = {};
    this.backticksScanned = false;
    this.skipHtmlSpecial = false;
    this.linkLevel = 0;
    this.delimiters = [];
    this._prev_delimiters = [];
    this.Token = Fast;
    this.src = src;
    this.env = env;
    this.md = md;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = src.length;
  } as unknown as StateClass;
  Plain.prototype = Slow.prototype;
  const args = ['a *b*', md, {}, [new Fast('x', '', 0)]] as unknown as never[];
  md.inline.State = (sameState(new Slow(...args), new Plain(...args)) ? Plain : Slow) as unknown as typeof md.inline.State;
}

/** The same fields in the same order, with the same values or empty objects and arrays alike. */
function sameState(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join() !== kb.join()) return false;
  for (const k of ka) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y) || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** The same own fields, in the same order, with the same values. */
export function sameShape(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || (a as Record<string, unknown>)[ka[i]] !== (b as Record<string, unknown>)[kb[i]]) return false;
  }
  return Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
}
