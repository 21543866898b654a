// Preview updates that leave out the article bodies the webview holds (core/surfaces/updates): what
// the webview rebuilds must be the whole model, edit after edit, and what is left out must be only
// what it already has.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../../../src/core/format';
import { renderBody } from '../../../src/core/surfaces/articleBody';
import { buildPreview, movePositions, restoreBodies, SentBodies, type PreviewModel } from '../../../src/core/surfaces';
import { randomEdit } from '../../support/edits';

const ROOT = path.resolve(__dirname, '../../../..');
const model = (text: string): PreviewModel => {
  const doc = parsePush(text);
  return buildPreview(doc, { locale: 'en', renderBody: (item) => renderBody(doc, item, { locale: 'en' }) });
};
/** Through JSON, as a posted message arrives. */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const PUSH = '@article One\n\nFirst body.\n\n@text Hello\n\n@article Two\n\nSecond body with **bold**.\n\n@article Three\n\nThird body.\n';

describe('preview updates: unchanged article bodies are left out', () => {
  it('sends every body the first time, then only the one that changed, and the webview rebuilds the whole model', () => {
    const sent = new SentBodies();
    const first = model(PUSH);
    const a = sent.compact(first);
    assert.deepStrictEqual(a.kept, []);
    assert.strictEqual(a.model, first);
    const shown = restoreBodies(wire(a.model), undefined, undefined)!;

    const second = model(PUSH.replace('Second body', 'Second, edited body'));
    const b = sent.compact(second);
    // Items 0 and 3 are unchanged (the third article has no source positions to move); item 2 is sent.
    assert.deepStrictEqual(b.kept, [{ item: 0, lines: 0, offset: 0 }, { item: 3, lines: 0, offset: 0 }]);
    assert.deepStrictEqual(
      b.model.articles.map((x) => [x.itemIndex, x.html === '' ? 'left out' : 'sent']),
      [[0, 'left out'], [2, 'sent'], [3, 'left out']],
    );
    assert.match(b.model.articles[1].html, /Second, edited body/);
    // The model built for the next update is not changed by leaving bodies out of the posted one.
    assert.match(second.articles[0].html, /First body/);
    const rebuilt = restoreBodies(wire(b.model), b.kept, shown);
    assert.deepStrictEqual(rebuilt, wire(second));
    assert.ok(JSON.stringify(b.model).length < JSON.stringify(second).length);
  });

  it('leaves out a body that only moved (an edit above it), and the webview moves its lines and offsets', () => {
    const push = '@article One\n\nFirst body.\n\n@article Two\n\nSee [the menu](https://example.com/menu) and ![bread](media/bread.jpg).\n\nMore.\n';
    const sent = new SentBodies();
    const first = model(push);
    const shown = restoreBodies(wire(sent.compact(first).model), undefined, undefined)!;
    assert.match(first.articles[1].html, /data-span="\d+-\d+"/);
    // Two lines (21 characters) added to the first article's body.
    const added = 'A second paragraph.\n\n';
    const next = model(push.replace('First body.\n', 'First body.\n\n' + added.slice(0, -1)));
    const { model: posted, kept } = sent.compact(next);
    assert.deepStrictEqual(kept, [{ item: 1, lines: 2, offset: 21 }]);
    assert.strictEqual(posted.articles[1].html, '');
    assert.notStrictEqual(next.articles[1].html, first.articles[1].html, 'its positions did move');
    assert.deepStrictEqual(restoreBodies(wire(posted), kept, shown), wire(next));
    // The same body with a change inside is sent, even where it is as long as before.
    const changed = model(push.replace('More.', 'Mare.'));
    const c = sent.compact(changed);
    assert.deepStrictEqual(c.kept.map((k) => k.item), []);
    assert.match(c.model.articles[1].html, /Mare\./);
  });

  it('cannot rebuild without the bodies, so the webview asks again; after reset the next update is whole', () => {
    const sent = new SentBodies();
    sent.compact(model(PUSH));
    const next = model(PUSH.replace('Third body', 'Third body, longer'));
    const b = sent.compact(next);
    assert.deepStrictEqual(b.kept.map((k) => k.item), [0, 2]);
    // A page rebuilt from the panel's HTML holds no model, or an older one without these items.
    assert.strictEqual(restoreBodies(wire(b.model), b.kept, undefined), undefined);
    assert.strictEqual(restoreBodies(wire(b.model), b.kept, model('@article Only\n\nBody.\n')), undefined);
    sent.reset();
    const c = sent.compact(next);
    assert.deepStrictEqual(c.kept, []);
    assert.deepStrictEqual(restoreBodies(wire(c.model), c.kept, undefined), wire(next));
  });

  it('keeps a body only when it is the same as the one sent for that item (items moved, added, removed)', () => {
    const sent = new SentBodies();
    sent.compact(model(PUSH));
    // A new first item moves every article down by one index: nothing sent before can be reused.
    const moved = model('@text New first\n\n' + PUSH);
    const m = sent.compact(moved);
    assert.deepStrictEqual(m.kept, []);
    // An article removed: the others keep their bodies only where index and body both match.
    const removed = model('@text New first\n\n' + PUSH.replace('@article Two\n\nSecond body with **bold**.\n\n', ''));
    const r = sent.compact(removed);
    for (const k of r.kept) {
      const before = moved.articles.find((x) => x.itemIndex === k.item)!;
      const after = removed.articles.find((x) => x.itemIndex === k.item)!;
      assert.strictEqual(after.html, movePositions(before.html, k.lines, k.offset));
    }
    assert.deepStrictEqual(restoreBodies(wire(r.model), r.kept, wire(moved)), wire(removed));
  });

  it('rebuilds the whole model after every one of 300 random edits of the examples', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.wxpush'));
    let keptAny = 0;
    let movedAny = 0;
    for (const f of examples) {
      let text = fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      const sent = new SentBodies();
      let shown: PreviewModel | undefined;
      for (let i = 0; i < 100; i++) {
        const full = model(text);
        const { model: posted, kept } = sent.compact(full);
        keptAny += kept.length;
        movedAny += kept.filter((k) => k.lines || k.offset).length;
        const rebuilt = restoreBodies(wire(posted), kept.length ? kept : undefined, shown);
        assert.ok(rebuilt, `${f}, edit ${i}: the webview could not rebuild the model`);
        assert.deepStrictEqual(rebuilt, wire(full), `${f}, edit ${i}`);
        shown = rebuilt;
        text = randomEdit(text, rand).text;
      }
    }
    assert.ok(keptAny > 100 && movedAny > 10, `bodies were left out ${keptAny} times, ${movedAny} of them moved`);
  });
});
