// Lint survives anything: mutated copies of the fixtures and examples, with made-up media facts
// and other pushes, never make a rule throw (no `internal` problem) and every range and fix edit
// stays inside the text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format/parse';
import { applyEdits, disableFixes } from '../../../src/core/rules/edits';
import { lint } from '../../../src/core/rules/engine';
import { summarizePush } from '../../../src/core/rules/quota';
import { collectMediaRefs } from '../../../src/core/rules/refs';
import type { Span } from '../../../src/core/format/model';
import type { MediaInfoLike } from '../../../src/core/rules/types';
import { fuzzCorpus } from '../../support/fuzz';

const ROOT = path.resolve(__dirname, '../../../..');

function seeds(): string[] {
  const out: string[] = [];
  for (const dir of ['test/fixtures', 'examples']) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs)) if (f.endsWith('.wxpush')) out.push(fs.readFileSync(path.join(abs, f), 'utf8'));
  }
  return out;
}

const SNIPPETS = [
  '@artcle ', '@article', '@text', '@image ', '@audio x.mp3', '@video', '@', '---', '...', '\n---\n', '```', '~~~\n', '\\@text',
  '<!-- wxpush-disable -->', '<!-- wxpush-enable -->', '<!-- wxpush-disable-next-line anchor-link share -->', '<!-- wxpush-disable', '-->',
  '<script>', '</script>', '<p onclick="x">', '<a href="javascript:1">', '<style>', 'class="a"', '<video>', '<iframe src=x>', '<img src="a.png">', '<img src=',
  '[x](#a)', '[y](https://example.com)', '![i](b.png)', '![i](https://e.com/i.png)', 'https://e.org', '<https://x.y>', '[z]: /ref', '![r][z]',
  'title: ', 'cover: c.png', 'digest: ', 'source: ftp://x', 'comments: maybe', 'original: yes', 'rules: {a: b', 'rules:\n  x: loud\n', 'type: service', 'type: subscripton',
  'date: 2026-02-30', 'date: 2026-11-25', 'account: ', 'avatar: ', 'author: 一二三四五六七八九十一二三四五六七', ': :', 'key:value', '- - - -', '  - a\n    - b\n      - c',
  '字'.repeat(700), '😀', '\uFEFF', '\r\n', '\r', '\t', '\u0000', '"', "'", '{', '[', '|a|b|\n|-|-|\n|c|d|', '> quote', '#', '    code',
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

function mutate(text: string, r: () => number): string {
  let t = text;
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (t.length + 1));
    switch (Math.floor(r() * 7)) {
      case 0:
      case 1:
        t = t.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + t.slice(at);
        break;
      case 2:
        t = t.slice(0, at) + t.slice(Math.min(t.length, at + Math.floor(r() * 80)));
        break;
      case 3: {
        const lines = t.split('\n');
        const a = Math.floor(r() * lines.length);
        const b = Math.floor(r() * lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        t = lines.join('\n');
        break;
      }
      case 4: {
        const lines = t.split('\n');
        const a = Math.floor(r() * lines.length);
        lines.splice(a, 0, lines[Math.floor(r() * lines.length)]);
        t = lines.join('\n');
        break;
      }
      case 5:
        t = t.slice(0, at);
        break;
      default:
        t = t.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + t.slice(at);
    }
  }
  return t;
}

function randomInfo(r: () => number): MediaInfoLike {
  const formats = [undefined, 'png', 'jpg', 'gif', 'bmp', 'webp', 'mp3', 'wav', 'amr', 'wma', 'ogg', 'mp4', 'webm'];
  if (r() < 0.2) return { exists: false };
  return {
    exists: true,
    size: Math.floor(r() * 20 * 1024 * 1024),
    format: formats[Math.floor(r() * formats.length)],
    width: r() < 0.8 ? Math.floor(r() * 3000) : undefined,
    height: r() < 0.8 ? Math.floor(r() * 3000) : 0,
    durationSeconds: r() < 0.5 ? r() * 120 : undefined,
  };
}

const inside = (s: Span, len: number) => s.start >= 0 && s.start <= s.end && s.end <= len;

describe('lint fuzz', () => {
  it('never throws and keeps every range inside the text on 2,000 mutated pushes', function () {
    this.timeout(180000);
    const base = seeds();
    assert.ok(base.length >= 1, 'no seed documents found');
    const r = rng(20261125);
    const summaries = base.map((t, i) => summarizePush(`/ws/seed${i}.wxpush`, parsePush(t)));
    for (let n = 0; n < 2000; n++) {
      const text = mutate(base[n % base.length], r);
      const label = `document #${n}: ${JSON.stringify(text.slice(0, 160))}`;
      const doc = parsePush(text);
      const media = new Map<string, MediaInfoLike>();
      for (const ref of collectMediaRefs(doc)) media.set(ref.path, randomInfo(r));
      const problems = lint(doc, { file: '/ws/me.wxpush', media, otherPushes: summaries, config: r() < 0.3 ? { share: 'off', 'title-length': 'error' } : undefined }, { locale: r() < 0.5 ? 'en' : 'zh-cn' });
      const internal = problems.filter((p) => p.ruleId === 'internal');
      assert.deepStrictEqual(internal.map((p) => p.message), [], label);
      for (const p of problems) {
        assert.ok(inside(p.span, text.length), `${label}: ${p.ruleId} span ${JSON.stringify(p.span)}`);
        assert.ok(p.message && !/\{\w+\}/.test(p.message), `${label}: ${p.ruleId} message ${p.message}`);
        const fixes = [...(p.fixes ?? []), ...(n % 10 === 0 ? disableFixes(doc, p) : [])];
        for (const f of fixes) {
          for (const e of f.edits) assert.ok(inside(e.span, text.length), `${label}: ${p.ruleId} fix ${f.title} edit ${JSON.stringify(e.span)}`);
          const after = applyEdits(text, f.edits);
          parsePush(after);
        }
      }
    }
  });

  it('never throws on the parser’s own fuzz corpus (2,000 documents)', function () {
    this.timeout(180000);
    let n = 0;
    for (const text of fuzzCorpus(2000, 7)) {
      const problems = lint(parsePush(text), { otherPushes: [] });
      const label = `corpus document #${n++}: ${JSON.stringify(text.slice(0, 160))}`;
      assert.deepStrictEqual(problems.filter((p) => p.ruleId === 'internal').map((p) => p.message), [], label);
      for (const p of problems) assert.ok(inside(p.span, text.length), `${label}: ${p.ruleId}`);
    }
  });
});
