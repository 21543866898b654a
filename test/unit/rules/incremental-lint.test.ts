// The editor lints incrementally parsed documents, and the engine reuses the findings of per-item
// rules and the article facts of items an edit did not touch. After every edit of random edit
// sequences, that lint must equal a lint of a fresh full parse with every rule run on the whole
// document (which also checks that the rules marked per-item are).
import * as assert from 'assert';
import { parsePush, reparsePush, type PushDocument } from '../../../src/core/format';
import { lint } from '../../../src/core/rules/engine';
import { RULES } from '../../../src/core/rules/catalogue';
import { collectMediaRefs } from '../../../src/core/rules/refs';
import type { LintContext, Locale, MediaInfoLike } from '../../../src/core/rules/types';
import { randomEdit } from '../../support/edits';
import { fuzzCorpus, rng, seedDocuments } from '../../support/fuzz';

/** Media facts for every reference of the seeds: some fine, some missing, some wrong. */
function contextFor(texts: string[]): LintContext {
  const media = new Map<string, MediaInfoLike>();
  let n = 0;
  for (const t of texts) {
    for (const ref of collectMediaRefs(parsePush(t))) {
      const k = n++ % 4;
      media.set(ref.path, k === 0 ? { exists: false } : ref.media === 'image' ? { exists: true, size: k === 3 ? 12_000_000 : 50_000, format: k === 2 ? 'webp' : 'jpg', width: 900, height: 383 } : { exists: true, size: 500_000, format: ref.media === 'audio' ? 'mp3' : 'mp4', durationSeconds: 30 });
    }
  }
  return { file: '/w/push.wxpush', media, otherPushes: [] };
}

/** The catalogue with every rule run on the whole document: the reference the reuse must match. */
const WHOLE = RULES.map((rule) => ({ ...rule, perItem: undefined }));

function walk(start: string, steps: number, r: () => number, context: LintContext, label: string) {
  let doc: PushDocument = parsePush(start);
  let locale: Locale = 'en';
  lint(doc, context, { locale });
  for (let s = 0; s < steps; s++) {
    const edit = randomEdit(doc.text, r);
    doc = reparsePush(doc, edit.text, edit.range);
    if (r() < 0.1) locale = locale === 'en' ? 'zh-cn' : 'en';
    const actual = lint(doc, context, { locale });
    const expected = lint(parsePush(edit.text), context, { locale }, WHOLE);
    try {
      assert.deepStrictEqual(actual, expected);
    } catch (e) {
      assert.fail(`${label}, edit ${s} (${JSON.stringify(edit.changes[0])}): lint differs from a full parse's of ${JSON.stringify(edit.text.slice(0, 300))}\n${(e as Error).message.slice(0, 2500)}`);
    }
  }
}

describe('lint after incremental parses', () => {
  it('has per-item rules, and they are reused only where they are declared so', () => {
    const perItem = RULES.filter((rule) => rule.perItem).map((rule) => rule.id);
    assert.ok(perItem.includes('external-link') && perItem.includes('script'), perItem.join(', '));
    // Rules that look at an item's place or at other items must rerun on the whole document.
    for (const id of ['article-count', 'article-order', 'cover-aspect', 'send-quota', 'push-empty']) assert.ok(!perItem.includes(id), id);
  });

  it('equals the lint of a full parse after every edit of random edit sequences on the examples', function () {
    this.timeout(120000);
    // Plus a push with more articles than a send may hold, where position matters.
    const many = Array.from({ length: 10 }, (_, i) => `@article Article ${i}\ncover: c${i}.jpg\n\nSee [x](https://a${i}.example/) <video src="v.mp4"></video>\n\n   - a\n     - b\n       - c\n`).join('\n');
    const seeds = [...seedDocuments(), many];
    const context = contextFor(seeds);
    const r = rng(5);
    for (let round = 0; round < 2; round++) seeds.forEach((seed, i) => walk(seed, 30, r, context, `example ${i}, round ${round}`));
  });

  it('equals the lint of a full parse after every edit of random edit sequences on fuzzed pushes', function () {
    this.timeout(120000);
    const seeds = seedDocuments();
    const context = contextFor(seeds);
    const r = rng(17);
    let n = 0;
    for (const text of fuzzCorpus(80, 5)) walk(text, 6, r, context, `fuzzed push ${n++}`);
    assert.strictEqual(n, 80);
  });

  it('moves the findings of an untouched article after an edit above it', () => {
    const text = '@article A\n\nSee [x](https://a.example/).\n\n@article B\n\nSee [y](https://b.example/) and <span onclick="f()">z</span>.\n';
    const doc = parsePush(text);
    const first = lint(doc).filter((p) => p.ruleId === 'external-link' || p.ruleId === 'script');
    const next = text.replace('See [x]', 'Now see [x]');
    const re = reparsePush(doc, next);
    const after = lint(re).filter((p) => p.ruleId === 'external-link' || p.ruleId === 'script');
    assert.deepStrictEqual(after, lint(parsePush(next), {}, {}, WHOLE).filter((p) => p.ruleId === 'external-link' || p.ruleId === 'script'));
    const b = after.find((p) => p.message.includes('b.example'))!;
    assert.strictEqual(next.slice(b.span.start, b.span.end), 'https://b.example/');
    assert.strictEqual(b.span.start, first.find((p) => p.message.includes('b.example'))!.span.start + 4);
  });
});
