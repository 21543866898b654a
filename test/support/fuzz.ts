// Deterministic generator of hostile `.wxpush` texts: random documents and mutations of the
// examples (cut, duplicate, insert random bytes and directive lines). Shared by the parser's and
// the rule engine's fuzz tests.
import * as fs from 'fs';
import * as path from 'path';

/** mulberry32: small, fast and good enough to make reproducible test inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOT = path.join(__dirname, '../../..');

export function seedDocuments(): string[] {
  const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'test/fixtures')];
  const out: string[] = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d)) if (f.endsWith('.wxpush')) out.push(fs.readFileSync(path.join(d, f), 'utf8'));
  }
  return out;
}

const PIECES = [
  '---\n', '---', '\n', '\r\n', '@article ', '@text', '@image a.png', '@audio b.mp3', '@video c.mp4', '@artcle x',
  'title: ', 'cover: ', 'digest: "', 'comments: maybe', 'rules: {a: b}', 'type: [', '```', '~~~', '\\@text', '<!-- wxpush-disable ',
  '-->', '<script>', '[x](javascript:alert(1))', '**', '# ', '- ', '    - ', '| a | b |\n|---|---|', '\uFEFF', '\u0000', '\uD800', '中文，', '`', ':', ' ',
];

export function randomDocument(r: () => number): string {
  const n = Math.floor(r() * 40);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (r() < 0.2) s += String.fromCharCode(Math.floor(r() * 0xffff));
    else s += PIECES[Math.floor(r() * PIECES.length)];
  }
  return s;
}

export function mutate(text: string, r: () => number): string {
  let s = text;
  const steps = 1 + Math.floor(r() * 4);
  for (let k = 0; k < steps; k++) {
    const i = Math.floor(r() * (s.length + 1));
    const j = Math.min(s.length, i + Math.floor(r() * 200));
    switch (Math.floor(r() * 5)) {
      case 0: // cut
        s = s.slice(0, i) + s.slice(j);
        break;
      case 1: // duplicate
        s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
        break;
      case 2: { // random bytes
        let junk = '';
        for (let b = 0; b < 1 + r() * 8; b++) junk += String.fromCharCode(Math.floor(r() * 256));
        s = s.slice(0, i) + junk + s.slice(i);
        break;
      }
      case 3: // a directive line
        s = s.slice(0, i) + '\n' + PIECES[4 + Math.floor(r() * 6)] + '\n' + s.slice(i);
        break;
      default: // a piece
        s = s.slice(0, i) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(i);
    }
  }
  return s;
}

/** `count` documents: a third random, the rest mutations of the seeds. */
export function* fuzzCorpus(count: number, seed = 42): Generator<string> {
  const r = rng(seed);
  const seeds = seedDocuments();
  for (let n = 0; n < count; n++) {
    if (n % 3 === 0 || !seeds.length) yield randomDocument(r);
    else yield mutate(seeds[Math.floor(r() * seeds.length)], r);
  }
}
