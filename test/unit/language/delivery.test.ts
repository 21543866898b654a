import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { deliverySummary, sendsNeeded, statusAt } from '../../../src/core/language';
import { SPEC_EXAMPLE, offsetOf } from './helpers';

describe('language: sends needed', () => {
  it('counts all articles as one send and every other item as one each', () => {
    assert.strictEqual(sendsNeeded(parsePush(SPEC_EXAMPLE)), 5);
    assert.strictEqual(sendsNeeded(parsePush('@article A\n@article B\n@article C')), 1);
    assert.strictEqual(sendsNeeded(parsePush('@text a\n@article A\n@text b\n@article B')), 3);
    assert.strictEqual(sendsNeeded(parsePush('')), 0);
  });
});

describe('language: delivery summary', () => {
  it('summarizes a subscription push: account, sends, where it lands, what is shareable and what is followers-only', () => {
    const doc = parsePush('---\ntype: subscription\ndate: 2026-11-25\n---\n@article A\n@article B\n');
    const s = deliverySummary(doc, { today: '2026-11-25' });
    assert.strictEqual(s.title, 'Subscription account · 1 mass send today · lands in the Subscription folder, no notification · 2 articles shareable');
    assert.strictEqual(s.overQuota, false);
    assert.match(s.tooltip, /red dot on the avatar/);
  });

  it('says when a subscription push needs more than its one daily send, and names the planned day', () => {
    const s = deliverySummary(parsePush(SPEC_EXAMPLE), { today: '2026-11-20' });
    assert.strictEqual(
      s.title,
      'Subscription account · 5 mass sends on 2026-11-24 (1 allowed a day) · lands in the Subscription folder, no notification · 2 articles shareable · 1 text message, 1 image, 1 audio message and 1 video followers-only',
    );
    assert.strictEqual(s.overQuota, true);
    assert.strictEqual(s.sends, 5);
  });

  it('summarizes a service push against the monthly quota', () => {
    const s = deliverySummary(parsePush('---\ntype: service\n---\n@article A\n@image a.png\n@image b.png'));
    assert.strictEqual(s.title, 'Service account · 3 mass sends of 4 this month · appears in the chat list with a notification · 1 article shareable · 2 images followers-only');
    assert.match(s.tooltip, /4 mass sends a calendar month/);
  });

  it('asks for the account type when it is missing, and handles an empty push', () => {
    const none = deliverySummary(parsePush('@text hi'));
    assert.strictEqual(none.title, 'Account type not set · 1 mass send today · 1 text message followers-only');
    assert.match(none.tooltip, /^Set `type: subscription` or `type: service`/);
    assert.strictEqual(deliverySummary(parsePush('---\ntype: service\n---\n')).title, 'Service account · no items yet · appears in the chat list with a notification');
  });
});

describe('language: status bar', () => {
  const doc = parsePush(SPEC_EXAMPLE);

  it('shows the title length and the rendered body size for the article under the cursor', () => {
    const s = statusAt(doc, offsetOf(doc, 'Body in'));
    // `<p>Body in <strong>markdown</strong>…</p>\n` is 42 characters.
    assert.strictEqual(s.text, 'Title 30/64 · Body 42/20,000');
    assert.strictEqual(s.level, 'ok');
    assert.strictEqual(statusAt(doc, offsetOf(doc, '@article Why')).text, 'Title 24/64 · Body 28/20,000');
  });

  it('counts an emoji with a modifier, a flag or a family as one character', () => {
    // `<p>👨‍👩‍👧</p>` and the line break: 9 characters.
    assert.strictEqual(statusAt(parsePush('@article 我❤️🇨🇳👍🏻👨‍👩‍👧\n\n👨‍👩‍👧\n'), 3).text, 'Title 5/64 · Body 9/20,000');
  });

  it('warns past 32 title characters and errs past 64', () => {
    assert.strictEqual(statusAt(parsePush(`@article ${'a'.repeat(33)}`), 3).level, 'warning');
    assert.strictEqual(statusAt(parsePush(`@article ${'a'.repeat(65)}`), 3).level, 'error');
  });

  it('shows the item count and sends outside articles', () => {
    assert.strictEqual(statusAt(doc, 5).text, '6 items · 5 sends');
    assert.strictEqual(statusAt(doc, offsetOf(doc, '@image')).text, '6 items · 5 sends');
    assert.strictEqual(statusAt(parsePush(''), 0).text, '0 items · 0 sends');
  });
});
