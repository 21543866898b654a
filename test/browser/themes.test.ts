// The built-in themes in Chromium: the showcase article of each, at a phone's width (375 CSS px),
// on white paper and in WeChat's dark mode (the preview's recolouring, src/webview/darkArticle.ts).
// Screenshots go to test-results/themes/<theme>-<light|dark>.png for looking at; the assertions
// measure what makes the themes different and what dark mode must keep readable.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../src/core/format';
import { BUILTIN_THEMES, renderArticle, resolveTheme } from '../../src/core/render';
import { ROOT } from './paste/cases';
import { useBrowserPage } from './preview/browser';

const ORIGIN = 'https://themes.test';
const OUT = path.join(ROOT, 'test-results', 'themes');
const COVER = path.join(ROOT, 'test/fixtures/media/cover-235x100.png');

function showcase(themeId: string): string {
  const body = fs.readFileSync(path.join(ROOT, 'test/unit/render/themes/showcase.md'), 'utf8');
  const doc = parsePush(`@article Showcase\n\n${body}`);
  return renderArticle(doc, doc.items[0], { theme: resolveTheme({ name: themeId }, undefined).theme, resolveImage: () => `${ORIGIN}/cover.png` }).html;
}

/** The preview's dark-mode recolouring, bundled for the page. */
function darkScript(): string {
  const r = esbuild.buildSync({
    stdin: { contents: `import { applyArticleTheme } from './src/webview/darkArticle'; window.applyArticleTheme = applyArticleTheme;`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return r.outputFiles[0].text;
}

function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('themes in Chromium (phone width, light and dark)', function () {
  this.timeout(120_000);
  const ui = useBrowserPage({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, scope: 'suite' });

  before(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    const script = darkScript();
    await ui.page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/cover.png`) return route.fulfill({ contentType: 'image/png', body: fs.readFileSync(COVER) });
      if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: `<!DOCTYPE html><html><head><meta charset="utf-8"><script>${script}</script></head><body style="margin:0"><div id="page" style="padding:20px 16px"><div class="wxp-rich" id="article"></div></div></body></html>` });
      return route.abort();
    });
    await ui.page.goto(`${ORIGIN}/`);
  });

  async function show(themeId: string, dark: boolean) {
    await ui.page.evaluate(
      ({ html, dark }) => {
        const article = document.getElementById('article')!;
        delete article.dataset.wxpTheme;
        article.innerHTML = html;
        // WeChat's dark page, and the same recolouring the preview applies.
        document.body.style.background = dark ? '#191919' : '#ffffff';
        (window as unknown as { applyArticleTheme(root: ParentNode, dark: boolean): void }).applyArticleTheme(document, dark);
      },
      { html: showcase(themeId), dark },
    );
    await ui.page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  }

  function measure() {
    return ui.page.evaluate(() => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const cs = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      const root = document.querySelector('#article > section')!;
      const p = root.querySelector('p')!;
      const h2 = root.querySelector('h2')!;
      const pre = root.querySelector('pre')!;
      return {
        width: (root as HTMLElement).getBoundingClientRect().width,
        scrollWidth: document.documentElement.scrollWidth,
        font: getComputedStyle(p).fontFamily,
        size: getComputedStyle(p).fontSize,
        text: rgb(getComputedStyle(p).color),
        page: rgb(getComputedStyle(document.body).backgroundColor),
        h2Align: getComputedStyle(h2).textAlign,
        h2Left: getComputedStyle(h2).borderLeftWidth,
        h2Top: getComputedStyle(h2).borderTopWidth,
        pre: rgb(getComputedStyle(pre).backgroundColor),
        preText: rgb(getComputedStyle(pre.querySelector('code')!).color),
        link: rgb(cs('#article span[style*="color"]').color),
      };
    });
  }

  const seen: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const t of BUILTIN_THEMES) {
    for (const dark of [false, true]) {
      it(`${t.id} (${dark ? 'dark' : 'light'}): fits the phone, readable, screenshot taken`, async () => {
        await show(t.id, dark);
        const m = await measure();
        seen[`${t.id}-${dark}`] = m;
        assert.ok(m.scrollWidth <= 375, `nothing wider than the phone (${m.scrollWidth}px)`);
        assert.ok(contrast(m.text, m.page) >= 7, `body text contrast ${contrast(m.text, m.page).toFixed(1)}`);
        assert.ok(contrast(m.preText, m.pre) >= 4.5, `code contrast ${contrast(m.preText, m.pre).toFixed(1)}`);
        assert.ok(contrast(m.link, m.page) >= 3, `link contrast ${contrast(m.link, m.page).toFixed(1)}`);
        await ui.page.screenshot({ path: path.join(OUT, `${t.id}-${dark ? 'dark' : 'light'}.png`), fullPage: true });
      });
    }
  }

  it('the themes differ where a reader sees it: font, size, headings, code', () => {
    const [d, c, k] = ['default', 'classic', 'compact'].map((id) => seen[`${id}-false`]);
    assert.ok(d && c && k, 'the light runs came first');
    assert.match(c.font, /^Georgia/);
    assert.doesNotMatch(d.font, /Georgia/);
    assert.deepStrictEqual([d.size, c.size, k.size], ['17px', '17px', '15px']);
    assert.deepStrictEqual([d.h2Align, c.h2Align, k.h2Align], ['left', 'center', 'left']);
    assert.deepStrictEqual([c.h2Top, k.h2Left], ['1px', '4px']);
    assert.ok(contrast(k.pre, [255, 255, 255]) > 10 && contrast(d.pre, [255, 255, 255]) < 1.2, 'compact code is dark, default light');
  });
});
