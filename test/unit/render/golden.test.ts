// Golden tests: every markdown construct of test/unit/render/cases/*.md rendered for export and
// compared exactly with test/unit/render/golden/. `UPDATE_GOLDEN=1` rewrites the goldens; review
// the diff (and golden/index.html in a browser) before committing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format';
import { renderArticle, type RenderOptions } from '../../../src/core/render';

const ROOT = path.resolve(__dirname, '../../../../test/unit/render');
const CASES = path.join(ROOT, 'cases');
const GOLDEN = path.join(ROOT, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** One line per block so a golden diff points at the block that changed; the test stays exact. */
export function pretty(html: string): string {
  return html.replace(/(<\/(?:p|h[1-6]|pre|blockquote|table|figure|tr|section)>|<hr[^>]*>)/g, '$1\n');
}

export function renderCase(name: string) {
  const body = fs.readFileSync(path.join(CASES, `${name}.md`), 'utf8');
  const m = /^<!-- options: (\{.*\}) -->/.exec(body);
  const options: RenderOptions = m ? JSON.parse(m[1]) : {};
  const doc = parsePush(`@article ${name}\nauthor: Test\n\n${body}`);
  return renderArticle(doc, doc.items[0], options);
}

export function caseNames(): string[] {
  return fs
    .readdirSync(CASES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

function check(file: string, actual: string) {
  const p = path.join(GOLDEN, file);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(p, actual);
    return;
  }
  assert.ok(fs.existsSync(p), `missing golden ${file}; run with UPDATE_GOLDEN=1 and review it`);
  assert.strictEqual(actual, fs.readFileSync(p, 'utf8'), `${file} differs from its golden`);
}

describe('render: golden output', () => {
  const names = caseNames();
  for (const name of names) {
    it(name, () => {
      const r = renderCase(name);
      check(`${name}.html`, pretty(r.html));
      check(`${name}.txt`, r.text + '\n');
      const meta = { localImages: r.localImages, remoteImages: r.remoteImages, references: r.references, stripped: r.stripped, chars: r.chars, bytes: r.bytes };
      check(`${name}.json`, JSON.stringify(meta, null, 2) + '\n');
      // The editor keeps neither classes nor ids (platform rules §3.6–3.7).
      assert.doesNotMatch(r.html, /\s(?:class|id)=/);
      assert.doesNotMatch(r.html, /<(?:script|style|iframe|video|audio|link)\b/i);
    });
  }

  it('writes a page that shows every golden (for looking at them)', function () {
    if (!UPDATE) this.skip();
    const parts = names.map((n) => `<h1 style="font:bold 13px monospace;color:#999;margin:32px 0 8px">${n}</h1>\n${renderCase(n).html}`);
    fs.writeFileSync(
      path.join(GOLDEN, 'index.html'),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>wxpush render goldens</title></head>` +
        `<body style="margin:0 auto;max-width:677px;padding:16px;background:#fff">\n${parts.join('\n')}\n</body></html>\n`,
    );
  });
});
