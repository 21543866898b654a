import * as assert from 'assert';
import { parsePush } from '../../../src/core/format/parse';
import { applyEdits, disableFixes, safeFixEdits } from '../../../src/core/rules/edits';
import { lint } from '../../../src/core/rules/engine';
import { run } from './helpers';

/** Applies a disable fix to the first problem of `rule` and checks the rule is silent after. */
function disableAndRelint(text: string, rule: string, which: 'line' | 'file'): string {
  const { doc, problems } = run(text, rule);
  assert.ok(problems.length, `no ${rule} problem to disable`);
  const fixes = disableFixes(doc, problems[0]);
  const fix = fixes.find((f) => (which === 'file' ? /this file/.test(f.title) : !/this file/.test(f.title)));
  assert.ok(fix, `no ${which} fix among ${fixes.map((f) => f.title).join(' | ')}`);
  const after = applyEdits(text, fix!.edits);
  const remaining = run(after, rule).problems.filter((p) => p.span.start >= 0);
  const before = problems.length;
  assert.strictEqual(remaining.length, which === 'file' ? 0 : before - 1, after);
  return after;
}

describe('disable fixes', () => {
  it('for a body line: a comment above it, with the same indentation', () => {
    const text = '@article A\n\n- item [x](#a)\n  - nested [y](#b)\n';
    const after = disableAndRelint(text, 'anchor-link', 'line');
    assert.strictEqual(after, '@article A\n\n<!-- wxpush-disable-next-line anchor-link -->\n- item [x](#a)\n  - nested [y](#b)\n');
    const second = run(after, 'anchor-link');
    const fix2 = disableFixes(second.doc, second.problems[0])[0];
    assert.strictEqual(applyEdits(after, fix2.edits), '@article A\n\n<!-- wxpush-disable-next-line anchor-link -->\n- item [x](#a)\n  <!-- wxpush-disable-next-line anchor-link -->\n  - nested [y](#b)\n');
    assert.deepStrictEqual(run(applyEdits(after, fix2.edits), 'anchor-link').problems, []);
  });

  it('for an item field: titled “for this item”, placed above the directive', () => {
    const text = '@article A\nauthor: me\ncomments: maybe\n\nBody\n';
    const { doc, problems } = run(text, 'invalid-value');
    const [line] = disableFixes(doc, problems[0]);
    assert.strictEqual(line.title, 'Disable invalid-value for this item');
    disableAndRelint(text, 'invalid-value', 'line');
  });

  it('extends a disable-next-line comment already above the line', () => {
    const text = '<!-- wxpush-disable-next-line text-length -->\n@text\n';
    const after = disableAndRelint(text, 'text-empty', 'line');
    assert.strictEqual(after, '<!-- wxpush-disable-next-line text-length text-empty -->\n@text\n');
  });

  it('for the file: adds the rule to front matter `rules:` (block, flow or new)', () => {
    const noFm = disableAndRelint('@text\n', 'text-empty', 'file');
    assert.strictEqual(noFm, '---\nrules:\n  text-empty: off\n---\n\n@text\n');
    const block = disableAndRelint('---\ntype: service\nrules:\n    script: warning\n---\n@text\n', 'text-empty', 'file');
    assert.strictEqual(block, '---\ntype: service\nrules:\n    script: warning\n    text-empty: off\n---\n@text\n');
    const flow = disableAndRelint('---\nrules: { script: warning }\n---\n@text\n', 'text-empty', 'file');
    assert.strictEqual(flow, '---\nrules: { script: warning , text-empty: off}\n---\n@text\n');
    const plain = disableAndRelint('---\naccount: A\n---\n@text\n', 'text-empty', 'file');
    assert.strictEqual(plain, '---\naccount: A\nrules:\n  text-empty: off\n---\n@text\n');
  });

  it('for a front-matter problem: only the file fix (a comment cannot go inside YAML)', () => {
    const text = '---\ntype: nope\n---\n@text hi\n';
    const { doc, problems } = run(text, 'account-type');
    assert.deepStrictEqual(disableFixes(doc, problems[0]).map((f) => f.title), ['Disable account-type for this file']);
    disableAndRelint(text, 'account-type', 'file');
  });

  it('keeps CRLF line breaks', () => {
    const text = '---\r\naccount: A\r\n---\r\n@text\r\n';
    const { doc, problems } = run(text, 'text-empty');
    const after = applyEdits(text, disableFixes(doc, problems[0])[0].edits);
    assert.strictEqual(after, '---\r\naccount: A\r\n---\r\n<!-- wxpush-disable-next-line text-empty -->\r\n@text\r\n');
  });
});

describe('fix all (safe fixes)', () => {
  it('applies every safe fix at once; a second round fixes what the first uncovered', () => {
    const text = '---\nacount: A\ntype: subscripton\n---\n@artcle Title\ncomments: folowers\n\nSee [end](#end).\n';
    const first = applyEdits(text, safeFixEdits(lint(parsePush(text))));
    // `@artcle` was not an article, so its fields and links were only judged after the first round.
    assert.strictEqual(first, '---\naccount: A\ntype: subscription\n---\n@article Title\ncomments: folowers\n\nSee [end](#end).\n');
    const after = applyEdits(first, safeFixEdits(lint(parsePush(first))));
    assert.strictEqual(after, '---\naccount: A\ntype: subscription\n---\n@article Title\ncomments: followers\n\nSee end.\n');
    const left = lint(parsePush(after)).map((p) => p.ruleId);
    for (const id of ['unknown-key', 'account-type', 'unknown-item-type', 'invalid-value', 'anchor-link']) assert.ok(!left.includes(id), `${id} still there: ${left}`);
  });
});
