// theme-value: wrong theme values in the front matter (at the value), in the settings and in the
// theme file (at the `theme:` key or the first line, the file's line as related information).
import * as assert from 'assert';
import { parseThemeFile } from '../../../src/core/render';
import { applyFix, range, run } from './helpers';

const head = (theme: string) => `---\naccount: A\ntype: subscription\n${theme}\n---\n\n@article T\n\nBody.\n`;

describe('rule: theme-value', () => {
  it('accepts built-in names, valid maps and no theme at all', () => {
    for (const t of ['theme: classic', 'theme: { name: compact, fontSize: 16, accentColor: "#c03" }', 'theme:\n  headingStyle: bar\n  codeStyle: dark\n  lineHeight: 1.8', '']) {
      assert.deepStrictEqual(run(head(t), 'theme-value').problems, [], t);
    }
  });

  it('reports each wrong front-matter value at its exact place, in English and Chinese', () => {
    const text = head('theme:\n  name: clasic\n  fontSize: 20\n  accentColor: "#000"\n  codeStyle: neon\n  colour: red');
    const { doc, problems } = run(text, 'theme-value');
    assert.deepStrictEqual(
      problems.map((p) => [range(doc, p), doc.text.slice(p.span.start, p.span.end), p.severity]),
      [
        ['5:9-5:15', 'clasic', 'warning'],
        ['6:13-6:15', '20', 'warning'],
        ['7:16-7:22', '"#000"', 'warning'],
        ['8:14-8:18', 'neon', 'warning'],
        ['9:3-9:9', 'colour', 'warning'],
      ],
    );
    assert.strictEqual(problems[0].message, 'Front matter `theme`: there is no theme `clasic`; the themes are `default`, `classic`, `compact`. Did you mean `classic`?');
    assert.strictEqual(problems[1].message, 'Front matter `theme`: `fontSize` must be between 14–18, not `20`; the theme’s own value is used.');
    assert.match(problems[2].message, /pure black/);
    const zh = run(text, 'theme-value', {}, { locale: 'zh-cn' }).problems;
    assert.strictEqual(zh[1].message, '前置元数据 `theme`：`fontSize` 必须在 14–18 之间，而不是 `20`；将使用主题自带的值。');
  });

  it('reports a flow map’s values and a name written alone', () => {
    const { doc, problems } = run(head('theme: { name: classic, lineHeight: 9 }'), 'theme-value');
    assert.deepStrictEqual(problems.map((p) => doc.text.slice(p.span.start, p.span.end)), ['9']);
    const alone = run(head('theme: compakt'), 'theme-value');
    assert.deepStrictEqual(alone.problems.map((p) => range(alone.doc, p)), ['4:8-4:15']);
  });

  it('fixes a misspelled name with the closest theme', () => {
    const { doc, problems } = run(head('theme: clasic'), 'theme-value');
    assert.strictEqual(applyFix(doc.text, problems[0].fixes![0]), head('theme: classic'));
  });

  it('reports a wrong setting at the `theme:` key, or the first line without one', () => {
    const settings = { name: 'modern', fontSize: 12 };
    const withKey = run(head('theme: classic'), 'theme-value', { theme: { settings } });
    assert.deepStrictEqual(withKey.problems.map((p) => [range(withKey.doc, p), p.message]), [
      ['4:1-4:6', 'Setting `wxpush.theme.name`: there is no theme `modern`; the themes are `default`, `classic`, `compact`.'],
      ['4:1-4:6', 'Setting `wxpush.theme.fontSize`: `fontSize` must be between 14–18, not `12`; the theme’s own value is used.'],
    ]);
    const without = run('@article T\n\nBody.\n', 'theme-value', { theme: { settings } });
    assert.deepStrictEqual(without.problems.map((p) => range(without.doc, p)), ['1:1-1:11', '1:1-1:11']);
  });

  it('reports the theme file’s problems with the file’s line as related information', () => {
    const file = parseThemeFile('{\n  "theme": "brand",\n  "themes": {\n    "brand": { "extends": "classic", "fontSize": 30 }\n  }\n}\n', '/w/.wxpush/theme.json');
    const { doc, problems } = run(head('theme: { fontSize: 16 }'), 'theme-value', { theme: { file } });
    assert.deepStrictEqual(problems.map((p) => [range(doc, p), p.message, p.related?.map((r) => [r.file, r.line])]), [
      ['4:1-4:6', '`.wxpush/theme.json` line 4: `fontSize` must be between 14–18, not `30`; the theme’s own value is used.', [['/w/.wxpush/theme.json', 3]]],
    ]);
  });

  it('the front matter may name a theme of the theme file', () => {
    const file = parseThemeFile('{ "themes": { "brand": { "extends": "compact" } } }');
    assert.deepStrictEqual(run(head('theme: brand'), 'theme-value', { theme: { file } }).problems, []);
    assert.strictEqual(run(head('theme: brand'), 'theme-value').problems.length, 1);
  });
});
