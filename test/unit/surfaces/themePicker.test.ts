import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { listThemes, pushTheme } from '../../../src/core/render/themes';
import { setThemeEdit, themePicker } from '../../../src/core/surfaces';

/** Applies the edit and returns the new text (or undefined when there is none). */
function pick(text: string, id: string): string | undefined {
  const e = setThemeEdit(parsePush(text), id);
  return e && text.slice(0, e.start) + e.text + text.slice(e.end);
}

describe('surfaces: the theme picker', () => {
  it('lists the built-in themes in the display language, with the push’s own choice and where it came from', () => {
    const doc = parsePush('---\ntheme: classic\n---\n@text\nx\n');
    const p = themePicker(pushTheme(doc), listThemes(), 'zh-cn');
    assert.deepStrictEqual(p.choices.map((c) => c.id), ['default', 'classic', 'compact']);
    assert.strictEqual(p.choices[1].label, '经典');
    assert.strictEqual(p.current, 'classic');
    assert.strictEqual(p.from, 'front-matter');
    const none = themePicker(pushTheme(parsePush('@text\nx\n')), listThemes(), 'en');
    assert.deepStrictEqual([none.current, none.from, none.choices[0].label], ['default', 'theme', 'Default']);
  });

  it('adds theme: to the front matter, or a front matter when there is none', () => {
    assert.strictEqual(pick('---\naccount: A\n---\n@text\nx\n', 'compact'), '---\naccount: A\ntheme: compact\n---\n@text\nx\n');
    assert.strictEqual(pick('---\r\naccount: A\r\n---\r\n@text\r\nx\r\n', 'compact'), '---\r\naccount: A\r\ntheme: compact\r\n---\r\n@text\r\nx\r\n');
    assert.strictEqual(pick('---\n---\n@text\nx\n', 'classic'), '---\ntheme: classic\n---\n@text\nx\n');
    assert.strictEqual(pick('@text\nx\n', 'classic'), '---\ntheme: classic\n---\n@text\nx\n');
    assert.strictEqual(pick('\uFEFF@text\nx\n', 'classic'), '\uFEFF---\ntheme: classic\n---\n@text\nx\n');
  });

  it('replaces a theme name, keeps the options written beside it, and adds a name to a map without one', () => {
    assert.strictEqual(pick('---\ntheme: default # mine\n---\n', 'classic'), '---\ntheme: classic # mine\n---\n');
    assert.strictEqual(pick('---\ntheme:\n---\n', 'classic'), '---\ntheme: classic\n---\n');
    assert.strictEqual(pick('---\ntheme:\n  name: default\n  fontSize: 16\n---\n', 'compact'), '---\ntheme:\n  name: compact\n  fontSize: 16\n---\n');
    assert.strictEqual(pick('---\ntheme:\n    fontSize: 16\n---\n', 'compact'), '---\ntheme:\n    name: compact\n    fontSize: 16\n---\n');
    assert.strictEqual(pick('---\ntheme: { name: default, fontSize: 16 }\n---\n', 'classic'), '---\ntheme: { name: classic, fontSize: 16 }\n---\n');
    assert.strictEqual(pick('---\ntheme: {fontSize: 16}\n---\n', 'classic'), '---\ntheme: { name: classic,fontSize: 16}\n---\n');
    for (const t of [pick('---\ntheme:\n    fontSize: 16\n---\n', 'compact')!, pick('---\ntheme: {fontSize: 16}\n---\n', 'classic')!]) {
      const r = pushTheme(parsePush(t));
      assert.deepStrictEqual([r.from.name, r.options.fontSize, r.problems], ['front-matter', 16, []], t);
    }
  });

  it('changes nothing when the push already has that theme, or for a name that is not one', () => {
    assert.strictEqual(pick('---\ntheme: classic\n---\n', 'classic'), undefined);
    assert.strictEqual(pick('---\ntheme:\n  name: classic\n---\n', 'classic'), undefined);
    assert.strictEqual(pick('---\n---\n', 'a: b\nx'), undefined);
    assert.strictEqual(pick('---\n---\n', ''), undefined);
  });
});
