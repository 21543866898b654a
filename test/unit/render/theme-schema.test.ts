// The theme file's JSON schema and the `wxpush.theme.*` settings say what the core accepts: the
// same options, ranges and names, so the editor's own validation and the theme-value rule agree.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BUILTIN_THEMES, CHOICE_OPTIONS, OPTION_SPECS, parseThemeFile } from '../../../src/core/render';

const ROOT = path.resolve(__dirname, '../../../..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/theme.schema.json'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('themes: the theme file schema and the settings', () => {
  const themeProps = schema.properties.themes.additionalProperties.properties;
  const choiceProps = schema.properties.theme.oneOf[1].properties;

  it('has exactly the core’s options, with its ranges and values', () => {
    assert.deepStrictEqual(Object.keys(themeProps).sort(), ['extends', 'label', ...OPTION_SPECS.map((s) => s.key)].sort());
    assert.deepStrictEqual(Object.keys(choiceProps).sort(), ['name', ...OPTION_SPECS.map((s) => s.key)].sort());
    for (const spec of OPTION_SPECS) {
      const p = themeProps[spec.key];
      if (spec.type === 'number') assert.deepStrictEqual([p.minimum, p.maximum], [spec.min, spec.max], spec.key);
      if (spec.type === 'enum') assert.deepStrictEqual(p.enum, [...spec.values], spec.key);
      if (spec.type === 'colour') {
        const re = new RegExp(p.pattern);
        assert.deepStrictEqual(['#c03', '#1F6FEB', '#000', '#000000', 'red', '#12345'].map((v) => re.test(v)), [true, true, false, false, false, false]);
      }
    }
    assert.deepStrictEqual(themeProps.extends.enum, BUILTIN_THEMES.map((t) => t.id));
  });

  it('is registered for .wxpush/theme.json, and the example in its description parses without problems', () => {
    assert.ok(pkg.contributes.jsonValidation.some((j: { fileMatch: string; url: string }) => j.fileMatch === '**/.wxpush/theme.json' && j.url === './schemas/theme.schema.json'));
    const example = { $schema: '../schemas/theme.schema.json', theme: { name: 'brand', fontSize: 16 }, themes: { brand: { extends: 'classic', label: { en: 'Brand', 'zh-cn': '品牌' }, accentColor: '#c03' } } };
    assert.deepStrictEqual(parseThemeFile(JSON.stringify(example)).problems, []);
  });

  it('offers a setting for the name and each option an author picks per push', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepStrictEqual(Object.keys(props).filter((k) => k.startsWith('wxpush.theme.')), ['wxpush.theme.name', ...CHOICE_OPTIONS.map((k) => `wxpush.theme.${k}`)]);
    assert.deepStrictEqual([props['wxpush.theme.fontSize'].minimum, props['wxpush.theme.fontSize'].maximum], [14, 18]);
    assert.deepStrictEqual(props['wxpush.theme.headingStyle'].enum, ['', 'plain', 'underline', 'bar', 'centered']);
  });
});
