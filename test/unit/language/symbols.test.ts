import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildSymbols, type PushSymbol } from '../../../src/core/language';
import { fuzzCorpus } from '../../support/fuzz';
import { SPEC_EXAMPLE, textOf } from './helpers';

describe('language: outline symbols', () => {
  it('lists the push, then each item with its type and title or path', () => {
    const doc = parsePush(SPEC_EXAMPLE);
    const [push, ...rest] = buildSymbols(doc);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(push.name, 'Ashley Talks');
    assert.strictEqual(push.detail, 'subscription account · 6 items · 5 sends');
    assert.strictEqual(textOf(doc, push.selectionSpan), '---');
    assert.deepStrictEqual(
      push.children.map((c) => [c.kind, c.name, c.detail]),
      [
        ['article', 'What’s push content on WeChat?', 'article'],
        ['article', 'Why only articles travel', 'article'],
        ['text', 'Today\'s episode is out. Reply 41 for the transcript.', 'text message'],
        ['image', 'media/poster.png', 'image'],
        ['audio', 'Ashley Talks 41', 'audio message'],
        ['video', 'Behind the scenes', 'video'],
      ],
    );
    assert.strictEqual(textOf(doc, push.children[3].selectionSpan), '@image media/poster.png');
    assert.strictEqual(textOf(doc, push.children[5].span).split('\n').pop(), 'cover: media/clip-cover.jpg');
  });

  it('nests article headings by level under their article, with sections ending before the next peer', () => {
    const text = [
      '@article One',
      '',
      '# Alpha',
      'text',
      '## Beta',
      '```',
      '# not a heading',
      '```',
      '## Gamma',
      '',
      '# Delta',
      'Setext',
      '------',
      '',
      '@article Two',
      '### Epsilon',
    ].join('\n');
    const doc = parsePush(text);
    const items = buildSymbols(doc)[0].children;
    const names = (s: PushSymbol): unknown => [s.name, s.children.map(names)];
    assert.deepStrictEqual(items.map(names), [
      ['One', [['Alpha', [['Beta', []], ['Gamma', []]]], ['Delta', [['Setext', []]]]]],
      ['Two', [['Epsilon', []]]],
    ]);
    const alpha = items[0].children[0];
    assert.strictEqual(textOf(doc, alpha.selectionSpan), '# Alpha');
    assert.strictEqual(textOf(doc, alpha.span), '# Alpha\ntext\n## Beta\n```\n# not a heading\n```\n## Gamma');
    assert.strictEqual(alpha.children[1].detail, 'h2');
    // The setext heading's selection is its text line.
    assert.strictEqual(textOf(doc, items[0].children[1].children[0].selectionSpan), 'Setext');
  });

  it('has no push symbol for an empty document, and names a push without an account "Push"', () => {
    assert.deepStrictEqual(buildSymbols(parsePush('')), []);
    const [push] = buildSymbols(parsePush('@text hi'));
    assert.strictEqual(push.name, 'Push');
    assert.strictEqual(push.detail, '1 item · 1 send');
  });

  it('keeps every child inside its parent and every selection inside its symbol (1,000 fuzzed documents)', () => {
    let checked = 0;
    for (const text of fuzzCorpus(1000, 7)) {
      const doc = parsePush(text);
      const visit = (s: PushSymbol, parent?: PushSymbol) => {
        checked++;
        assert.ok(s.span.start <= s.selectionSpan.start && s.selectionSpan.end <= s.span.end, `selection outside symbol ${s.name} in ${JSON.stringify(text)}`);
        if (parent) assert.ok(parent.span.start <= s.span.start && s.span.end <= parent.span.end, `child ${s.name} outside ${parent.name} in ${JSON.stringify(text)}`);
        assert.ok(s.span.end <= doc.text.length);
        s.children.forEach((c) => visit(c, s));
      };
      buildSymbols(doc).forEach((s) => visit(s));
    }
    assert.ok(checked > 1000);
  });
});
