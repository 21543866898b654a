// An HTML comment hides what is inside it, for every consumer of the model: rules, the send
// quota, the preview, the export. A comment under a media item is a note, not stray content.
import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { renderArticle } from '../../../src/core/render';
import { summarizePush } from '../../../src/core/rules/quota';
import { buildPreview } from '../../../src/core/surfaces/build';
import { buildSymbols } from '../../../src/core/language/symbols';
import { buildFoldingRanges } from '../../../src/core/language/folding';
import { fixed, one, range, run } from './helpers';

const PUSH = [
  '---', // 0
  'account: A',
  'type: subscription',
  'date: 2026-11-25',
  '---',
  '@article Kept', // 5
  'cover: c.png',
  'digest: d',
  '',
  'Body <!-- [a](http://example.com) --> text.',
  '', // 10
  '<!--',
  '@image skipped.png',
  '<a href="http://example.org">x</a> ![i](gone.png)',
  '@text Reply 1',
  '-->', // 15
  '@text',
  'Hello',
  '<!-- @video old.mp4 -->',
].join('\n');

describe('HTML comments hide what is inside them', () => {
  it('lints nothing inside a comment: no links, images, items or stray text from it', () => {
    const { doc, problems } = run(PUSH, undefined, { otherPushes: [] });
    assert.strictEqual(doc.htmlComments.length, 3);
    const inside = problems.filter((p) => doc.htmlComments.some((c) => c.span.start < p.span.end && p.span.start < c.span.end));
    assert.deepStrictEqual(inside.map((p) => p.ruleId), []);
    assert.deepStrictEqual(problems.filter((p) => ['external-link', 'stray-content', 'media-missing', 'unshareable-item'].includes(p.ruleId)).map((p) => p.ruleId), ['unshareable-item']);
  });

  it('counts only the items outside comments against the send quota', () => {
    assert.strictEqual(summarizePush('a.wxpush', parsePush(PUSH)).sends, 2);
  });

  it('draws and exports nothing from inside a comment', () => {
    const doc = parsePush(PUSH);
    const preview = buildPreview(doc);
    assert.deepStrictEqual(preview.items.length, 2);
    assert.ok(!JSON.stringify(preview).includes('skipped'));
    const html = renderArticle(doc, doc.items[0]).html;
    assert.ok(!/example|skipped|gone\.png|Reply 1/.test(html), html);
  });

  it('gives the outline only the items outside comments and folds a commented-out block as a comment', () => {
    const doc = parsePush(PUSH);
    assert.deepStrictEqual(buildSymbols(doc)[0].children.map((c) => c.kind), ['article', 'text']);
    assert.ok(buildFoldingRanges(doc).some((r) => r.startLine === 11 && r.endLine === 15 && r.kind === 'comment'));
  });
});

describe('stray-content: a comment under a media item is a note', () => {
  it('ignores notes under an image, audio or video item', () => {
    const text = '@image a.png\n<!-- shot by Li -->\n\n@audio b.mp3\ntitle: T\n<!--\nrecorded live\n-->\n@video c.mp4\n<!-- 2 min -->';
    assert.deepStrictEqual(run(text, 'stray-content').problems, []);
  });

  it('reports the stray text between notes exactly, and its fix keeps the notes with the media item', () => {
    const text = '@image a.png\n<!-- note 1 -->\nA caption\nsecond line\n<!-- note 2 -->\n';
    const { doc, problems } = run(text, 'stray-content');
    const p = one(problems);
    assert.strictEqual(range(doc, p), '3:1-4:12');
    const after = fixed(text, p);
    assert.strictEqual(after, '@image a.png\n<!-- note 1 -->\n<!-- note 2 -->\n@text\nA caption\nsecond line\n');
    assert.deepStrictEqual(run(after, 'stray-content').problems, []);
    const last = '@image a.png\nA caption\n<!-- note -->';
    assert.strictEqual(fixed(last, one(run(last, 'stray-content').problems)), '@image a.png\n<!-- note -->\n@text\nA caption');
  });
});
