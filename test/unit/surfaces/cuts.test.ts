import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { cutProblems, type MeasuredCut } from '../../../src/core/surfaces';

const TEXT = `---
account: Ashley Talks
---
@article 冬天来了，我们读哪几本书，以及为什么
digest: A digest that is long enough to be cut somewhere in the middle

Body.

@article Second
title: "Quoted: a title"

@text
Not an article
`;

const cut = (c: Partial<MeasuredCut>): MeasuredCut => ({ itemIndex: 0, field: 'title', surface: 'folder', text: '冬天来了，我们读哪几本书，以及为什么', visible: 7, ...c });

describe('surfaces: measured cuts as document ranges', () => {
  const doc = parsePush(TEXT);

  it('marks the hidden part of the title, from the first character not shown to the end', () => {
    const [p] = cutProblems(doc, [cut({})]);
    assert.strictEqual(TEXT.slice(p.start, p.end), '读哪几本书，以及为什么');
    assert.strictEqual(p.shownTail, '冬天来了，我们');
    assert.strictEqual(p.cut.surface, 'folder');
  });

  it('marks the hidden part of a digest, and shows only the last words before the cut', () => {
    const text = 'A digest that is long enough to be cut somewhere in the middle';
    const [p] = cutProblems(doc, [cut({ field: 'digest', surface: 'chat', text, visible: 'A digest that is long enough to be cut'.length })]);
    assert.strictEqual(TEXT.slice(p.start, p.end), ' somewhere in the middle');
    assert.strictEqual(p.shownTail, '…gh to be cut');
  });

  it('counts code points, not UTF-16 units', () => {
    const t = '@article 🎉🎉 Party time\n';
    const [p] = cutProblems(parsePush(t), [{ itemIndex: 0, field: 'title', surface: 'moments', text: '🎉🎉 Party time', visible: 3 }]);
    assert.strictEqual(t.slice(p.start, p.end), 'Party time');
  });

  it('a quoted title (source text ≠ value) gets the whole value marked', () => {
    const [p] = cutProblems(doc, [cut({ itemIndex: 1, text: 'Quoted: a title', visible: 6 })]);
    assert.strictEqual(TEXT.slice(p.start, p.end), '"Quoted: a title"');
    assert.strictEqual(p.shownTail, 'Quoted');
  });

  it('drops what no longer matches the document: another text, a missing item, not an article, a visible count out of range', () => {
    const stale = [
      cut({ text: '冬天来了' }),
      cut({ itemIndex: 9 }),
      cut({ itemIndex: 2, text: 'Not an article' }),
      cut({ visible: 18 }),
      cut({ visible: -1 }),
      cut({ field: 'digest', itemIndex: 1, text: 'x' }),
    ];
    assert.deepStrictEqual(cutProblems(doc, stale), []);
  });
});
