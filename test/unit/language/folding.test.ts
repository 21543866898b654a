import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildFoldingRanges } from '../../../src/core/language';
import { fuzzCorpus } from '../../support/fuzz';
import { SPEC_EXAMPLE } from './helpers';

describe('language: folding ranges', () => {
  it('folds the front matter and each item of the example, item ranges ending on their last content line', () => {
    const ranges = buildFoldingRanges(parsePush(SPEC_EXAMPLE));
    assert.deepStrictEqual(ranges, [
      { startLine: 0, endLine: 5, kind: 'region' },
      { startLine: 7, endLine: 14, kind: 'region' },
      { startLine: 16, endLine: 19, kind: 'region' },
      { startLine: 21, endLine: 22, kind: 'region' },
      // `@image` is one line: nothing to fold.
      { startLine: 26, endLine: 27, kind: 'region' },
      { startLine: 29, endLine: 32, kind: 'region' },
    ]);
  });

  it('folds markdown sections, code blocks, HTML blocks and tables inside an article, and multi-line comments', () => {
    const text = [
      '@article A', // 0
      '', // 1
      '# One', // 2
      'para', // 3
      '## Two', // 4
      '```js', // 5
      'x()', // 6
      '```', // 7
      '', // 8
      '# Three', // 9
      '<div>', // 10
      'html', // 11
      '</div>', // 12
      '', // 13
      '| a | b |', // 14
      '|---|---|', // 15
      '| 1 | 2 |', // 16
      '<!-- wxpush-disable', // 17
      'title-length -->', // 18
      '@text hi', // 19
    ].join('\n');
    assert.deepStrictEqual(buildFoldingRanges(parsePush(text)), [
      { startLine: 0, endLine: 18, kind: 'region' },
      { startLine: 2, endLine: 7 },
      { startLine: 4, endLine: 7 },
      { startLine: 5, endLine: 7 },
      { startLine: 9, endLine: 18 },
      { startLine: 10, endLine: 12 },
      { startLine: 14, endLine: 16 },
      { startLine: 17, endLine: 18, kind: 'comment' },
    ]);
  });

  it('folds an unterminated front matter up to the line before the first item', () => {
    const ranges = buildFoldingRanges(parsePush('---\naccount: A\ntype: service\n@text hi\nthere'));
    assert.deepStrictEqual(ranges, [
      { startLine: 0, endLine: 2, kind: 'region' },
      { startLine: 3, endLine: 4, kind: 'region' },
    ]);
  });

  it('never returns an empty or inverted range, nor one past the last line (1,000 fuzzed documents)', () => {
    for (const text of fuzzCorpus(1000, 11)) {
      const doc = parsePush(text);
      for (const r of buildFoldingRanges(doc)) {
        assert.ok(r.startLine < r.endLine, `empty range ${JSON.stringify(r)} in ${JSON.stringify(text)}`);
        assert.ok(r.endLine < doc.lines.lineCount, `range past the end ${JSON.stringify(r)} in ${JSON.stringify(text)}`);
      }
    }
  });
});
