// A push folder with real media fixtures, a cache folder, and the fake WeChat API around a test.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startFakeWechat, type FakeWechat, type FakeWechatOptions } from '../../support/fakeWechat';
import type { PublishOptions } from '../../../src/node/publish';

export const ROOT = path.resolve(__dirname, '../../../..');
export const APP_ID = 'wx0123456789abcdef';
export const APP_SECRET = 'secret-0123456789abcdef0123456789';

export const PUSH = `---
account: Test Account
type: service
date: 2026-12-05
rules: { image-format: off }
---

@article First article
author: Mei
cover: cover.png
digest: A short digest.
source: https://example.com/one
comments: followers
original: true

Hello **world**.

![a square](square.jpg)

@article Second article
cover: cover.png
comments: all

Second body with a gif ![g](small.gif) and 中文 "quotes" and a backslash \\u4e2d.

@text
Good morning!
`;

export interface Env {
  dir: string;
  cacheDir: string;
  file: string;
  fake: FakeWechat;
  write(rel: string, text: string | Buffer): string;
  options(extra?: Partial<PublishOptions> & { cachedOnly?: boolean }): PublishOptions & { cachedOnly?: boolean };
  logs: string[];
  close(): Promise<void>;
}

export async function setup(fakeOptions: Partial<FakeWechatOptions> = {}, text = PUSH): Promise<Env> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-publish-'));
  const cacheDir = path.join(dir, '.cache');
  const media = path.join(ROOT, 'test/fixtures/media');
  fs.copyFileSync(path.join(media, 'cover-235x100.png'), path.join(dir, 'cover.png'));
  fs.copyFileSync(path.join(media, 'square-120.jpg'), path.join(dir, 'square.jpg'));
  fs.copyFileSync(path.join(media, 'small.gif'), path.join(dir, 'small.gif'));
  fs.copyFileSync(path.join(media, 'small.webp'), path.join(dir, 'small.webp'));
  fs.copyFileSync(path.join(media, 'tone-3s-cbr.mp3'), path.join(dir, 'tone.mp3'));
  const file = path.join(dir, 'push.wxpush');
  fs.writeFileSync(file, text);
  const fake = await startFakeWechat({ appId: APP_ID, appSecret: APP_SECRET, ...fakeOptions });
  const logs: string[] = [];
  const env: Env = {
    dir,
    cacheDir,
    file,
    fake,
    logs,
    write(rel, content) {
      const p = path.join(dir, rel);
      fs.writeFileSync(p, content);
      return p;
    },
    options(extra = {}) {
      return {
        filePath: file,
        text: fs.readFileSync(file, 'utf8'),
        credentials: { appId: APP_ID, appSecret: APP_SECRET },
        apiBase: env.fake.url,
        cacheDir,
        log: (l) => logs.push(l),
        ...extra,
      };
    },
    async close() {
      await env.fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return env;
}
