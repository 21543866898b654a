// Syntax colouring for code blocks, written as inline colours (the editor keeps no classes,
// platform rules §3.6). highlight.js core with a handful of common languages keeps the bundle
// small; a block without a known language is left uncoloured rather than guessed.
import hljs from 'highlight.js/lib/core';
import type { Emitter, HLJSApi } from 'highlight.js';
import bash from 'highlight.js/lib/languages/bash';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

// Chosen for articles about software; CSS, SQL and C++ cost 25 KiB more and are left out.
const LANGUAGES = { bash, diff, go, java, javascript, json, python, typescript, xml, yaml };
let registered = false;

function ensureLanguages() {
  if (registered) return;
  registered = true;
  for (const [name, lang] of Object.entries(LANGUAGES)) if (!hljs.getLanguage(name)) hljs.registerLanguage(name, lang);
}

/** The language a fence's info string names, if it is one of ours. */
function languageOf(api: HLJSApi, info: string): string | undefined {
  const lang = info.trim().split(/\s+/)[0]?.toLowerCase();
  return lang && api.getLanguage(lang) ? lang : undefined;
}

/**
 * The code as highlight.js HTML (escaped text in `<span class="hljs-…">`), or undefined when the
 * language is unknown. `code` must already have its tabs expanded.
 */
export function highlightCode(code: string, info: string): string | undefined {
  const lang = info.trim().split(/\s+/)[0]?.toLowerCase();
  if (!lang) return undefined;
  ensureLanguages();
  if (!hljs.getLanguage(lang)) return undefined;
  try {
    return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
  } catch {
    return undefined;
  }
}

/** The theme's ` style="…"` attribute per highlight.js scope (the first piece of a tiered scope). */
export type SyntaxAttrs = Readonly<Record<string, string>>;

/**
 * The code as the renderer writes it: coloured spans with the theme's inline styles, every space a
 * no-break space and every line a <br>; undefined when the language is unknown. `code` must
 * already have its tabs expanded.
 *
 * The same as turning highlightCode's HTML into styles (highlightedToHtml in the renderer), but
 * written by an emitter of our own on a separate highlight.js instance, so no class HTML is built
 * and parsed back: it was a fifth of the time of exporting code-heavy articles.
 */
export function highlightStyled(code: string, info: string, syntax: SyntaxAttrs): { html: string } | { fallback: string } | undefined {
  const api = styledInstance();
  const lang = languageOf(api, info);
  if (!lang) return undefined;
  const before = currentSyntax;
  currentSyntax = syntax;
  try {
    const r = api.highlight(code, { language: lang, ignoreIllegals: true }) as { value: string; illegal?: boolean; errorRaised?: unknown };
    // highlight.js's error paths return its own escaped text, not the emitter's: the caller
    // converts that as it converts class HTML.
    return r.illegal || r.errorRaised ? { fallback: r.value } : { html: r.value };
  } catch {
    return undefined;
  } finally {
    currentSyntax = before;
  }
}

let styled: HLJSApi | undefined;
/** Read by the emitters of the call under way (highlighting is synchronous). */
let currentSyntax: SyntaxAttrs = {};

function styledInstance(): HLJSApi {
  if (!styled) {
    styled = hljs.newInstance();
    styled.configure({ __emitter: StyledEmitter });
    for (const [name, lang] of Object.entries(LANGUAGES)) styled.registerLanguage(name, lang);
  }
  return styled;
}

const attrByScope = new Map<string, string>();
const SCOPE_CLASS = /(?:^|\s)hljs-([\w-]+)/;

/** The key the theme's syntax table is read with: highlight.js's CSS class for the scope, first `hljs-` name. */
function scopeKey(scope: string): string | undefined {
  // As highlight.js names classes: sub-languages get `language-…`, tiered scopes `hljs-a b_`.
  const cls = scope.startsWith('language:') ? scope.replace('language:', 'language-') : `hljs-${scope.split('.').join(' ')}`;
  return SCOPE_CLASS.exec(cls)?.[1];
}

function scopeAttr(syntax: SyntaxAttrs, scope: string): string | undefined {
  let key = attrByScope.get(scope);
  if (key === undefined) {
    key = scopeKey(scope) ?? '';
    attrByScope.set(scope, key);
  }
  return key && Object.prototype.hasOwnProperty.call(syntax, key) ? syntax[key] : undefined;
}

const NEEDS_ESCAPE = /[&<>"' \n]/;

/** highlight.js's escaping, then the whitespace the WeChat editor keeps. */
function codeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"' \n]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === "'" ? '&#x27;' : c === ' ' ? '&nbsp;' : '<br>'));
}

/** Writes the final HTML while highlight.js scans: a span only for scopes the theme colours. */
class StyledEmitter implements Emitter {
  private html = '';
  /** Per open scope, whether it wrote a span. */
  private readonly open: boolean[] = [];
  private readonly syntax = currentSyntax;

  addText(text: string): void {
    if (text) this.html += codeText(text);
  }

  startScope(scope: string): void {
    const attr = scopeAttr(this.syntax, scope);
    this.open.push(!!attr);
    if (attr) this.html += `<span${attr}>`;
  }

  endScope(): void {
    if (this.open.length && this.open.pop()) this.html += '</span>';
  }

  // Older entry points highlight.js still calls for modes.
  openNode(scope: string): void {
    this.startScope(scope);
  }

  closeNode(): void {
    this.endScope();
  }

  __addSublanguage(emitter: Emitter, _name: string): void {
    // A sub-language's root is written without a span (its class is `language-…`).
    this.html += (emitter as StyledEmitter).finish();
  }

  finalize(): void {
    this.finish();
  }

  toHTML(): string {
    return this.html;
  }

  /** Closes what is open and returns the HTML. */
  finish(): string {
    while (this.open.length) this.endScope();
    return this.html;
  }
}
