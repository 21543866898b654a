// Hostile single-line patterns through the rules, a quick fix and the document links at 64 KB,
// 256 KB and 1 MB. Each size is timed in the same run; the growth from one size to the next is 4×
// the input, so a linear path grows about 4× (and a quadratic one about 16×). The ratio to an
// ordinary push of the same size, measured interleaved, is printed too: flat = linear. At 1 MB
// ordinary pushes slow down more than 4× as well (memory, not the algorithm), which the ratio
// shows; before these paths were made linear the same inputs took seconds at 32 KB.
import { parsePush, type PushDocument } from '../src/core/format';
import { buildLinks } from '../src/core/language';
import { disableLineFix } from '../src/core/rules/edits';
import { lint } from '../src/core/rules/engine';
import { median } from './measure';

/**
 * Times `work` on fresh documents, hostile and ordinary interleaved (the rules keep what they
 * found per parsed item, so the same document again would cost nothing). Parsing is outside the
 * timing. Returns the best and median hostile times and the median ratio to ordinary.
 */
function measure(hostileText: string, ordinaryText: string, work: Work, runs = 7): { best: number; median: number; ratio: number } {
  const hs: number[] = [];
  const os: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const h = parsePush(hostileText);
    const o = parsePush(ordinaryText);
    let t0 = process.hrtime.bigint();
    work(h);
    const th = Number(process.hrtime.bigint() - t0) / 1e6;
    t0 = process.hrtime.bigint();
    work(o);
    const to = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i > 0) {
      hs.push(th);
      os.push(to);
    }
  }
  const mh = median(hs);
  return { best: Math.min(...hs), median: mh, ratio: mh / Math.max(median(os), 1e-3) };
}

type Work = (doc: PushDocument) => unknown;

const SIZES = [64 * 1024, 256 * 1024, 1024 * 1024];

function fill(head: string, piece: string, size: number, tail = '\n'): string {
  return (head + piece.repeat(Math.ceil((size - head.length - tail.length) / piece.length))).slice(0, size - tail.length) + tail;
}

const ORDINARY = (size: number) => fill('@article A\nsource: https://example.com/a\n\n', 'An ordinary paragraph with a [link](https://example.com) and <b>bold</b>.\n\n', size);

const lintOnly = (rules: string[]): Work => (doc) => lint(doc, { otherPushes: [] }, { only: rules });

const PATTERNS: [string, (size: number) => string, Work][] = [
  ['@image path aaa…/ (unshareable-item and its fix)', (n) => fill('@image ', 'a', n, '/\n'), lintOnly(['unshareable-item'])],
  ['source: URL full of dots (source-url)', (n) => fill('@article A\nsource: https://', '.', n, ' x\n'), lintOnly(['source-url'])],
  ['unclosed <a tags in an HTML block (links, script)', (n) => fill('@article A\n\n<div>\n', '<a title=x ', n, '<a href="#end">x</a>\n'), lintOnly(['external-link', 'anchor-link', 'script'])],
  ['unclosed <img tags in an HTML block (images, media)', (n) => fill('@article A\n\n<div>\n', '<img alt=x ', n, '<img src="a.png">\n'), lintOnly(['media-missing', 'remote-media', 'image-format'])],
  ['document links: ![ and unclosed <img in an HTML block', (n) => fill('@article A\n\n<div>\n', '![<img alt=x ', n, '<img src="a.png">\n'), (doc) => buildLinks(doc)],
  ['disable-next-line fix under a long unclosed comment line', (n) => fill('@article A\n\n<!-- wxpush-disable-next-line', ' ', n, 'x\nbody\n'), (doc) => disableLineFix(doc, 'external-link', { start: doc.text.length - 5, end: doc.text.length - 1 })],
];

export function benchLintHostile(): string[] {
  const out = ['hostile input through rules, quick fixes and document links (growth of the best time per 4× input: ~4 = linear, ~16 = quadratic)'];
  for (const [name, make, work] of PATTERNS) {
    const cells: string[] = [];
    const times: number[] = [];
    for (const size of SIZES) {
      const r = measure(make(size), ORDINARY(size), work);
      times.push(r.best);
      cells.push(`${size / 1024} KB ${r.best.toFixed(2)} ms best, ${r.median.toFixed(2)} ms median (×${r.ratio.toFixed(2)} ordinary)`);
    }
    const growth = times.slice(1).map((t, i) => (t / Math.max(times[i], 1e-3)).toFixed(1));
    out.push(`  ${name}: ${cells.join(', ')}\n    growth 64→256 KB ×${growth[0]}, 256 KB→1 MB ×${growth[1]}`);
  }
  return out;
}
