import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildPreview } from '../../../src/core/surfaces';
import { contentSecurityPolicy, previewShellHtml } from '../../../src/vscode/preview/shell';

describe('preview shell HTML', () => {
  const model = buildPreview(parsePush('---\naccount: </script><script>alert(1)</script>\n---\n@article A\n'));
  const html = previewShellHtml({
    cspSource: 'https://res.example',
    nonce: 'N0nce',
    scriptUri: 'https://res.example/preview.js',
    styleUris: ['https://res.example/a.css'],
    initial: { resource: 'file:///a.wxpush', locked: false, theme: 'dark', model },
    lang: 'en',
  });

  it('has a strict CSP: nothing by default, scripts only with the nonce, images from the resource origin, https and data', () => {
    const csp = contentSecurityPolicy('https://res.example', 'N0nce');
    const parts = Object.fromEntries(csp.split('; ').map((p) => [p.split(' ')[0], p.split(' ').slice(1)]));
    assert.deepStrictEqual(parts['default-src'], ["'none'"]);
    assert.deepStrictEqual(parts['script-src'], ["'nonce-N0nce'"]);
    assert.deepStrictEqual(parts['img-src'], ['https://res.example', 'https:', 'data:']);
    assert.ok(!/unsafe-eval/.test(csp));
    assert.ok(!/frame-src|child-src|connect-src/.test(csp), 'no frames, no fetches');
    assert.ok(html.includes(`content="${csp.replace(/'/g, "'")}"`));
  });

  it('every script element carries the nonce, and the data element cannot be closed by document text', () => {
    const scripts = html.match(/<script\b[^>]*>/g)!;
    assert.deepStrictEqual(scripts, ['<script type="application/json" id="wxp-initial">', '<script nonce="N0nce" src="https://res.example/preview.js">']);
    const data = html.slice(html.indexOf('id="wxp-initial">') + 17, html.indexOf('</script>'));
    assert.ok(!data.includes('<'), 'no `<` inside the JSON');
    assert.strictEqual(JSON.parse(data).model.account.name, '</script><script>alert(1)</script>');
    assert.match(html, /<body class="wx-root" data-weui-theme="dark">/);
  });
});
