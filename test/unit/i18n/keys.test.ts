// Every message table exists in English and Simplified Chinese with the same keys and the same
// placeholders, and every key is used somewhere. A missing or an unused key fails.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FRONT_MATTER_FIELDS, ITEM_FIELDS } from '../../../src/core/format/schema';
import { FIELD_DESCRIPTIONS_ZH_CN } from '../../../src/core/format/schema.zh-cn';
import { LANGUAGE_TEXTS } from '../../../src/core/language/texts';
import { RULE_IDS } from '../../../src/core/rules/catalogue/ids';
import { MESSAGES } from '../../../src/core/rules/messages';
import { LABEL_KEYS, labelsFor } from '../../../src/core/surfaces/labels';
import { ROOT, placeholders, sources, stringLiterals, templatePatterns } from './sources';

/**
 * The syntax rule passes the parser's whole English message to English ({message}) and its parts
 * ({detail}, {lines}) to other languages, which word each problem themselves.
 */
const PARSER_PASS_THROUGH = /^syntax\./;
const PARSER_PARTS = ['count', 'detail', 'key', 'lines', 'message', 'value'];

/** Same keys both ways, same placeholders, nothing empty. */
function assertParallel(name: string, en: Record<string, string>, zh: Record<string, string>) {
  const enKeys = Object.keys(en);
  const zhKeys = Object.keys(zh);
  assert.deepStrictEqual(enKeys.filter((k) => !(k in zh)), [], `${name}: keys missing in zh-cn`);
  assert.deepStrictEqual(zhKeys.filter((k) => !(k in en)), [], `${name}: keys missing in en`);
  for (const k of enKeys) {
    if (PARSER_PASS_THROUGH.test(k) && name === 'rule messages') {
      for (const p of [...placeholders(zh[k]), ...placeholders(en[k])]) assert.ok(PARSER_PARTS.includes(p), `${name}: placeholder {${p}} of ${k}`);
    } else assert.deepStrictEqual(placeholders(zh[k]), placeholders(en[k]), `${name}: placeholders of ${k}`);
    assert.ok(en[k].trim() || k.startsWith('syntax.'), `${name}: empty English ${k}`);
    assert.ok(zh[k].trim(), `${name}: empty Chinese ${k}`);
  }
}

function isUsed(key: string, literals: Set<string>, patterns: RegExp[]): boolean {
  return literals.has(key) || patterns.some((p) => p.test(key));
}

describe('i18n: every message in both languages, every key used', () => {
  it('the helpers catch a missing key, a changed placeholder and an unused key', () => {
    assert.throws(() => assertParallel('t', { a: 'x', b: 'y' }, { a: 'x' }), /missing in zh-cn/);
    assert.throws(() => assertParallel('t', { a: 'x' }, { a: 'x', b: 'y' }), /missing in en/);
    assert.throws(() => assertParallel('t', { a: 'x {n}' }, { a: 'x {m}' }), /placeholders of a/);
    const text = "t('status.push'); t(`count.${what}.one`)";
    assert.ok(isUsed('status.push', stringLiterals(text), templatePatterns(text)));
    assert.ok(isUsed('count.item.one', stringLiterals(text), templatePatterns(text)));
    assert.ok(!isUsed('status.gone', stringLiterals(text), templatePatterns(text)));
  });

  describe('rule messages and descriptions (src/core/rules/messages)', () => {
    const en = MESSAGES.en;
    const zh = MESSAGES['zh-cn'];
    const ruleSources = sources('src/core/rules');

    it('have the same keys and placeholders in en and zh-cn', () => assertParallel('rule messages', en, zh));

    it('describe every rule, and only rules that exist', () => {
      for (const id of RULE_IDS) assert.ok(`description.${id}` in en, `no description of ${id}`);
      const described = Object.keys(en).filter((k) => k.startsWith('description.')).map((k) => k.slice('description.'.length));
      assert.deepStrictEqual(described.filter((id) => !RULE_IDS.includes(id)), [], 'descriptions of unknown rules');
    });

    it('use every message key: a rule id, a variant its rule file names, or a fix the sources name', () => {
      const all = ruleSources.map(([, t]) => t).join('\n');
      const literals = stringLiterals(all);
      const unused: string[] = [];
      for (const key of Object.keys(en)) {
        if (key.startsWith('description.')) continue;
        if (key.startsWith('fix.')) {
          if (!literals.has(key) && !isUsed(key, literals, templatePatterns(all))) unused.push(key);
          continue;
        }
        const id = RULE_IDS.find((r) => key === r || key.startsWith(`${r}.`));
        if (!id) {
          unused.push(key);
          continue;
        }
        if (key === id) continue;
        const variant = key.slice(id.length + 1);
        const file = path.join(ROOT, 'src/core/rules/catalogue', `${id}.ts`);
        const own = fs.existsSync(file) ? stringLiterals(fs.readFileSync(file, 'utf8')) : new Set<string>();
        if (!own.has(variant) && !literals.has(key) && !isUsed(key, literals, templatePatterns(all))) unused.push(key);
      }
      assert.deepStrictEqual(unused, [], 'message keys no rule uses');
    });
  });

  describe('preview labels (src/core/surfaces/labels)', () => {
    it('have both languages with the same placeholders', () => assertParallel('preview labels', labelsFor('en'), labelsFor('zh-cn')));

    it('are all used by the preview (webview, surface models or panel)', () => {
      const text = [...sources('src/webview'), ...sources('src/vscode/preview'), ...sources('src/core/surfaces').filter(([f]) => !f.endsWith('labels.ts'))]
        .map(([, t]) => t)
        .join('\n');
      const unused = LABEL_KEYS.filter((k) => !new RegExp(`\\.${k}\\b|['"]${k}['"]`).test(text));
      assert.deepStrictEqual(unused, [], 'labels nothing shows');
    });

    it('use WeChat’s own Chinese words for its places', () => {
      const zh = labelsFor('zh-cn');
      assert.deepStrictEqual([zh.subscriptions, zh.moments, zh.readMore, zh.nMore], ['订阅号消息', '朋友圈', '阅读原文', '余下 {n} 篇']);
    });
  });

  describe('editor feature texts (src/core/language/texts)', () => {
    it('have the same keys and placeholders in en and zh-cn', () => assertParallel('language texts', LANGUAGE_TEXTS.en, LANGUAGE_TEXTS['zh-cn']));

    it('are all used by the builders in src/core/language', () => {
      const text = sources('src/core/language')
        .filter(([f]) => !/texts[\/](en|zh-cn)\.ts$/.test(f))
        .map(([, t]) => t)
        .join('\n');
      const literals = stringLiterals(text);
      const patterns = templatePatterns(text);
      assert.deepStrictEqual(Object.keys(LANGUAGE_TEXTS.en).filter((k) => !isUsed(k, literals, patterns)), [], 'texts nothing uses');
    });
  });

  describe('field descriptions (src/core/format/schema.zh-cn)', () => {
    it('translate exactly the fields schema.ts declares', () => {
      const owners = { 'front-matter': FRONT_MATTER_FIELDS, ...ITEM_FIELDS } as const;
      for (const [owner, specs] of Object.entries(owners)) {
        const zh = FIELD_DESCRIPTIONS_ZH_CN[owner as keyof typeof FIELD_DESCRIPTIONS_ZH_CN];
        assert.ok(zh, `no Chinese table for ${owner}`);
        assert.deepStrictEqual(Object.keys(zh).sort(), specs.map((s) => s.key).sort(), `fields of ${owner}`);
        for (const s of specs) assert.ok(zh[s.key].trim(), `${owner}.${s.key}`);
      }
      assert.deepStrictEqual(Object.keys(FIELD_DESCRIPTIONS_ZH_CN).sort(), Object.keys(owners).sort());
    });
  });
});
