// The links the editor opens to a documentation page point at a page that exists, in each display
// language: a Chinese reader gets docs/zh-cn/PAGE.md, not the English page.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DOCS_PAGES, DOCS_ROOT, docsPageUrl } from '../../../src/core/docs';
import { ROOT } from './sources';

describe('documentation page links', () => {
  for (const page of DOCS_PAGES) {
    for (const locale of ['en', 'zh-cn'] as const) {
      it(`${page} (${locale}) names a page of the repository`, () => {
        const url = docsPageUrl(page, locale);
        assert.ok(url.startsWith(DOCS_ROOT), url);
        const file = path.join(ROOT, 'docs', url.slice(DOCS_ROOT.length));
        assert.ok(fs.existsSync(file), `${file} exists`);
        assert.strictEqual(url.includes('/zh-cn/'), locale === 'zh-cn');
      });
    }
  }
});
