// What the parser finds about fields: follow-on keys of broken front-matter YAML are not reported
// as unknown, and a field given twice in one item is reported, naming the value that wins.
import * as assert from 'assert';
import { getField } from '../../../src/core/format';
import { covered, range, run } from './helpers';

describe('unknown-key after a front-matter YAML error', () => {
  for (const [name, yaml, split] of [
    ['a string that runs over a line', 'account: "A\nmore: b"\ntype: service', 'more'],
    ['a flow map that never closes', 'account: {a: 1, b: [x\nc: d}\ntype: service', 'c'],
    ['a tab as indentation', 'account: A\n\tindent: x\ntype: service', 'indent'],
  ]) {
    it(`reports the YAML error, not the key split off ${name}`, () => {
      const { problems } = run(`---\n${yaml}\n---\n@text hi\n`, ['unknown-key', 'syntax']);
      assert.ok(problems.some((p) => p.ruleId === 'syntax'));
      assert.deepStrictEqual(problems.filter((p) => p.ruleId === 'unknown-key').map((p) => p.message), [], `no unknown-key for \`${split}\``);
    });
  }

  it('still reports an unknown key the author wrote before the error, and no key for a list entry', () => {
    const { doc, problems } = run('---\naccount: A\ntitle: x\n  y: z\n- entry\n---\n@text hi\n', 'unknown-key');
    assert.deepStrictEqual(problems.map((p) => [p.message, range(doc, p)]), [['Unknown front-matter key `title`.', '3:1-3:6']]);
  });
});

describe('a field given twice in one item', () => {
  it('reports each earlier one with the value that wins, in both languages', () => {
    const text = '@article A\ncover: a.png\ntitle: T\ncover: b.png\n\nBody.\n\n@video v.mp4\ntitle:\ntitle: Clip\n';
    const { doc, problems } = run(text, 'syntax');
    assert.deepStrictEqual(problems.map((p) => [covered(doc, p), p.message]), [
      ['cover: a.png', '`cover:` is given more than once in this item; the last one wins (`b.png`).'],
      ['title:', '`title:` is given more than once in this item; the last one wins (`Clip`).'],
    ]);
    assert.strictEqual(getField(doc.items[0].fields, 'cover')!.value, 'b.png');
    const zh = run(text, 'syntax', {}, { locale: 'zh-cn' }).problems;
    assert.strictEqual(zh[0].message, '此条目中 `cover:` 出现了不止一次；以最后一个为准（`b.png`）。');
  });

  it('is silent when every field is given once, in different items too', () => {
    assert.deepStrictEqual(run('@article A\ncover: a.png\n\n@article B\ncover: a.png\n', 'syntax').problems, []);
  });
});
