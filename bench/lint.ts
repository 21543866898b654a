// Lint benchmarks: the rules on the ~1 MB push against markdown-it parsing the same bodies, and
// the editor's case, a re-parse and re-lint after a one-character edit of a 2,000-line push.
import { createMarkdown, parsePush, reparsePush } from '../src/core/format';
import { collectMediaRefs } from '../src/core/rules/refs';
import { lint } from '../src/core/rules/engine';
import type { LintContext, MediaInfoLike } from '../src/core/rules/types';
import { articleBody, generatePush } from './corpus';
import { compare, median, report, settle } from './measure';

/** Media facts for every reference, as the IO layer would gather them (all present and valid). */
function contextFor(text: string): LintContext {
  const doc = parsePush(text);
  const media = new Map<string, MediaInfoLike>();
  for (const ref of collectMediaRefs(doc)) {
    media.set(ref.path, ref.media === 'image' ? { exists: true, size: 50_000, format: 'jpg', width: 900, height: 383 } : ref.media === 'audio' ? { exists: true, size: 500_000, format: 'mp3', durationSeconds: 30 } : { exists: true, size: 5_000_000, format: 'mp4', durationSeconds: 20 });
  }
  return { file: '/bench/push.wxpush', media, otherPushes: [] };
}

export function pushOfLines(lines: number): string {
  const parts = ['---\naccount: Bench Account\ntype: subscription\ndate: 2026-11-25\n---\n'];
  let count = 5;
  for (let a = 0; count < lines; a++) {
    const body = articleBody(4000, a * 5);
    const block = `\n@article Article ${a + 1}\nauthor: Bench\ncover: media/cover.jpg\n\n${body}\n`;
    parts.push(block);
    count += block.split('\n').length - 1;
  }
  return parts.join('').split('\n').slice(0, lines).join('\n') + '\n';
}

export function benchLint(): string[] {
  const out: string[] = [];
  const push = generatePush();
  const doc = parsePush(push.text);
  const context = contextFor(push.text);
  const md = createMarkdown();
  const problems = lint(doc, context).length;
  // A fresh parse for every run, outside the timing: linting the same document again would reuse
  // the per-item findings of the last run, which is the editor's case, not this one.
  const la: number[] = [];
  const lb: number[] = [];
  for (let i = 0; i < 18; i++) {
    const d = parsePush(push.text);
    let t0 = process.hrtime.bigint();
    lint(d, context);
    const a = Number(process.hrtime.bigint() - t0) / 1e6;
    t0 = process.hrtime.bigint();
    for (const b of push.bodies) md.parse(b, {});
    const b = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= 3) {
      la.push(a);
      lb.push(b);
    }
  }
  const r = { a: median(la), b: median(lb), ratio: median(la) / median(lb) };
  out.push(report(`lint (${(push.text.length / 1e6).toFixed(2)} M chars, ${doc.items.length} items, ${problems} problems)`, 'lint of a freshly parsed push', 'markdown-it parse of the bodies', r, 'none (parse + lint below: ≤ 1.5)'));
  settle();
  // 15 interleaved runs: a major collection lands in one run or another, and the median of 9
  // swung by ±15% between runs on a busy machine.
  const both = compare(
    () => lint(parsePush(push.text), context),
    () => {
      for (const b of push.bodies) md.parse(b, {});
    },
    15,
    2,
  );
  out.push(report('parse + lint', 'parsePush + lint', 'markdown-it parse of the bodies', both, '≤ 1.5'));
  // For context: the baseline above drops each body's tokens as soon as they are made, while a
  // document keeps its tokens (the renderer and the next incremental parse read them), and keeping
  // 1 MB of them costs garbage-collection time of its own. The same baseline keeping them:
  settle();
  const kept = compare(
    () => lint(parsePush(push.text), context),
    () => push.bodies.map((b) => md.parse(b, {})),
    15,
    2,
  );
  out.push(report('parse + lint against a markdown-it parse that keeps its tokens', 'parsePush + lint', 'markdown-it parse of the bodies, tokens kept', kept, 'none: for context'));

  // The editor's case: one-character edits of a 2,000-line push of 4,000-character articles, and
  // of a push of one article as long as WeChat takes (20,000 characters of text, about 32,000
  // characters of markdown), where the edited article is the whole push.
  out.push(relint(pushOfLines(2000), 'a 2,000-line push', { ms: 2, ratio: 0.1 }));
  // For context: the edited article is the whole push, so it is all re-parsed around the edit and
  // content-size exports it on each re-lint to count it exactly (see that rule).
  out.push(relint(oneArticle(32_000), 'one article at the platform\'s length limit'));
  return out;
}

/** A push of one article of about `chars` characters of markdown. */
export function oneArticle(chars: number): string {
  const head = '---\naccount: Bench Account\ntype: subscription\ndate: 2026-11-25\n---\n\n@article One long article\nauthor: Bench\ncover: media/cover.jpg\n\n';
  return `${head}${articleBody(chars, 3)}\n`;
}

/**
 * One-character edits at spread-out places, alternately typing and deleting a character: the
 * editor's path (reparsePush from the previous version + lint, edit after edit) against a full
 * parse + lint of the same texts. They run in alternating blocks of 20 edits, so that drift on the
 * machine affects both alike, with the garbage of each block collected before the next (see
 * settle): a full parse's leftovers are not the re-lints' cost, and the editor idles between keys.
 * `target`: the targets of the two figures, or undefined when the line is for context.
 */
function relint(base: string, what: string, target?: { ms: number; ratio: number }): string {
  const ctx = contextFor(base);
  const edits: { text: string; change: { start: number; oldEnd: number; newEnd: number } }[] = [];
  let prevAt = 0;
  for (let i = 0; i < 205; i++) {
    const at = Math.floor((((i * 7919) % 997) / 997) * base.length);
    const typed = i % 2 === 0;
    edits.push({
      text: typed ? base.slice(0, at) + 'x' + base.slice(at) : base,
      change: typed ? { start: at, oldEnd: at, newEnd: at + 1 } : { start: prevAt, oldEnd: prevAt + 1, newEnd: prevAt },
    });
    prevAt = at;
  }
  const inc: number[] = [];
  const incParse: number[] = [];
  const full: number[] = [];
  let edited = parsePush(base);
  lint(edited, ctx);
  const BLOCK = 20;
  for (let from = 0; from < edits.length; from += BLOCK) {
    const block = edits.slice(from, from + BLOCK);
    settle();
    for (const [k, { text, change }] of block.entries()) {
      const t0 = process.hrtime.bigint();
      const next = reparsePush(edited, text, change);
      const parsed = Number(process.hrtime.bigint() - t0) / 1e6;
      lint(next, ctx);
      const both = Number(process.hrtime.bigint() - t0) / 1e6;
      edited = next;
      // The first edits warm up.
      if (from + k >= 5) {
        inc.push(both);
        incParse.push(parsed);
      }
    }
    settle();
    for (const [k, { text }] of block.entries()) {
      const t0 = process.hrtime.bigint();
      lint(parsePush(text), ctx);
      if (from + k >= 5) full.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const goal = (t: number | undefined) => (t === undefined ? 'none: for context' : `≤ ${t}`);
  return (
    `re-lint after a one-character edit of ${what} (${base.split('\n').length - 1} lines, ${(base.length / 1000).toFixed(0)} k chars, median of ${inc.length})\n` +
    `  incremental parse + lint: ${median(inc).toFixed(2)} ms (target ${goal(target?.ms)})\n` +
    `    of which parse: ${median(incParse).toFixed(2)} ms\n` +
    `  full parse + lint: ${median(full).toFixed(2)} ms\n` +
    `  ratio: ${(median(inc) / median(full)).toFixed(3)} (target ${goal(target?.ratio)})`
  );
}
