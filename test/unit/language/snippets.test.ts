import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format';
import { DIRECTIVE_SNIPPETS } from '../../../src/core/language';

const SNIPPETS: Record<string, { prefix: string[]; body: string[]; description: string }> = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'snippets', 'wxpush.json'), 'utf8'),
);

/** What the editor inserts when every placeholder keeps its default (first choice). */
function expand(body: string): string {
  return body
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$CURRENT_MONTH/g, '11')
    .replace(/\$CURRENT_DATE/g, '25')
    .replace(/\$\d+/g, '');
}

describe('language: snippets', () => {
  const parsed = (name: string) => {
    assert.ok(SNIPPETS[name], `snippet ${name} is missing`);
    return parsePush(expand(SNIPPETS[name].body.join('\n')));
  };

  it('each item snippet expands to one item of its type, with no syntax problem', () => {
    for (const [name, kind] of [
      ['Article', 'article'],
      ['Text message', 'text'],
      ['Image message', 'image'],
      ['Audio message', 'audio'],
      ['Video message', 'video'],
    ] as const) {
      const doc = parsed(name);
      assert.deepStrictEqual(doc.items.map((i) => i.kind), [kind], name);
      assert.deepStrictEqual(doc.problems, [], name);
      // Not `@kind`: typing `@` brings the completion provider's templates, and the two would repeat.
      assert.deepStrictEqual(SNIPPETS[name].prefix, [kind], name);
    }
    assert.deepStrictEqual(parsed('Video message').items[0].fields.map((f) => f.key), ['title', 'description', 'cover']);
  });

  it('the multi-article push expands to valid front matter and two articles (one send)', () => {
    const doc = parsed('Multi-article push');
    assert.deepStrictEqual(doc.problems, []);
    assert.deepStrictEqual(doc.frontMatter!.fields.map((f) => [f.key, f.value]), [
      ['account', 'Account name'],
      ['type', 'subscription'],
      ['date', '2026-11-25'],
    ]);
    assert.deepStrictEqual(doc.items.map((i) => [i.kind, i.argument?.text]), [
      ['article', 'Headline title'],
      ['article', 'Second title'],
    ]);
  });

  it('the disable snippets expand to the comments the parser recognizes', () => {
    assert.deepStrictEqual(parsed('Disable rules').comments.map((c) => [c.kind, c.rules.map((r) => r.text)]), [['disable', ['rule-id']]]);
    assert.deepStrictEqual(parsed('Enable rules').comments.map((c) => c.kind), ['enable']);
    assert.deepStrictEqual(parsed('Disable rules for the next line').comments.map((c) => c.kind), ['disable-next-line']);
  });

  it('the completion templates expand to items of their own type', () => {
    for (const [kind, body] of Object.entries(DIRECTIVE_SNIPPETS)) {
      const doc = parsePush(expand(body));
      assert.deepStrictEqual(doc.items.map((i) => i.kind), [kind]);
      assert.deepStrictEqual(doc.problems, []);
    }
  });
});
