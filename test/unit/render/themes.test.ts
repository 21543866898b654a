// Themes: a golden of one showcase article per built-in theme, the order in which settings, the
// theme file and the front matter decide, and the problems each layer reports.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format';
import { BUILTIN_THEMES, defaultTheme, listThemes, parseThemeFile, renderArticle, resolveTheme, type ThemeProblem } from '../../../src/core/render';
import { pretty } from './golden.test';

const ROOT = path.resolve(__dirname, '../../../../test/unit/render');
const GOLDEN = path.join(ROOT, 'golden', 'themes');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export function renderShowcase(themeId: string, resolveImage?: (src: string) => string) {
  const body = fs.readFileSync(path.join(ROOT, 'themes', 'showcase.md'), 'utf8');
  const doc = parsePush(`@article Showcase\nauthor: Test\n\n${body}`);
  return renderArticle(doc, doc.items[0], { theme: resolveTheme({ name: themeId }, undefined).theme, resolveImage });
}

const brief = (ps: ThemeProblem[]) => ps.map((p) => `${p.source} ${p.key} ${p.fault}${p.suggestion ? ` ${p.suggestion}` : ''}`);

describe('themes: built-in goldens', () => {
  for (const t of BUILTIN_THEMES) {
    it(`${t.id} renders the showcase as its golden`, () => {
      const html = pretty(renderShowcase(t.id).html);
      const file = path.join(GOLDEN, `${t.id}.html`);
      if (UPDATE) {
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(file, html);
      }
      assert.ok(fs.existsSync(file), `missing golden themes/${t.id}.html; run with UPDATE_GOLDEN=1 and review it`);
      assert.strictEqual(html, fs.readFileSync(file, 'utf8'));
      assert.doesNotMatch(html, /\s(?:class|id)=|position:|transform:|color:#000(?:000)?[;"]/);
    });
  }

  it('the three look clearly different: fonts, sizes, heading and code styles', () => {
    const [d, c, k] = ['default', 'classic', 'compact'].map((id) => resolveTheme({ name: id }, undefined).theme);
    assert.match(d.article, /font-size:17px;line-height:1.75;.*sans-serif$/);
    assert.match(c.article, /font-family:Georgia,.*serif$/);
    assert.match(c.p, /text-align:justify/);
    assert.match(k.article, /font-size:15px;line-height:1.65;/);
    assert.match(d.h2, /border-bottom:1px solid/);
    assert.match(c.h2, /text-align:center/);
    assert.match(k.h2, /border-left:4px solid #0e7c66/);
    assert.match(d.pre, /background:#f6f8fa/);
    assert.match(k.pre, /background:#282c34/);
    assert.notStrictEqual(d.a, c.a);
    assert.notStrictEqual(c.a, k.a);
  });

  it('the default theme is the renderer default', () => {
    assert.deepStrictEqual(resolveTheme(undefined, undefined).theme, defaultTheme);
  });
});

describe('themes: options', () => {
  it('an accent colour reaches links, reference marks and heading decoration', () => {
    const r = resolveTheme({ name: 'compact', accentColor: '#C03' }, undefined);
    assert.strictEqual(r.options.accentColor, '#c03');
    assert.match(r.theme.a, /color:#c03/);
    assert.match(r.theme.refMark, /color:#c03/);
    assert.match(r.theme.h2, /border-left:4px solid #c03/);
  });

  it('font size, line height, heading and code style change the styles they name', () => {
    const t = resolveTheme({ fontSize: 15, lineHeight: 2, headingStyle: 'bar', codeStyle: 'dark' }, undefined).theme;
    assert.match(t.article, /^font-size:15px;line-height:2;/);
    assert.match(t.h2, /border-left/);
    assert.match(t.pre, /background:#282c34/);
    assert.match(t.syntax.keyword, /color:#c678dd/);
  });

  it('accepts "16px" and "16" for a size, any case for a style', () => {
    const r = resolveTheme(undefined, { fontSize: '16px', headingStyle: 'Plain', lineHeight: '1.8' });
    assert.deepStrictEqual([r.options.fontSize, r.options.headingStyle, r.options.lineHeight, r.problems], [16, 'plain', 1.8, []]);
  });
});

describe('themes: resolution order (theme < setting < theme file < front matter)', () => {
  const file = parseThemeFile(JSON.stringify({ theme: { name: 'brand', fontSize: 16 }, themes: { brand: { extends: 'classic', label: { en: 'Brand', 'zh-cn': '品牌' }, accentColor: '#1f6feb' } } }));

  it('without any choice: the default theme and its own values', () => {
    const r = resolveTheme(undefined, undefined);
    assert.strictEqual(r.name, 'default');
    assert.ok(Object.values(r.from).every((f) => f === 'theme'));
  });

  it('a setting overrides the theme’s own value', () => {
    const r = resolveTheme({ name: 'classic', fontSize: 15 }, undefined);
    assert.deepStrictEqual([r.name, r.options.fontSize, r.from.name, r.from.fontSize, r.options.lineHeight, r.from.lineHeight], ['classic', 15, 'setting', 'setting', 1.9, 'theme']);
  });

  it('the theme file overrides the settings; its theme extends a built-in one', () => {
    const r = resolveTheme({ name: 'compact', fontSize: 18, codeStyle: 'dark' }, undefined, file);
    assert.deepStrictEqual([r.name, r.from.name, r.options.fontSize, r.from.fontSize], ['brand', 'theme-file', 16, 'theme-file']);
    // Not set by the file: the setting still applies; the rest comes from brand (classic + accent).
    assert.deepStrictEqual([r.options.codeStyle, r.from.codeStyle, r.options.accentColor, r.options.font, r.options.headingStyle], ['dark', 'setting', '#1f6feb', 'serif', 'centered']);
  });

  it('the front matter overrides everything, by name or by options', () => {
    const byName = resolveTheme({ name: 'classic' }, 'compact', file);
    assert.deepStrictEqual([byName.name, byName.from.name, byName.options.fontSize], ['compact', 'front-matter', 16]);
    const byOptions = resolveTheme({ name: 'classic' }, { fontSize: 14, accentColor: '#123456' }, file);
    assert.deepStrictEqual([byOptions.name, byOptions.options.fontSize, byOptions.options.accentColor, byOptions.from.accentColor], ['brand', 14, '#123456', 'front-matter']);
  });

  it('a wrong value is reported and left out: the next layer down applies', () => {
    const r = resolveTheme({ name: 'clasic', fontSize: 30 }, { fontSize: 'big', codeStyle: 'neon', accentColor: '#000', accentColour: 'red' });
    assert.deepStrictEqual(brief(r.problems), [
      'setting name unknown-theme classic',
      'setting fontSize range',
      'front-matter fontSize number',
      'front-matter codeStyle enum',
      'front-matter accentColor black',
      'front-matter accentColour unknown-key accentColor',
    ]);
    assert.deepStrictEqual([r.name, r.options.fontSize, r.options.codeStyle, r.options.accentColor], ['default', 17, 'light', '#576b95']);
  });

  it('reports a front matter value that is neither a name nor a map', () => {
    assert.deepStrictEqual(brief(resolveTheme(undefined, ['classic']).problems), ['front-matter theme not-a-choice']);
    assert.deepStrictEqual(brief(resolveTheme(undefined, 42).problems), ['front-matter theme not-a-choice']);
  });

  it('lists the themes for the picker, with labels in both languages', () => {
    assert.deepStrictEqual(
      listThemes(file).map((t) => [t.id, t.label.en, t.label['zh-cn'], t.builtin]),
      [
        ['default', 'Default', '默认', true],
        ['classic', 'Classic', '经典', true],
        ['compact', 'Compact (technical)', '紧凑（技术）', true],
        ['brand', 'Brand', '品牌', false],
      ],
    );
  });
});

describe('themes: the theme file', () => {
  const at = (text: string, p: ThemeProblem) => text.slice(p.span!.start, p.span!.end);

  it('reports invalid JSON at its position', () => {
    const text = '{ "theme": "classic", }';
    const f = parseThemeFile(text);
    assert.deepStrictEqual(brief(f.problems), ['theme-file  json']);
    assert.strictEqual(f.problems[0].span!.start, text.indexOf('}'));
    assert.deepStrictEqual(f.themes, []);
  });

  it('reports each wrong key and value at its exact place', () => {
    const text = JSON.stringify(
      {
        $schema: 'x',
        theme: { name: 'brnd', lineHeight: 3 },
        colours: {},
        themes: {
          brand: { extends: 'clasic', label: 5, accentColor: 'red', fontsize: 16, textColor: '#000000' },
          classic: {},
          Bad_Name: {},
          list: [],
        },
      },
      null,
      2,
    );
    const f = parseThemeFile(text, '/w/.wxpush/theme.json');
    assert.deepStrictEqual(
      f.problems.map((p) => [p.key, p.fault, at(text, p), p.suggestion ?? '']),
      [
        ['themes.brand.extends', 'extends', '"clasic"', 'classic'],
        ['themes.brand.label', 'label', '5', ''],
        ['themes.brand.fontsize', 'unknown-key', '"fontsize"', 'fontSize'],
        ['themes.brand.accentColor', 'colour', '"red"', ''],
        ['themes.brand.textColor', 'black', '"#000000"', ''],
        ['themes.classic', 'shadow', '"classic"', ''],
        ['themes.Bad_Name', 'bad-name', '"Bad_Name"', ''],
        ['themes.list', 'not-an-object', '[]', ''],
        ['name', 'unknown-theme', '"brnd"', 'brand'],
        ['lineHeight', 'range', '3', ''],
        ['colours', 'unknown-key', '"colours"', ''],
      ].sort(byKeyOrder(text)),
    );
    // The theme with wrong values still exists, with its valid parts.
    assert.deepStrictEqual(f.themes.map((t) => [t.id, t.options.accentColor, t.options.textColor]), [['brand', '#576b95', '#333']]);
  });
});

/** Problems come in the order they are written in the file. */
function byKeyOrder(text: string) {
  const order = (k: unknown[]) => text.indexOf(String(k[2]));
  return (a: unknown[], b: unknown[]) => order(a) - order(b);
}
