import * as assert from 'assert';
import { buildCompletions, type CompletionEntry, type CompletionInput } from '../../../src/core/language';
import { withCursor } from './helpers';

const FILES = ['media/cover.jpg', 'media/poster.png', 'media/episode.mp3', 'media/clip.mp4', 'notes.txt'];
const RULES = ['title-length', 'external-link', 'digest-missing'];

function complete(text: string, input: CompletionInput = { files: FILES, ruleIds: RULES }): { entries: CompletionEntry[]; labels: string[]; typed: (e: CompletionEntry) => string } {
  const { doc, offset } = withCursor(text);
  const entries = buildCompletions(doc, offset, input);
  return { entries, labels: entries.map((e) => e.label), typed: (e) => doc.text.slice(e.replace.start, e.replace.end) };
}

describe('language: completion', () => {
  it('offers the five item directives at column 0, as snippets replacing what was typed', () => {
    const { entries, labels, typed } = complete('@article A\n\nBody\n\n@a|');
    assert.deepStrictEqual(labels, ['@article', '@text', '@image', '@audio', '@video']);
    assert.ok(entries.every((e) => e.snippet && typed(e) === '@a'));
    assert.match(entries[0].insertText, /^@article \$\{1:Title\}\n/);
    assert.match(entries[0].documentation!, /only content followers can share/);
  });

  it('puts the media files found as choices into the @image, @audio and @video snippets', () => {
    const { entries } = complete('@|');
    const image = entries.find((e) => e.label === '@image')!;
    assert.strictEqual(image.insertText, '@image ${1|media/cover.jpg,media/poster.png|}');
    const audio = entries.find((e) => e.label === '@audio')!;
    assert.strictEqual(audio.insertText, '@audio ${1|media/episode.mp3|}\ntitle: ${2:Title}');
    // Without files the placeholder stays.
    const bare = complete('@|', {}).entries.find((e) => e.label === '@image')!;
    assert.strictEqual(bare.insertText, '@image ${1:media/image.png}');
  });

  it('offers no directive inside a fenced code block, nor after text on the line', () => {
    assert.deepStrictEqual(complete('@article A\n\n```\n@|\n```').labels, []);
    assert.deepStrictEqual(complete('@article A\n\nsome @|').labels, []);
  });

  it('offers directives between items and after the front matter too, but not inside the front matter', () => {
    assert.deepStrictEqual(complete('@text hi\n@|').labels, ['@article', '@text', '@image', '@audio', '@video']);
    assert.deepStrictEqual(complete('---\na: b\n---\n@i|').labels, ['@article', '@text', '@image', '@audio', '@video']);
    assert.ok(!complete('---\n|\n---').labels.includes('@article'));
  });

  it('offers front-matter keys not yet set, and the values of a key', () => {
    assert.deepStrictEqual(complete('---\naccount: A\n|\n---').labels, ['type', 'verified', 'avatar', 'date', 'rules', 'theme']);
    const type = complete('---\ntype: s|\n---');
    assert.deepStrictEqual(type.labels, ['subscription', 'service']);
    assert.strictEqual(type.typed(type.entries[0]), 's');
    assert.deepStrictEqual(complete('---\nverified: |\n---').labels, ['true', 'false']);
    assert.deepStrictEqual(complete('---\navatar: |\n---').labels, ['media/cover.jpg', 'media/poster.png']);
    assert.deepStrictEqual(complete('---\ndate: |\n---', { today: '2026-11-25' }).labels, ['2026-11-25']);
  });

  it('offers rule ids and severities inside the front matter `rules:` map', () => {
    assert.deepStrictEqual(complete('---\nrules:\n  ti|\n---').labels, RULES);
    assert.deepStrictEqual(complete('---\nrules:\n  title-length: |\n---').labels, ['off', 'info', 'warning', 'error']);
  });

  it('offers the fields of the item type that are not yet present, in the field block only', () => {
    assert.deepStrictEqual(complete('@article A\ntitle: T\n|').labels, ['@article', '@text', '@image', '@audio', '@video', 'author', 'cover', 'digest', 'source', 'comments', 'original']);
    assert.deepStrictEqual(complete('@video v.mp4\nde|').labels, ['title', 'description', 'cover']);
    assert.deepStrictEqual(complete('@audio a.mp3\nt|').labels, ['title']);
    // After the body started, a word is body text.
    assert.deepStrictEqual(complete('@article A\n\nBody\nau|').labels, []);
    // Text items have no fields.
    assert.deepStrictEqual(complete('@text hi\nau|').labels, []);
  });

  it('offers enum and boolean values of item fields, and files of the right kind for paths', () => {
    assert.deepStrictEqual(complete('@article A\ncomments: |').labels, ['off', 'all', 'followers']);
    assert.deepStrictEqual(complete('@article A\noriginal: t|').labels, ['true', 'false']);
    const cover = complete('@article A\ncover: med|');
    assert.deepStrictEqual(cover.labels, ['media/cover.jpg', 'media/poster.png']);
    assert.strictEqual(cover.typed(cover.entries[0]), 'med');
    assert.deepStrictEqual(complete('@video v.mp4\ncover: |').labels, ['media/cover.jpg', 'media/poster.png']);
  });

  it('offers media files of the item kind after @image, @audio and @video, and images in markdown image links', () => {
    assert.deepStrictEqual(complete('@audio |').labels, ['media/episode.mp3']);
    assert.deepStrictEqual(complete('@video media/c|').labels, ['media/clip.mp4']);
    assert.deepStrictEqual(complete('@image |').labels, ['media/cover.jpg', 'media/poster.png']);
    assert.deepStrictEqual(complete('@article A\n\nSee ![a poster](m|').labels, ['media/cover.jpg', 'media/poster.png']);
  });

  it('offers the comment kinds, then rule ids not yet listed, inside wxpush comments', () => {
    assert.deepStrictEqual(complete('<!-- wx|').labels, ['wxpush-disable', 'wxpush-enable', 'wxpush-disable-next-line']);
    const ids = complete('@article A\n\n<!-- wxpush-disable title-length ext|');
    assert.deepStrictEqual(ids.labels, ['external-link', 'digest-missing']);
    assert.strictEqual(ids.typed(ids.entries[0]), 'ext');
    assert.deepStrictEqual(complete('<!-- wxpush-disable-next-line |').labels, RULES);
    // A closed comment is done.
    assert.deepStrictEqual(complete('<!-- wxpush-disable --> |').labels, []);
  });
});
