import * as assert from 'assert';
import { highlightCode, highlightStyled } from '../../../src/core/render/highlight';
import { BUILTIN_THEMES } from '../../../src/core/render/themes/builtins';
import { buildTheme } from '../../../src/core/render/themes/build';
import { TRICKY_CODE } from '../../support/codeSnippets';

// The reference: highlight.js's class HTML with each class turned into the theme's style (a span
// only where the theme colours the scope), spaces as no-break spaces and line breaks as <br>.
function viaClasses(code: string, lang: string, syntax: Record<string, string>): string | undefined {
  const html = highlightCode(code, lang);
  if (html === undefined) return undefined;
  const open: boolean[] = [];
  return html.replace(/<span class="([^"]*)">|<\/span>|[^<]+/g, (m, cls: string | undefined) => {
    if (cls !== undefined) {
      const scope = /(?:^|\s)hljs-([\w-]+)/.exec(cls)?.[1];
      const css = scope && Object.prototype.hasOwnProperty.call(syntax, scope) ? syntax[scope] : '';
      open.push(!!css);
      return css ? `<span style="${css.replace(/"/g, '&quot;')}">` : '';
    }
    if (m === '</span>') return open.pop() ? m : '';
    return m.replace(/ /g, '&nbsp;').replace(/\n/g, '<br>');
  });
}

// Tabs already expanded, as the renderer hands code to the highlighter.
const SNIPPETS = [TRICKY_CODE.js, TRICKY_CODE.html, 'def f(x: int) -> str:\n    """doc"""\n    return f"{x}"  # c', ...TRICKY_CODE.others, '', '   '];
const LANGS = ['js', 'javascript', 'ts', 'typescript', 'python', 'bash', 'xml', 'html', 'json', 'yaml', 'go', 'java', 'diff', 'JS extra-info'];

describe('render: code colouring', () => {
  it('writes the same HTML as highlight.js class output turned into inline styles, in every built-in theme', () => {
    let compared = 0;
    for (const def of BUILTIN_THEMES) {
      const syntax = buildTheme(def.look, def.options).syntax;
      const attrs: Record<string, string> = {};
      for (const [scope, css] of Object.entries(syntax)) if (css) attrs[scope] = ` style="${css.replace(/"/g, '&quot;')}"`;
      for (const lang of LANGS) {
        for (const code of SNIPPETS) {
          const expected = viaClasses(code, lang, syntax);
          const got = highlightStyled(code, lang, attrs);
          assert.ok(got && 'html' in got, `${lang}: ${code}`);
          assert.strictEqual(got.html, expected, `${def.id} ${lang}: ${JSON.stringify(code)}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 100);
  });

  it('colours nothing and leaves unknown languages to the plain writer', () => {
    assert.strictEqual(highlightStyled('x = 1', 'cobol', {}), undefined);
    assert.strictEqual(highlightStyled('x = 1', '', {}), undefined);
    const got = highlightStyled('const a = 1;', 'js', {});
    assert.deepStrictEqual(got, { html: 'const&nbsp;a&nbsp;=&nbsp;1;' });
  });
});
