import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { publishPush, PublishRefused } from '../../../src/node/publish';
import { withFileLock } from '../../../src/node/wechat/fileStore';
import { clearTokenMemory, TOKEN_FILE } from '../../../src/node/wechat/token';
import { WeChatClient } from '../../../src/node/wechat/client';
import { APP_ID, APP_SECRET, setup, type Env } from './helpers';

describe('publish: odd input, cancelling, locks', () => {
  let env: Env;
  beforeEach(async () => {
    clearTokenMemory();
    env = await setup();
  });
  afterEach(() => env.close());

  it('never throws anything but PublishRefused on odd pushes (dry run)', async () => {
    const texts = [
      '',
      '\uFEFF',
      '---\naccount: A\n',
      '@article\n',
      '@article T\ncover: cover.png\n\n```\nunclosed',
      Array.from({ length: 9 }, (_, i) => `@article A${i}\ncover: cover.png\n\nBody ${i}.\n`).join('\n'),
      '@article T\ncover: cover.png\n\n<img src="square.jpg"><img src="javascript:alert(1)"><img src="data:image/png;base64,AAAA">\n',
      '@article T\ncover: "../../../../etc/passwd"\n\nx\n',
      '@article T\ncover: cover.png\n\n![x](%E0%A4%A)\n',
    ];
    for (const text of texts) {
      const r = await publishPush(env.options({ text, dryRun: true, credentials: undefined })).catch((e: unknown) => e);
      assert.ok(r instanceof PublishRefused || (r && typeof r === 'object' && 'action' in r), `${JSON.stringify(text.slice(0, 40))}: ${String(r)}`);
    }
    assert.strictEqual(env.fake.state.calls.length, 0);
  });

  it('a raw <img> in HTML gets its uploaded URL too', async () => {
    const text = '---\naccount: A\ntype: service\n---\n@article T\ncover: cover.png\n\n<p><img src="square.jpg" alt=""></p>\n';
    const r = await publishPush(env.options({ text }));
    const content = env.fake.state.drafts.get(r.draftMediaId!)![0].content as string;
    assert.ok(!content.includes('square.jpg'), content);
    assert.ok(content.includes(r.uploads.find((u) => u.path === 'square.jpg')!.url!.replace(/&/g, '&amp;')));
  });

  it('cancelling during the uploads stops before the draft', async () => {
    const ac = new AbortController();
    env.fake.delayNext('/cgi-bin/material/add_material', 300);
    const p = publishPush(env.options({ signal: ac.signal, onProgress: (s) => s.kind === 'upload' && ac.abort(new Error('cancelled by the author')) }));
    await assert.rejects(p, /cancelled by the author/);
    await new Promise((r) => setTimeout(r, 400));
    assert.strictEqual(env.fake.state.drafts.size, 0);
    assert.ok(!env.fake.state.calls.some((c) => c.path === '/cgi-bin/draft/add'));
  });

  it('a lock left behind by a process that died is taken over; a live one is waited for', async () => {
    const file = path.join(env.cacheDir, TOKEN_FILE);
    fs.mkdirSync(env.cacheDir, { recursive: true });
    fs.writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(`${file}.lock`, old, old);
    const c = new WeChatClient({ credentials: { appId: APP_ID, appSecret: APP_SECRET }, apiBase: env.fake.url, cacheDir: env.cacheDir });
    assert.strictEqual(await c.token(), env.fake.state.token);
    const order: string[] = [];
    await Promise.all([
      withFileLock(file, async () => {
        order.push('a+');
        await new Promise((r) => setTimeout(r, 100));
        order.push('a-');
      }),
      new Promise((r) => setTimeout(r, 10)).then(() => withFileLock(file, () => void order.push('b'))),
    ]);
    assert.deepStrictEqual(order, ['a+', 'a-', 'b']);
  });
});
