import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format/parse';
import { RULES } from '../../../src/core/rules/catalogue';
import { RULE_IDS } from '../../../src/core/rules/catalogue/ids';
import { lint } from '../../../src/core/rules/engine';
import { en } from '../../../src/core/rules/messages/en';
import { zhCn } from '../../../src/core/rules/messages/zh-cn';
import type { RuleDefinition } from '../../../src/core/rules/rule';
import { RULE_TAGS } from '../../../src/core/rules/types';
import { range, ranges, run } from './helpers';

const ROOT = path.resolve(__dirname, '../../../..');

describe('rule engine', () => {
  describe('the catalogue', () => {
    it('has stable kebab-case ids, known tags and one docs page per rule', () => {
      for (const r of RULES) {
        assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
        assert.ok(r.tags.length && r.tags.every((t) => (RULE_TAGS as readonly string[]).includes(t)), r.id);
        const page = path.join(ROOT, 'docs/rules', `${r.id}.md`);
        assert.ok(fs.existsSync(page), `missing ${page}`);
        const md = fs.readFileSync(page, 'utf8');
        for (const heading of ['## Why', '## How to fix', '## Example']) assert.ok(md.includes(heading), `${r.id}.md lacks ${heading}`);
        const zh = fs.readFileSync(path.join(ROOT, 'docs/rules/zh-cn', `${r.id}.md`), 'utf8');
        for (const heading of ['## 为什么', '## 如何修复', '## 示例']) assert.ok(zh.includes(heading), `zh-cn/${r.id}.md lacks ${heading}`);
      }
      assert.ok(fs.existsSync(path.join(ROOT, 'docs/rules/internal.md')));
    });
    it('lists every rule id once in ids.ts (used for `rules:` keys) and in the JSON schema', () => {
      const ids = RULES.map((r) => r.id);
      assert.strictEqual(new Set(ids).size, ids.length);
      assert.deepStrictEqual([...RULE_IDS].sort(), [...ids, 'internal'].sort());
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/wxpushrc.schema.json'), 'utf8'));
      assert.deepStrictEqual(Object.keys(schema.properties.rules.properties).sort(), [...ids, ...RULE_TAGS].sort());
    });
    it('has a description and main message for every rule, in both languages with the same keys', () => {
      assert.deepStrictEqual(Object.keys(zhCn).sort(), Object.keys(en).sort());
      for (const id of RULE_IDS) {
        assert.ok(en[`description.${id}`], id);
        assert.ok(Object.keys(en).some((k) => k === id || k.startsWith(`${id}.`)), `no message for ${id}`);
      }
      // Syntax templates are the exception: English repeats the parser's message, Chinese rebuilds it.
      for (const k of Object.keys(en).filter((key) => !key.startsWith('syntax.'))) {
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
        assert.strictEqual(placeholders(zhCn[k]), placeholders(en[k]), `placeholders differ in ${k}`);
      }
    });
  });

  describe('messages', () => {
    it('come in Simplified Chinese with locale zh-cn', () => {
      const { problems } = run('@text\n', 'text-empty', {}, { locale: 'zh-cn' });
      assert.strictEqual(problems[0].message, '这个文字条目没有消息内容。');
    });
  });

  describe('parser problems', () => {
    it('surface as `syntax` errors at their range', () => {
      const { doc, problems } = run('---\ntype: service\n@text hi\n', 'syntax');
      assert.deepStrictEqual(ranges(doc, problems), ['1:1-1:4']);
      assert.strictEqual(problems[0].severity, 'error');
      assert.match(problems[0].message, /no closing `---`/);
    });
    it('are translated, keeping the parser’s details', () => {
      const fence = '@article A\n\n```\ncode\n\n@text swallowed\n';
      const en = run(fence, 'syntax').problems[0].message;
      assert.match(en, /line 6 are read as code/);
      assert.strictEqual(run(fence, 'syntax', {}, { locale: 'zh-cn' }).problems[0].message, '此代码块没有结束，因此第 6 行的条目指令被当作代码读取。');
      const yaml = run('---\na: [1\n---\n', 'syntax', {}, { locale: 'zh-cn' }).problems[0].message;
      assert.match(yaml, /^前置元数据中的 YAML 无效：\S/);
    });
  });

  describe('a rule that throws', () => {
    it('becomes one internal problem, and the other rules still run', () => {
      const broken: RuleDefinition = { id: 'broken', tags: ['format'], defaultSeverity: 'error', check: () => { throw new Error('boom'); } };
      const doc = parsePush('@text\n');
      const problems = lint(doc, {}, {}, [broken, ...RULES.filter((r) => r.id === 'text-empty')]);
      assert.deepStrictEqual(problems.map((p) => p.ruleId).sort(), ['internal', 'text-empty']);
      assert.match(problems.find((p) => p.ruleId === 'internal')!.message, /broken failed.*boom/);
    });
  });

  describe('disable comments', () => {
    const body = (inner: string) => `@article A\n\n${inner}\n`;
    it('wxpush-disable … wxpush-enable turns a rule off in between', () => {
      const text = body('[a](#x)\n\n<!-- wxpush-disable anchor-link -->\n\n[b](#y)\n\n<!-- wxpush-enable anchor-link -->\n\n[c](#z)');
      const { doc, problems } = run(text, 'anchor-link');
      assert.deepStrictEqual(ranges(doc, problems), ['3:5-3:7', '11:5-11:7']);
    });
    it('a bare wxpush-disable turns every rule off to the end of the file', () => {
      const text = body('[a](#x)\n\n<!-- wxpush-disable -->\n\n[b](#y) <script></script>');
      const { doc, problems } = run(text, ['anchor-link', 'script']);
      assert.deepStrictEqual(ranges(doc, problems), ['3:5-3:7']);
    });
    it('wxpush-disable-next-line covers only the next line', () => {
      const text = body('<!-- wxpush-disable-next-line anchor-link -->\n[a](#x)\n[b](#y)');
      const { doc, problems } = run(text, 'anchor-link');
      assert.deepStrictEqual(ranges(doc, problems), ['5:5-5:7']);
    });
    it('above an item directive it covers the directive and its fields', () => {
      const text = '<!-- wxpush-disable-next-line unshareable-item invalid-value -->\n@image p.png\n\n@article A\noriginal: maybe\n\n@text t\n';
      const { doc, problems } = run(text, ['unshareable-item', 'invalid-value']);
      assert.deepStrictEqual(problems.map((p) => p.ruleId), ['invalid-value', 'unshareable-item']);
      assert.deepStrictEqual(ranges(doc, problems), ['5:11-5:16', '7:1-7:6']);
      const above = '@article A\n<!-- x -->\n\n<!-- wxpush-disable-next-line invalid-value -->\n@article B\noriginal: maybe\n';
      assert.deepStrictEqual(run(above, 'invalid-value').problems, []);
    });
    it('enable with ids after a bare disable turns just those back on; a bare enable ends everything', () => {
      const text = body('<!-- wxpush-disable -->\n\n<!-- wxpush-enable anchor-link -->\n\n[a](#x) <script></script>\n\n<!-- wxpush-enable -->\n\n<script></script>');
      const { doc, problems } = run(text, ['anchor-link', 'script']);
      assert.deepStrictEqual(problems.map((p) => `${p.ruleId} ${range(doc, p)}`), ['anchor-link 7:5-7:7', 'script 11:1-11:9']);
    });
    it('a tag disables every rule with that tag', () => {
      const text = '<!-- wxpush-disable share -->\n@text hi\n';
      assert.deepStrictEqual(run(text, ['unshareable-item', 'text-empty']).problems, []);
    });
  });

  describe('severity layers', () => {
    const text = '---\ntype: service\naccount: A\nrules:\n  digest-ignored: error\n  share: off\n---\n@article A\ndigest: x\n\n@article B\n\n@text t\n';
    it('front matter `rules:` sets a rule by id or by tag', () => {
      const { problems } = run(text, ['digest-ignored', 'unshareable-item']);
      assert.deepStrictEqual(problems.map((p) => `${p.ruleId} ${p.severity}`), ['digest-ignored error']);
    });
    it('front matter wins over the configuration, which wins over the default; an id wins over a tag', () => {
      const config = { 'digest-ignored': 'off' as const, 'unshareable-item': 'error' as const, article: 'warning' as const };
      const { problems } = run(text, ['digest-ignored', 'unshareable-item', 'cover-required'], { config });
      assert.deepStrictEqual(problems.map((p) => `${p.ruleId} ${p.severity}`), ['cover-required warning', 'digest-ignored error', 'cover-required warning']);
      const plain = '---\ntype: service\naccount: A\n---\n@text t\n';
      assert.deepStrictEqual(run(plain, 'unshareable-item', { config }).problems.map((p) => p.severity), ['error']);
      assert.deepStrictEqual(run(plain, 'unshareable-item', { config: { share: 'info', 'unshareable-item': 'off' } }).problems, []);
    });
    it('inline comments win over every configured severity', () => {
      const t = '<!-- wxpush-disable-next-line unshareable-item -->\n@text t\n';
      assert.deepStrictEqual(run(t, 'unshareable-item', { config: { 'unshareable-item': 'error' } }).problems, []);
    });
    it('a configured severity replaces a rule’s own levels', () => {
      const { problems } = run(`@article ${'x'.repeat(70)}\n`, 'title-length', { config: { 'title-length': 'info' } });
      assert.deepStrictEqual(problems.map((p) => p.severity), ['info']);
    });
  });
});
