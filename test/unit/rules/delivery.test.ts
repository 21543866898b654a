import * as assert from 'assert';
import { covered, fixed, one, range, ranges, run, VALID } from './helpers';

const FM = (body: string) => `---\n${body}\n---\n`;

describe('delivery rules', () => {
  describe('account-type', () => {
    it('fires on a missing type, on the front matter opening line, with fixes for both types', () => {
      const text = FM('account: A\ndate: 2026-11-25') + '\n@text Hi\n';
      const { doc, problems } = run(text, 'account-type');
      const p = one(problems);
      assert.strictEqual(p.severity, 'error');
      assert.strictEqual(range(doc, p), '1:1-1:4');
      assert.deepStrictEqual(p.fixes?.map((f) => f.title), ['Add `type: subscription`', 'Add `type: service`']);
      const after = fixed(text, p, /service/);
      assert.match(after, /^---\naccount: A\ndate: 2026-11-25\ntype: service\n---\n/);
      assert.deepStrictEqual(run(after, 'account-type').problems, []);
    });
    it('fires at the first line when there is no front matter, and the fix creates one', () => {
      const text = '@text Hi\n';
      const { doc, problems } = run(text, 'account-type');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '1:1-1:9');
      const after = fixed(text, p);
      assert.strictEqual(after, '---\ntype: subscription\n---\n\n@text Hi\n');
      assert.deepStrictEqual(run(after, 'account-type').problems, []);
    });
    it('fires on an invalid value with a did-you-mean fix', () => {
      const text = FM('type: subscripton') + '@text Hi\n';
      const { doc, problems } = run(text, 'account-type');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '2:7-2:18');
      assert.match(p.message, /Did you mean `subscription`/);
      assert.ok(p.fixes?.[0].safe);
      assert.deepStrictEqual(run(fixed(text, p), 'account-type').problems, []);
    });
    it('fires on an empty type', () => {
      const text = FM('type:') + '@text Hi\n';
      const { doc, problems } = run(text, 'account-type');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '2:1-2:6');
      assert.deepStrictEqual(run(fixed(text, p), 'account-type').problems, []);
    });
    it('is silent on a valid type (any case)', () => {
      assert.deepStrictEqual(run(VALID, 'account-type').problems, []);
      assert.deepStrictEqual(run(FM('type: Service') + '@text Hi\n', 'account-type').problems, []);
    });
  });

  describe('account-name', () => {
    it('warns when the account is missing', () => {
      const { doc, problems } = run(FM('type: service') + '@text Hi\n', 'account-name');
      const p = one(problems);
      assert.strictEqual(p.severity, 'warning');
      assert.strictEqual(range(doc, p), '1:1-1:4');
    });
    it('warns on an empty account, on the field', () => {
      const { doc, problems } = run(FM('account: ""\ntype: service') + '@text Hi\n', 'account-name');
      assert.strictEqual(range(doc, one(problems)), '2:1-2:12');
    });
    it('is silent when named', () => assert.deepStrictEqual(run(VALID, 'account-name').problems, []));
  });

  describe('unknown-key', () => {
    it('flags an unknown front-matter key with a did-you-mean fix', () => {
      const text = FM('acount: A\ntype: service') + '@text Hi\n';
      const { doc, problems } = run(text, 'unknown-key');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '2:1-2:7');
      assert.match(p.message, /`acount`.*Did you mean `account`/);
      assert.deepStrictEqual(run(fixed(text, p), 'unknown-key').problems, []);
    });
    it('flags an unknown item field, judged by the item type', () => {
      const text = '@article T\nauthr: Me\ndescription: no such field on articles\n\nBody';
      const { doc, problems } = run(text, 'unknown-key');
      assert.deepStrictEqual(ranges(doc, problems), ['2:1-2:6', '3:1-3:12']);
      assert.match(problems[0].message, /Did you mean `author`/);
      assert.strictEqual(problems[1].fixes, undefined);
      assert.deepStrictEqual(run('@video v.mp4\ndescription: ok\n', 'unknown-key').problems, []);
    });
    it('flags unknown ids in the rules map', () => {
      const text = FM('type: service\nrules:\n  extrenal-link: off\n  media: warning') + '@text Hi\n';
      const { doc, problems } = run(text, 'unknown-key');
      const p = one(problems);
      assert.strictEqual(covered(doc, p), 'extrenal-link');
      assert.match(p.message, /Did you mean `external-link`/);
    });
    it('flags unknown rule ids in disable comments', () => {
      const text = '<!-- wxpush-disable-next-line unshareable-item text-lenght share -->\n@text hi\n';
      const { doc, problems } = run(text, 'unknown-key');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '1:48-1:59');
      assert.match(p.message, /`text-lenght` is not a rule id or tag\. Did you mean `text-length`\?/);
      assert.deepStrictEqual(run(fixed(text, p), 'unknown-key').problems, []);
    });
    it('is silent on known keys', () => assert.deepStrictEqual(run(VALID, 'unknown-key').problems, []));
  });

  describe('unknown-item-type', () => {
    it('flags @artcle with a safe fix', () => {
      const text = '@artcle Title\ncover: c.png\n\nBody\n';
      const { doc, problems } = run(text, 'unknown-item-type');
      const p = one(problems);
      assert.strictEqual(p.severity, 'error');
      assert.strictEqual(range(doc, p), '1:1-1:8');
      assert.ok(p.fixes?.[0].safe);
      const after = fixed(text, p);
      assert.strictEqual(after, '@article Title\ncover: c.png\n\nBody\n');
      assert.deepStrictEqual(run(after, 'unknown-item-type').problems, []);
    });
    it('is silent on known types', () => assert.deepStrictEqual(run(VALID, 'unknown-item-type').problems, []));
  });

  describe('invalid-value', () => {
    it('flags an enum value outside the list', () => {
      const text = '@article T\ncomments: maybe\n\nBody';
      const { doc, problems } = run(text, 'invalid-value');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '2:11-2:16');
      assert.match(p.message, /`maybe` is not a valid `comments`/);
    });
    it('suggests the closest enum value', () => {
      const text = '@article T\ncomments: folowers\n\nBody';
      const p = one(run(text, 'invalid-value').problems);
      assert.deepStrictEqual(run(fixed(text, p), 'invalid-value').problems, []);
    });
    it('flags a bad date, also an impossible one', () => {
      for (const date of ['tomorrow', '2026-02-30', '2026-11-25 25:00']) {
        const { doc, problems } = run(FM(`date: ${date}`), 'invalid-value');
        assert.strictEqual(range(doc, one(problems)), `2:7-2:${7 + date.length}`, date);
      }
      for (const date of ['2026-11-25', '2026-11-25 20:00']) assert.deepStrictEqual(run(FM(`date: ${date}`), 'invalid-value').problems, [], date);
    });
    it('calls a well-formed date that is not in the calendar a day that does not exist', () => {
      for (const [date, day] of [['2026-02-29', '2026-02-29'], ['2026-04-31 20:00', '2026-04-31']]) {
        const { doc, problems } = run(FM(`date: ${date}`), 'invalid-value');
        const p = one(problems);
        assert.strictEqual(range(doc, p), `2:7-2:${7 + date.length}`, date);
        assert.strictEqual(p.message, `\`${date}\` is written correctly, but ${day} is a day that does not exist in the calendar.`);
      }
      assert.deepStrictEqual(run(FM('date: 2028-02-29'), 'invalid-value').problems, []);
      assert.match(one(run(FM('date: 2026-13-45'), 'invalid-value').problems).message, /is not a valid date/);
    });
    it('flags a boolean that is not one and offers true/false for yes/no', () => {
      const text = '@article T\noriginal: yes\n\nBody';
      const p = one(run(text, 'invalid-value').problems);
      assert.match(p.message, /`original` must be `true` or `false`/);
      assert.strictEqual(fixed(text, p), '@article T\noriginal: true\n\nBody');
    });
    it('flags a bad severity in the rules map', () => {
      const text = FM('rules:\n  title-length: loud');
      const { doc, problems } = run(text, 'invalid-value');
      assert.strictEqual(covered(doc, one(problems)), 'loud');
    });
    it('is silent on valid values', () => assert.deepStrictEqual(run(VALID + '', 'invalid-value').problems, []));
  });

  describe('push-empty', () => {
    it('fires on a push without items', () => {
      const { doc, problems } = run(FM('type: service'), 'push-empty');
      assert.strictEqual(range(doc, one(problems)), '1:1-1:4');
      assert.strictEqual(range(doc, one(run('', 'push-empty').problems)), '1:1-1:1');
    });
    it('is silent with an item, or with a misspelled one (reported elsewhere)', () => {
      assert.deepStrictEqual(run(VALID, 'push-empty').problems, []);
      assert.deepStrictEqual(run('@artcle X\n', 'push-empty').problems, []);
    });
  });

  describe('article-count', () => {
    it('fires on the ninth article and later', () => {
      const text = Array.from({ length: 10 }, (_, i) => `@article A${i + 1}\n\nBody\n`).join('\n');
      const { doc, problems } = run(text, 'article-count');
      assert.deepStrictEqual(ranges(doc, problems), ['33:1-33:9', '37:1-37:9']);
      assert.match(problems[0].message, /article 9/);
    });
    it('is silent on eight', () => {
      const text = Array.from({ length: 8 }, (_, i) => `@article A${i + 1}\n`).join('\n');
      assert.deepStrictEqual(run(text, 'article-count').problems, []);
    });
  });

  describe('article-order', () => {
    it('fires on an article separated from the others by another item', () => {
      const text = '@article A\n\n@text hi\n\n@article B\n';
      const { doc, problems } = run(text, 'article-order');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '5:1-5:9');
      assert.match(p.message, /`@text` item above/);
      assert.deepStrictEqual(p.related?.map((r) => range(doc, { span: r.span! })), ['1:1-1:9']);
    });
    it('is silent when articles stand together, wherever the group is', () => {
      assert.deepStrictEqual(run('@text hi\n\n@article A\n\n@article B\n\n@image x.png\n', 'article-order').problems, []);
    });
  });

  describe('content-outside-item', () => {
    it('fires on text before the first item, not on comments', () => {
      const text = FM('type: service') + '\n<!-- a note -->\nStray words\nmore\n\n@text hi\n';
      const { doc, problems } = run(text, 'content-outside-item');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '6:1-7:5');
    });
    it('is silent with only comments before the first item', () => {
      assert.deepStrictEqual(run(FM('type: service') + '<!-- note\n spanning -->\n@text hi\n', 'content-outside-item').problems, []);
    });
  });

  describe('stray-content', () => {
    it('fires on text under an image item; the fix makes it a text item', () => {
      const text = '@image poster.png\nA caption nobody sees\n';
      const { doc, problems } = run(text, 'stray-content');
      const p = one(problems);
      assert.strictEqual(range(doc, p), '2:1-2:22');
      const after = fixed(text, p);
      assert.strictEqual(after, '@image poster.png\n@text\nA caption nobody sees\n');
      assert.deepStrictEqual(run(after, 'stray-content').problems, []);
    });
    it('is silent on a bare media item', () => assert.deepStrictEqual(run('@audio a.mp3\ntitle: T\n\n@video v.mp4\n', 'stray-content').problems, []));
  });
});
