// Measured, not counted: the webview reports where the Subscription folder, the chat card and the
// Moments card cut each title and digest, measured in real Chromium at the phone's width. Each
// reported cut is checked against the real clamped element of the surface, laid out on screen.
import * as assert from 'assert';
import type { MeasuredCut } from '../../src/core/surfaces';
import { buildModel } from './preview/harness';
import { usePreviewPage } from './preview/page';

/** The webview's report of where it cut each title and digest. */
type Report = { type: string; resource?: string; cuts?: MeasuredCut[] };

// Widths at the preview's clamps (two lines each): the chat card's title is the narrowest, the
// folder's headline the widest. So a title can fit everywhere, be cut in the chat card only, or
// be cut everywhere; the Moments card sits between the two.
const CASES = {
  zh: {
    fits: '冬天读什么书',
    chatOnly: '冬天来了我们一起读几本好书雪国额尔古纳河右岸和呼兰河传还有',
    everywhere: '冬天来了我们一起读几本好书雪国额尔古纳河右岸和呼兰河传还有边城与围城以及许多别的书单我们慢慢读完它们吧朋友们',
  },
  en: {
    fits: 'Winter reading',
    chatOnly: 'Five books for the long winter nights and why we love them',
    everywhere: 'Five books for the long winter nights, and why we keep coming back to them every single year when the snow falls',
  },
};

const SELECTOR: Record<MeasuredCut['surface'], Record<MeasuredCut['field'], string>> = {
  folder: { title: '.wxp-folder .wxp-headline-title > .clamp-2', digest: '' },
  chat: { title: '.wxp-share-title', digest: '.wxp-share-desc' },
  moments: { title: '.wxp-link-title', digest: '' },
};
const TAB: Record<MeasuredCut['surface'], string> = { folder: 'subscriptions', chat: 'moments', moments: 'moments' };

const push = (title: string, extra = '') => `---\naccount: Ashley Talks\ntype: subscription\n---\n@article ${title}\n${extra}\nBody of the article.\n`;

describe('preview: measured cuts of titles and digests (Chromium)', function () {
  this.timeout(60000);
  const ui = usePreviewPage({ viewport: { width: 900, height: 900 } });

  const reports = async () => (await ui.posted()).filter((m) => m.type === 'cuts') as Report[];
  async function open(text: string, locale: 'en' | 'zh-cn' = 'en'): Promise<MeasuredCut[]> {
    await ui.load({ text, dir: 'examples', locale });
    await ui.waitForPosted('cuts');
    const r = await reports();
    assert.strictEqual(r.length, 1, 'one report per render');
    assert.strictEqual(r[0].resource, 'file:///test.wxpush');
    return r[0].cuts!;
  }

  /** On the surface as drawn: how many characters of the clamped element lie inside its lines. */
  async function shownOnScreen(cut: MeasuredCut): Promise<{ inside: number; clamped: boolean }> {
    await ui.page.click(`[data-tab="${TAB[cut.surface]}"]`);
    return ui.page
      .locator(SELECTOR[cut.surface][cut.field])
      .first()
      .evaluate((el) => {
        const bottom = el.getBoundingClientRect().top + el.clientHeight;
        const node = el.firstChild as Text;
        const range = document.createRange();
        let inside = 0;
        for (let i = 0; i < node.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (r && r.bottom <= bottom + 1) inside++;
        }
        return { inside: Array.from(node.data.slice(0, inside)).length, clamped: el.scrollHeight > el.clientHeight + 1 };
      });
  }

  for (const [lang, c] of Object.entries(CASES)) {
    const locale = lang === 'zh' ? 'zh-cn' : 'en';

    it(`${lang}: a title that fits is reported nowhere`, async () => {
      assert.deepStrictEqual(await open(push(c.fits), locale), []);
    });

    it(`${lang}: a title cut in the chat card only`, async () => {
      const cuts = await open(push(c.chatOnly), locale);
      assert.deepStrictEqual(
        cuts.map((x) => [x.surface, x.field, x.itemIndex, x.text]),
        [['chat', 'title', 0, c.chatOnly]],
      );
      const onScreen = await shownOnScreen(cuts[0]);
      assert.ok(onScreen.clamped, 'the card really cuts it');
      // The ellipsis takes the room of a character or a few letters at the end of the last line.
      assert.ok(cuts[0].visible <= onScreen.inside && onScreen.inside - cuts[0].visible <= 4, `measured ${cuts[0].visible}, on screen ${onScreen.inside} inside the lines`);
      await ui.page.click('[data-tab="moments"]');
      assert.strictEqual(await ui.page.locator('.wxp-link-title').evaluate((e) => e.scrollHeight > e.clientHeight + 1), false, 'Moments shows it whole');
    });

    it(`${lang}: a title cut everywhere, each surface at its own place`, async () => {
      const cuts = await open(push(c.everywhere), locale);
      assert.deepStrictEqual(cuts.map((x) => x.surface).sort(), ['chat', 'folder', 'moments']);
      const at = Object.fromEntries(cuts.map((x) => [x.surface, x.visible]));
      assert.ok(at.chat < at.moments && at.moments <= at.folder, JSON.stringify(at));
      for (const cut of cuts) {
        const onScreen = await shownOnScreen(cut);
        assert.ok(onScreen.clamped, `${cut.surface} cuts it`);
        assert.ok(cut.visible <= onScreen.inside && onScreen.inside - cut.visible <= 4, `${cut.surface}: measured ${cut.visible}, on screen ${onScreen.inside}`);
      }
    });
  }

  it('a digest cut in the chat card; an auto digest (no digest: field) is not reported', async () => {
    const digest = 'A digest that says a great deal more than a chat card has room for, so the end of it is never read by anyone who gets the article forwarded';
    const cuts = await open(push('Winter reading', `digest: ${digest}\n`));
    assert.deepStrictEqual(cuts.map((x) => [x.surface, x.field, x.text]), [['chat', 'digest', digest]]);
    const onScreen = await shownOnScreen(cuts[0]);
    assert.ok(cuts[0].visible <= onScreen.inside && onScreen.inside - cuts[0].visible <= 4, `measured ${cuts[0].visible}, on screen ${onScreen.inside}`);
    assert.deepStrictEqual(await open(push('Winter reading', '\n' + digest.repeat(3))), [], 'the auto digest is not the author’s text to shorten');
  });

  it('a service account’s push is not measured in the folder; the report follows each change and is sent only when it changes', async () => {
    const service = (title: string) => `---\naccount: Crumb\ntype: service\n---\n@article ${title}\n\nBody.\n`;
    const cuts = await open(service(CASES.en.everywhere));
    assert.deepStrictEqual(cuts.map((x) => x.surface).sort(), ['chat', 'moments']);
    const update = (text: string) => ui.update(buildModel(ui.origin, { text, dir: 'examples' }));
    // The author shortens the title: a new report, with no cut.
    await update(service(CASES.en.fits));
    await ui.page.waitForFunction(() => (window as unknown as { __posted: Report[] }).__posted.filter((m) => m.type === 'cuts').length === 2);
    assert.deepStrictEqual((await reports())[1].cuts, []);
    // The same text again (a diagnostics refresh re-renders): nothing new is sent.
    await update(service(CASES.en.fits));
    await ui.page.waitForTimeout(300);
    assert.strictEqual((await reports()).length, 2);
  });
});
