import * as assert from 'assert';
import { reparseBody } from '../../../src/core/format/bodyReparse';
import { inlineNodes } from '../../../src/core/format/inline';
import { LineIndex } from '../../../src/core/format/lines';
import { sharedMarkdown } from '../../../src/core/format/markdown';
import { rng } from '../../support/fuzz';

// Blocks of every kind, including those that reach past a blank line (lists, indented code) or
// swallow what follows when left open (fences, HTML blocks).
const BLOCKS = [
  'A paragraph with *emphasis*, `code` and a [link](https://example.com/a).',
  '订阅号的消息进入**订阅号消息**文件夹。\n第二行，www.example.com 和 a@b.cn',
  '# Heading',
  'Setext heading\n===',
  '- one\n- two\n  - nested\n\n  more of two\n- three',
  '1. first\n2. second',
  '* loose one\n\n* loose two',
  '> quoted\n> lines with **bold**',
  '```js\nconst a = 1;\n```',
  '~~~\nunclosed?\n~~~',
  '    indented code\n    more',
  '<div>\n<b>html</b>\n</div>',
  '<!-- a comment\nover lines -->',
  '<script>\nx()\n</script>',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '---',
  '![img](media/a.jpg "title") and text',
  'Text\twith a tab\tand trailing spaces  \nhard break',
];

// Pieces an author types: plain text, and what changes the block structure.
const TYPED = ['x', 'ab', ' ', '  ', '    ', '\t', '中', '\n', '\n\n', '\r\n', '- ', '* ', '1. ', '> ', '# ', '```', '```\n', '~~~', '<!--', '-->', '<div>', '<script>', '</script>', '| c |', '|---|', '===', '---', '[l](http://x.y)', '**', '`', '\\'];
// Article-wide pieces (the whole body is parsed again while one is in it): typed now and then.
const RARE = ['^[inline note]', '[^1]', '[^1]: note\n', '[r]: http://r.s\n', ']:'];

function randomBody(r: () => number): string {
  const parts: string[] = [];
  const n = 3 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) parts.push(BLOCKS[Math.floor(r() * BLOCKS.length)]);
  const sep = r() < 0.15 ? '\r\n' : '\n';
  let body = parts.join(r() < 0.8 ? '\n\n' : '\n').replace(/\n/g, sep);
  if (r() < 0.3) body += sep;
  return body;
}

function randomEdit(text: string, r: () => number): string {
  let at = Math.floor(r() * (text.length + 1));
  if (r() < 0.4) at = text.lastIndexOf('\n', at - 1) + 1;
  const k = r();
  const removed = k < 0.45 ? 0 : Math.min(text.length - at, 1 + Math.floor(r() * (r() < 0.85 ? 3 : 60)));
  const pieces = r() < 0.02 ? RARE : TYPED;
  const inserted = k < 0.45 || k > 0.8 ? pieces[Math.floor(r() * pieces.length)] : '';
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

const md = sharedMarkdown();

/** The tokens and the inline nodes placed from them (which read where each inline token lies). */
function view(body: string, tokens: ReturnType<typeof md.parse>) {
  return { tokens, inline: inlineNodes(body, new LineIndex(body), tokens, 0) };
}

describe('reparseBody', () => {
  it('equals a full markdown-it parse after every edit of random edit sequences, and reuses blocks', function () {
    this.timeout(120000);
    const r = rng(5);
    let edits = 0;
    let reused = 0;
    let partial = 0;
    for (let doc = 0; doc < 300; doc++) {
      let body = randomBody(r);
      let tokens = md.parse(body, {});
      for (let step = 0; step < 25; step++) {
        const next = randomEdit(body, r);
        const re = reparseBody(body, tokens, next);
        const fast = re?.tokens;
        const full = md.parse(next, {});
        edits++;
        if (re && fast) {
          reused++;
          if (re.head > 0 || re.tail > 0) partial++;
          try {
            assert.deepStrictEqual(view(next, fast), view(next, full));
            // What it says it kept: the first `head` tokens themselves, the last `tail` as they were (lines aside).
            for (let i = 0; i < re.head; i++) assert.strictEqual(fast[i], tokens[i]);
            for (let k = 1; k <= re.tail; k++) assert.strictEqual(fast[fast.length - k].children, tokens[tokens.length - k].children);
            assert.strictEqual(re.delta, next.length - body.length);
          } catch (e) {
            assert.fail(`doc ${doc} step ${step}: ${JSON.stringify(body)} → ${JSON.stringify(next)}\n${(e as Error).message.slice(0, 2000)}`);
          }
        }
        body = next;
        tokens = fast ?? full;
      }
    }
    // The test must exercise the reuse, not only the fallback.
    assert.ok(reused > edits * 0.7, `only ${reused} of ${edits} edits were re-parsed in part`);
    assert.ok(partial > edits * 0.5, `only ${partial} of ${edits} edits kept a token of the old parse`);
  });

  it('re-parses only the paragraph typed in and moves the blocks after it by the lines added', () => {
    const body = ['# Title', 'First paragraph.', 'Second paragraph.', 'Third paragraph.', '- a\n- b'].join('\n\n');
    const tokens = md.parse(body, {});
    const next = body.replace('Second paragraph.', 'Second\nparagraph, longer.');
    const fast = reparseBody(body, tokens, next)!.tokens;
    assert.deepStrictEqual(fast, md.parse(next, {}));
    // The heading is the old tokens (the paragraph above the edited line is parsed again: a block
    // starting on an edited line may join it); the blocks after it are moved copies one line lower.
    assert.strictEqual(fast[0], tokens[0]);
    assert.strictEqual(fast[2], tokens[2]);
    assert.notStrictEqual(fast[3], tokens[3]);
    const third = fast.findIndex((t) => t.type === 'inline' && t.content === 'Third paragraph.');
    assert.deepStrictEqual(fast[third].map, [7, 8]);
    assert.strictEqual(fast[third].children, tokens[third].children, 'inline children are shared, not copied');
    const list = fast.findIndex((t) => t.type === 'bullet_list_open');
    assert.deepStrictEqual(fast[list].map, [9, 11]);
    assert.notStrictEqual(fast[list], tokens[list]);
    assert.deepStrictEqual(tokens[list].map, [8, 10], 'the old tokens are not changed');
  });

  it('parses the whole body when a fence is left open, or a reference or footnote is in it', () => {
    const body = 'One.\n\nTwo.\n\nThree.\n\nFour.';
    const tokens = md.parse(body, {});
    const opened = body.replace('Two.', '```\nTwo.');
    const fast = reparseBody(body, tokens, opened);
    // Either declined or right: an open fence swallows everything after it.
    if (fast) assert.deepStrictEqual(fast.tokens, md.parse(opened, {}));
    assert.strictEqual(reparseBody(body, tokens, body.replace('Two.', 'Two [a].\n\n[a]: https://x.y')), undefined);
    assert.strictEqual(reparseBody(body, tokens, body.replace('Two.', 'Two[^1].')), undefined);
    assert.strictEqual(reparseBody(body, tokens, body.replace('Two.', 'Two^[an inline note].')), undefined);
  });
});
