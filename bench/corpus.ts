// The benchmark input: a generated ~1 MB push with 8 long articles and many other items, built
// from varied markdown so markdown-it does real work (headings, lists, tables, code, links, HTML).
const PARAGRAPHS = [
  'An Official Account talks to its followers through **push content**: articles, text, images, audio and video. Each [kind](https://mp.weixin.qq.com/s/abc) lands somewhere different.',
  '订阅号的消息进入**订阅号消息**文件夹，不会响铃提醒；服务号的消息直接出现在聊天列表中。只有图文消息可以分享到朋友圈。',
  '> A quote that spans a line\n> and goes on with *emphasis* and `code`.',
  '- one item with [an external link](https://example.com/page)\n- two items\n  - nested once\n    - nested twice\n- three',
  '1. first\n2. second\n3. third with <span style="color:#576b95">inline HTML</span>',
  '| Bake | Time | Price |\n| --- | --- | --- |\n| Rye | 07:30 | ¥28 |\n| Bun | 10:00 | ¥12 |',
  '```js\nfunction push(items) {\n  return items.filter((i) => i.kind === "article");\n}\n```',
  '![a picture](media/picture.jpg) followed by text with ~~strike~~ and a footnote-like [ref](https://example.org/ref).',
];

export interface CorpusOptions {
  /** false: no fenced code, the same prose in the same order otherwise (default true). */
  code?: boolean;
}

export function articleBody(targetChars: number, salt: number, options: CorpusOptions = {}): string {
  const parts: string[] = [];
  let size = 0;
  let i = salt;
  while (size < targetChars) {
    const p = i % 11 === 0 ? `## Section ${i}` : PARAGRAPHS[i % PARAGRAPHS.length];
    if (options.code === false && p.startsWith('```')) {
      i++;
      continue;
    }
    parts.push(p);
    size += p.length + 2;
    i++;
  }
  return parts.join('\n\n');
}

export interface BenchPush {
  text: string;
  bodies: string[];
}

/** About `totalBytes` of push: 8 articles take ~90% of it, the rest is other items. */
export function generatePush(totalBytes = 1_000_000, options: CorpusOptions = {}): BenchPush {
  const bodies: string[] = [];
  const parts = ['---\naccount: Bench Account\ntype: service\ndate: 2026-11-25\n---\n'];
  for (let a = 0; a < 8; a++) {
    const body = articleBody(Math.floor((totalBytes * 0.9) / 8), a * 7, options);
    bodies.push(body);
    parts.push(`@article Article number ${a + 1}\nauthor: Bench\ncover: media/cover.jpg\ndigest: Digest ${a}\n\n${body}\n`);
  }
  let size = parts.reduce((n, p) => n + p.length, 0);
  let k = 0;
  while (size < totalBytes) {
    const kind = k % 4;
    const p =
      kind === 0 ? `@text\nMessage ${k}: reply ${k} for more [Smile]\n` :
      kind === 1 ? `@image media/img-${k}.png\n` :
      kind === 2 ? `@audio media/a-${k}.mp3\ntitle: Audio ${k}\n` :
      `@video media/v-${k}.mp4\ntitle: Video ${k}\ndescription: A clip\ncover: media/vc-${k}.jpg\n`;
    parts.push(p + '\n');
    size += p.length + 1;
    k++;
  }
  return { text: parts.join('\n'), bodies };
}
