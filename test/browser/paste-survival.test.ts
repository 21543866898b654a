// Paste survival: the exported HTML goes on the real clipboard of a real Chromium the way the
// preview puts it there (navigator.clipboard.write with text/html + text/plain), is pasted with
// Ctrl+V into a contenteditable whose paste handler applies a model of the WeChat editor's filter
// (test/browser/paste/wechatModel.ts, each behaviour with its platform-rules § number), and what
// the reader sees afterwards is compared with what the preview showed before: visible text, link
// references, code whitespace and the computed style of every element.
//
// A control pastes the usual pipeline's output (markdown-it HTML with a stylesheet) through the
// same filter and checks that it does NOT survive, so the model is known to bite.
import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { createMarkdown } from '../../src/core/format';
import { BUILTIN_THEMES, DEFAULT_THEME_ID, renderArticle, resolveTheme } from '../../src/core/render';
import { themeStylesheet } from '../../bench/export';
import { codeBlocks, pasteCases } from './paste/cases';
import { wechatPasteFilter, type FilterLog } from './paste/wechatModel';
import { useBrowserPage } from './preview/browser';

const ORIGIN = 'https://paste.test';
const STYLE_PROPS = [
  'color', 'background-color', 'font-size', 'font-weight', 'font-style', 'font-family', 'line-height', 'letter-spacing',
  'text-align', 'text-decoration-line', 'display', 'white-space', 'overflow-x',
  'margin-top', 'margin-bottom', 'margin-left', 'padding-top', 'padding-left', 'border-left-width', 'border-left-color', 'border-top-width', 'border-top-color', 'border-bottom-width',
];

interface Snapshot {
  text: string;
  pres: string[];
  sups: string[];
  styles: string[];
  images: number;
}

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>paste</title></head>
<body style="margin:0;width:677px;font-size:16px;color:#000">
<div id="preview"></div>
<div id="editor" contenteditable="true" style="min-height:1em"></div>
<script>
const filter = (${wechatPasteFilter.toString()});
document.getElementById('editor').addEventListener('paste', (e) => {
  e.preventDefault();
  const tpl = document.createElement('template');
  tpl.innerHTML = '<div>' + e.clipboardData.getData('text/html') + '</div>';
  const root = tpl.content.firstElementChild;
  window.pasteLog = filter(root);
  const editor = document.getElementById('editor');
  editor.replaceChildren(...root.childNodes);
  window.pasted = (window.pasted || 0) + 1;
});
</script></body></html>`;

function snapshot(page: Page, selector: string, props: string[]): Promise<Snapshot> {
  return page.evaluate(
    ({ selector, props }) => {
      const root = document.querySelector(selector) as HTMLElement;
      const els = Array.from(root.querySelectorAll('*')).filter((e) => !['HTML', 'HEAD', 'BODY'].includes(e.tagName));
      return {
        text: root.innerText,
        pres: Array.from(root.querySelectorAll('pre')).map((p) => (p as HTMLElement).innerText),
        sups: Array.from(root.querySelectorAll('sup')).map((s) => (s as HTMLElement).innerText),
        styles: els.map((e) => {
          const cs = getComputedStyle(e);
          // An image the filter takes (not yet on WeChat) is laid out by its alt text instead of
          // its box, so its auto margins differ; the export reports those images to the author.
          const own = e.tagName === 'IMG' ? props.filter((p) => !p.startsWith('margin')) : props;
          return `${e.tagName.toLowerCase()} ${own.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`;
        }),
        images: root.querySelectorAll('img[src]').length,
      };
    },
    { selector, props },
  );
}

/** Shows `html` as the preview does, copies it as the preview does, pastes it into the editor. */
async function pasteThroughWeChat(page: Page, html: string, text: string): Promise<{ before: Snapshot; after: Snapshot; log: FilterLog }> {
  await page.evaluate((html) => {
    document.getElementById('preview')!.innerHTML = html;
    document.getElementById('editor')!.replaceChildren();
  }, html);
  const before = await snapshot(page, '#preview', STYLE_PROPS);
  const count = await page.evaluate(() => (window as unknown as { pasted?: number }).pasted ?? 0);
  await page.evaluate(
    async ({ html, text }) => {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
    },
    { html, text },
  );
  await page.focus('#editor');
  await page.keyboard.press('Control+V');
  await page.waitForFunction((n) => ((window as unknown as { pasted?: number }).pasted ?? 0) > n, count, { timeout: 10_000 });
  // The preview is hidden while measuring the paste, so both are laid out at the same width alone.
  await page.evaluate(() => (document.getElementById('preview')!.style.display = 'none'));
  const after = await snapshot(page, '#editor', STYLE_PROPS);
  await page.evaluate(() => (document.getElementById('preview')!.style.display = ''));
  const log = await page.evaluate(() => (window as unknown as { pasteLog: FilterLog }).pasteLog);
  return { before, after, log };
}

describe('paste survival in Chromium (model of the WeChat editor)', function () {
  this.timeout(120_000);
  const ui = useBrowserPage({
    viewport: { width: 800, height: 900 },
    scope: 'suite',
    context: (context) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN }),
  });

  before(async () => {
    // Images are not fetched: local paths do not exist here and remote hosts are not reachable.
    await ui.page.route('**/*', (route) => (route.request().url() === `${ORIGIN}/` ? route.fulfill({ contentType: 'text/html', body: PAGE }) : route.abort()));
    await ui.page.goto(`${ORIGIN}/`);
  });

  // The default theme with every article; the other built-in themes with every construct.
  const runs = BUILTIN_THEMES.flatMap((t) => pasteCases(t.id === DEFAULT_THEME_ID ? undefined : 'markup').map((c) => ({ c, t })));
  for (const { c, t } of runs) {
    it(`${c.name}${t.id === DEFAULT_THEME_ID ? '' : ` (${t.id} theme)`}: text, references, code and styles survive`, async () => {
      const r = renderArticle(c.doc, c.item, { theme: resolveTheme({ name: t.id }, undefined).theme });
      const { before, after, log } = await pasteThroughWeChat(ui.page, r.html, r.text);

      assert.ok(before.text.trim().length > 0, 'the preview shows something');
      assert.strictEqual(after.text, before.text, 'visible text');
      assert.deepStrictEqual(after.sups, before.sups, 'reference marks');
      for (const ref of r.references) assert.ok(after.text.includes(ref.url), `reference ${ref.n} URL visible`);
      assert.deepStrictEqual(after.pres.map((p) => p.replace(/\u00a0/g, ' ')), codeBlocks(c.item), 'code whitespace');
      assert.deepStrictEqual(after.styles, before.styles, 'computed styles');
      // The filter found nothing of ours to strip; what it does take (images not on WeChat,
      // links outside it) is exactly what the export reports.
      assert.deepStrictEqual(log.removedElements, []);
      assert.deepStrictEqual(log.removedAttributes, []);
      assert.strictEqual(log.droppedStyles, 0);
      assert.strictEqual(log.flattenedLists, 0);
      const reportedImages = r.localImages.length + r.remoteImages.length;
      assert.ok(log.filteredImages >= r.remoteImages.length && log.filteredImages <= reportedImages + countDuplicateRemote(r.html), `filtered images ${log.filteredImages}, reported ${reportedImages}`);
    });
  }

  it('control: the usual markdown-it + stylesheet output does not survive the same paste', async () => {
    const c = pasteCases('markup').find((x) => x.name === 'code')!;
    const md = createMarkdown();
    const html = `<style>${themeStylesheet()}</style><section class="wx">${md.renderer.render(c.item.tokens ?? [], md.options, {})}</section>`;
    const { before, after, log } = await pasteThroughWeChat(ui.page, html, '');
    assert.deepStrictEqual(log.removedElements, ['style']);
    assert.notDeepStrictEqual(after.pres.map((p) => p.replace(/\u00a0/g, ' ')), codeBlocks(c.item), 'code indentation is lost');
    assert.notDeepStrictEqual(after.styles, before.styles, 'styles are lost');
  });

  it('control: lists three levels deep as real lists lose their nesting', async () => {
    const md = createMarkdown();
    const html = md.render('- one\n  - two\n    - three\n      - four\n');
    const { log } = await pasteThroughWeChat(ui.page, html, '');
    // The third-level list is lifted out, then the fourth (now third) follows it.
    assert.strictEqual(log.flattenedLists, 2);
  });
});

/** Remote images repeated in the body are filtered once per <img>, but reported once per URL. */
function countDuplicateRemote(html: string): number {
  const srcs = [...html.matchAll(/<img src="(https?:[^"]*)"/g)].map((m) => m[1]);
  return srcs.length - new Set(srcs).size;
}
