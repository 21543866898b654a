// The manifest, the extension's l10n bundles and the rule docs exist in English and Simplified
// Chinese, with no key missing and none left over.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../../../src/core/rules/catalogue/ids';
import { ROOT, l10nCalls, placeholders, readJson, sources } from './sources';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every string of a JSON value with the path that leads to it. */
function strings(value: Json, at: string[] = []): Array<{ at: string; value: string }> {
  if (typeof value === 'string') return [{ at: at.join('.'), value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
  return [];
}

/** Fields a person reads in the UI: these must come from package.nls*.json. */
const SHOWN = /(^displayName|^description|\.title|\.category|\.description|\.markdownDescription|\.enumDescriptions\.\d+|\.aliases\.0|\.label)$/;

describe('i18n: manifest, bundles and docs in both languages', () => {
  const manifest = readJson<{ [k: string]: Json }>('package.json');
  const nlsEn = readJson<Record<string, string>>('package.nls.json');
  const nlsZh = readJson<Record<string, string>>('package.nls.zh-cn.json');

  it('package.nls.json and package.nls.zh-cn.json have the same keys, placeholders and no empty value', () => {
    assert.deepStrictEqual(Object.keys(nlsZh).sort(), Object.keys(nlsEn).sort());
    for (const k of Object.keys(nlsEn)) {
      assert.deepStrictEqual(placeholders(nlsZh[k]), placeholders(nlsEn[k]), k);
      assert.ok(nlsEn[k].trim() && nlsZh[k].trim(), k);
    }
  });

  it('every %key% of package.json exists, and every nls key is used', () => {
    const all = strings({ displayName: manifest.displayName, description: manifest.description, contributes: manifest.contributes } as Json);
    const used = new Set(all.flatMap((s) => [...s.value.matchAll(/^%([^%\s]+)%$/g)].map((m) => m[1])));
    assert.deepStrictEqual([...used].filter((k) => !(k in nlsEn)), [], 'keys package.json uses but package.nls.json lacks');
    assert.deepStrictEqual(Object.keys(nlsEn).filter((k) => !used.has(k)), [], 'nls keys package.json does not use');
  });

  it('every title, description, category, menu label and the language name in package.json is a %key%', () => {
    const all = strings({ displayName: manifest.displayName, description: manifest.description, contributes: manifest.contributes } as Json);
    const shown = all.filter((s) => SHOWN.test(s.at));
    assert.ok(shown.some((s) => s.at.endsWith('aliases.0')), 'the language name is checked');
    assert.ok(shown.some((s) => /commands\.\d+\.title$/.test(s.at)), 'command titles are checked');
    assert.deepStrictEqual(shown.filter((s) => !/^%[^%\s]+%$/.test(s.value)).map((s) => `${s.at}: ${s.value}`), []);
  });

  const vscodeSources = sources('src/vscode');
  const calls = l10nCalls(vscodeSources);
  const bundleEn = readJson<Record<string, string>>('l10n/bundle.l10n.json');
  const bundleZh = readJson<Record<string, string>>('l10n/bundle.l10n.zh-cn.json');

  it('finds the vscode.l10n.t calls of src/vscode, each with a string literal (so the bundles can know it)', () => {
    assert.ok(calls.length >= 20, `only ${calls.length} calls found`);
    assert.deepStrictEqual(calls.filter((c) => c.message === undefined).map((c) => `${c.file}:${c.line}`), []);
  });

  it('has a zh-cn bundle entry, with the same {n} placeholders, for every vscode.l10n.t message', () => {
    const missing = calls.filter((c) => !(c.message! in bundleZh)).map((c) => `${c.file}:${c.line} ${c.message}`);
    assert.deepStrictEqual(missing, []);
    for (const c of calls) assert.deepStrictEqual(placeholders(bundleZh[c.message!]), placeholders(c.message!), c.message);
  });

  it('uses every zh-cn bundle entry, and the English bundle is the export of the current sources (npm run l10n)', () => {
    const messages = new Set(calls.map((c) => c.message!));
    assert.deepStrictEqual(Object.keys(bundleZh).filter((k) => !messages.has(k)), [], 'zh-cn entries no source uses');
    const fromOtherFolders = new Set(l10nCalls(sources('src').filter(([f]) => !f.startsWith(`src${path.sep}vscode`))).map((c) => c.message!));
    assert.deepStrictEqual(Object.keys(bundleEn).sort(), [...new Set([...messages, ...fromOtherFolders])].sort());
    for (const [k, v] of Object.entries(bundleEn)) assert.strictEqual(v, k);
  });

  it('ships l10n/ and the nls files in the package (.vscodeignore), and package.json points at l10n/', () => {
    assert.strictEqual(manifest.l10n, './l10n');
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const keep of ['!l10n/*.json', '!package.nls.json', '!package.nls.*.json']) assert.ok(ignore.includes(keep), keep);
  });

  it('has every rule page in English and in Chinese (docs/rules/<id>.md, docs/rules/zh-cn/<id>.md)', () => {
    const pages = (dir: string) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md')).sort();
    const en = pages('docs/rules');
    const zh = pages('docs/rules/zh-cn');
    const rulePages = RULE_IDS.map((id) => `${id}.md`);
    assert.deepStrictEqual(rulePages.filter((p) => !en.includes(p)), [], 'rules without an English page');
    assert.deepStrictEqual(rulePages.filter((p) => !zh.includes(p)), [], 'rules without a Chinese page');
    // The Chinese folder has no page the English one lacks; only the shared list of sources stays English.
    assert.deepStrictEqual(zh.filter((p) => !en.includes(p)), []);
    assert.deepStrictEqual(en.filter((p) => !zh.includes(p)), ['sources.md']);
  });
});
