import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parsePush } from '../../../src/core/format/parse';
import { gatherContext } from '../../../src/core/rules/gather';
import { lint } from '../../../src/core/rules/engine';
import { summarizePush } from '../../../src/core/rules/quota';
import { scanWorkspacePushes } from '../../../src/node/workspace';
import { one, range, ranges, run } from './helpers';

const push = (type: string, date: string, items: string, account = 'Acme') => `---\naccount: ${account}\ntype: ${type}\ndate: ${date}\n---\n\n${items}`;
const summary = (file: string, text: string) => summarizePush(file, parsePush(text));

describe('send-quota', () => {
  it('counts all articles as one send: a subscription push of articles alone is within quota', () => {
    assert.deepStrictEqual(run(push('subscription', '2026-11-25', '@article A\n\n@article B\n'), 'send-quota', { otherPushes: [] }).problems, []);
  });

  it('fires on each item beyond one send a day in a single subscription push', () => {
    const text = push('subscription', '2026-11-25', '@article A\n\n@article B\n\n@text hi\n\n@image p.png\n');
    const { doc, problems } = run(text, 'send-quota', { otherPushes: [] });
    assert.deepStrictEqual(ranges(doc, problems), ['11:1-11:6', '13:1-13:7']);
    assert.strictEqual(problems[0].severity, 'error');
    assert.match(problems[0].message, /mass send 2 of “Acme” on 2026-11-25.*once a day/);
  });

  it('counts the other pushes of the same account and day, names them and relates them', () => {
    const other = summary('/ws/morning.wxpush', push('subscription', '2026-11-25 08:00', '@text good morning\n'));
    const text = push('subscription', '2026-11-25 20:00', '@article Evening\n');
    const { doc, problems } = run(text, 'send-quota', { file: '/ws/evening.wxpush', otherPushes: [other] });
    const p = problems[0];
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(range(doc, p), '7:1-7:9');
    assert.match(p.message, /mass send 2 .*Also sending then: morning\.wxpush\./);
    assert.deepStrictEqual(p.related, [
      {
        file: '/ws/morning.wxpush',
        line: 6,
        message: 'Goes out before this push: 1 send(s) of the same account on 2026-11-25 08:00. Counted even when only one file is linted: the quota always includes the other pushes of the folder (of the workspace in the editor).',
      },
    ]);
  });

  it('blames the push whose send goes over the quota, not the one within it, and relates the other', () => {
    const morningText = push('subscription', '2026-11-25 08:00', '@text good morning\n');
    const eveningText = push('subscription', '2026-11-25 20:00', '@article Evening\n');
    const morning = summary('/ws/morning.wxpush', morningText);
    const evening = summary('/ws/evening.wxpush', eveningText);
    assert.deepStrictEqual(run(morningText, 'send-quota', { file: '/ws/morning.wxpush', otherPushes: [evening] }).problems, []);
    const { doc, problems } = run(eveningText, 'send-quota', { file: '/ws/evening.wxpush', otherPushes: [morning] });
    assert.strictEqual(range(doc, problems[0]), '7:1-7:9');
    assert.strictEqual(problems.length, 1);
    assert.deepStrictEqual(problems[0].related?.map((r) => r.file), ['/ws/morning.wxpush']);
  });

  it('on a service account blames the 5th send of the month; later pushes are related as coming after', () => {
    const texts = {
      '/ws/01.wxpush': push('service', '2026-12-01', '@article A\n\n@text t\n'),
      '/ws/10.wxpush': push('service', '2026-12-10', '@image i.png\n\n@text u\n'),
      '/ws/20.wxpush': push('service', '2026-12-20', '@text fifth\n\n@text sixth\n'),
      '/ws/28.wxpush': push('service', '2026-12-28', '@text seventh\n'),
    };
    const all = Object.entries(texts).map(([f, t]) => summary(f, t));
    const lintOne = (file: keyof typeof texts) => run(texts[file], 'send-quota', { file, otherPushes: all });
    assert.deepStrictEqual(lintOne('/ws/01.wxpush').problems, []);
    assert.deepStrictEqual(lintOne('/ws/10.wxpush').problems, []);
    const { doc, problems } = lintOne('/ws/20.wxpush');
    assert.deepStrictEqual(ranges(doc, problems), ['7:1-7:6', '9:1-9:6']);
    assert.match(problems[0].message, /mass send 5 of “Acme” in 2026-12.*Also sending then: 01\.wxpush, 10\.wxpush\./);
    assert.match(problems[1].message, /mass send 6 /);
    assert.deepStrictEqual(
      problems[0].related?.map((r) => [r.file, r.message.replace(/ Counted even .*/, '')]),
      [
        ['/ws/01.wxpush', 'Goes out before this push: 2 send(s) of the same account on 2026-12-01.'],
        ['/ws/10.wxpush', 'Goes out before this push: 2 send(s) of the same account on 2026-12-10.'],
        ['/ws/28.wxpush', 'Goes out after this push: 1 send(s) of the same account on 2026-12-28.'],
      ],
    );
    assert.match(one(lintOne('/ws/28.wxpush').problems).message, /mass send 7 /);
  });

  it('reports both pushes of one day when neither gives a time: the order is unknown', () => {
    const a = push('subscription', '2026-11-25', '@text a\n');
    const b = push('subscription', '2026-11-25 09:00', '@text b\n');
    assert.strictEqual(run(a, 'send-quota', { file: '/ws/a.wxpush', otherPushes: [summary('/ws/b.wxpush', b)] }).problems.length, 1);
    assert.strictEqual(run(b, 'send-quota', { file: '/ws/b.wxpush', otherPushes: [summary('/ws/a.wxpush', a)] }).problems.length, 1);
  });

  it('ignores other days, other accounts, other account types and the file itself', () => {
    const mine = push('subscription', '2026-11-25', '@article A\n');
    const others = [
      summary('/ws/a.wxpush', push('subscription', '2026-11-24', '@text x\n')),
      summary('/ws/b.wxpush', push('subscription', '2026-11-25', '@text x\n', 'Other')),
      summary('/ws/c.wxpush', push('service', '2026-11-25', '@text x\n')),
      summary('/ws/me.wxpush', mine),
    ];
    assert.deepStrictEqual(run(mine, 'send-quota', { file: '/ws/me.wxpush', otherPushes: others }).problems, []);
  });

  it('gives a service account 4 sends per calendar month, across files', () => {
    const others = [
      summary('/ws/1.wxpush', push('service', '2026-12-01', '@article A\n\n@text t\n')), // 2 sends
      summary('/ws/2.wxpush', push('service', '2026-12-15', '@image i.png\n')), // 1 send
      summary('/ws/3.wxpush', push('service', '2026-11-30', '@text other month\n')),
    ];
    const ok = push('service', '2026-12-31', '@text fourth\n');
    assert.deepStrictEqual(run(ok, 'send-quota', { file: '/ws/4.wxpush', otherPushes: others }).problems, []);
    const over = push('service', '2026-12-31', '@text fourth\n\n@text fifth\n');
    const { doc, problems } = run(over, 'send-quota', { file: '/ws/4.wxpush', otherPushes: others });
    assert.deepStrictEqual(ranges(doc, problems), ['9:1-9:6']);
    assert.match(problems[0].message, /mass send 5 of “Acme” in 2026-12.*4 times per calendar month.*1\.wxpush, 2\.wxpush/);
  });

  it('counts real files found by the Node workspace scan', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wxpush-quota-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.wxpush'), push('subscription', '2026-11-25', '@article A\n'));
      fs.mkdirSync(path.join(dir, 'later'));
      fs.writeFileSync(path.join(dir, 'later', 'b.wxpush'), push('subscription', '2026-11-25', '@text B\n'));
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.writeFileSync(path.join(dir, 'node_modules', 'c.wxpush'), push('subscription', '2026-11-25', '@text C\n'));
      const file = path.join(dir, 'a.wxpush');
      const doc = parsePush(fs.readFileSync(file, 'utf8'));
      const ctx = await gatherContext(doc, { workspacePushes: async () => scanWorkspacePushes(dir) }, undefined, file);
      assert.deepStrictEqual(ctx.otherPushes?.map((p) => path.relative(dir, p.file)), [path.join('later', 'b.wxpush')]);
      const problems = lint(doc, ctx, { only: ['send-quota'] });
      assert.strictEqual(problems.length, 1);
      assert.match(problems[0].message, /b\.wxpush/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('needs the account type; without a date only the push itself counts', () => {
    assert.deepStrictEqual(run('@text a\n\n@text b\n', 'send-quota').problems, []);
    const { problems } = run('---\ntype: subscription\n---\n@text a\n\n@text b\n', 'send-quota', { otherPushes: [] });
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /mass send 2 of “this account” on one day/);
  });
});
