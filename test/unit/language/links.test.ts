import * as assert from 'assert';
import { parsePush } from '../../../src/core/format';
import { buildLinks } from '../../../src/core/language';
import { SPEC_EXAMPLE, textOf } from './helpers';

describe('language: document links', () => {
  it('links every media path and the source URL of the example, each span exactly the path', () => {
    const doc = parsePush(SPEC_EXAMPLE);
    const links = buildLinks(doc);
    assert.deepStrictEqual(
      links.map((l) => [textOf(doc, l.span), l.target.type]),
      [
        ['media/avatar.png', 'file'],
        ['media/cover.jpg', 'file'],
        ['https://example.com/episode-41', 'url'],
        ['media/share.png', 'file'],
        ['media/poster.png', 'file'],
        ['media/episode-41.mp3', 'file'],
        ['media/clip.mp4', 'file'],
        ['media/clip-cover.jpg', 'file'],
      ],
    );
  });

  it('links images in article bodies, markdown and HTML, but not inside code', () => {
    const doc = parsePush('@article A\n\n![one](media/one.png "t") <img alt="x" src="media/two.jpg">\n\n    ![indented](code.png)\n\n```\n![fenced](code.png)\n```\n![remote](https://example.com/r.png)\n');
    assert.deepStrictEqual(
      buildLinks(doc).map((l) => [textOf(doc, l.span), l.target.type]),
      [
        ['media/one.png', 'file'],
        ['media/two.jpg', 'file'],
        ['https://example.com/r.png', 'url'],
      ],
    );
  });

  it('does not link a text item or other schemes', () => {
    const doc = parsePush('@text media/a.png\n@image data:image/png;base64,xx\n@article A\nsource: mailto:me@example.com\n');
    assert.deepStrictEqual(buildLinks(doc), []);
  });
});
