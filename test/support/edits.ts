// Random edits as an author makes them, for the tests that compare the incremental parse and lint
// with a full one: typing, deleting, and pasting pieces that change the structure (directives,
// fences, comments, front matter lines, fields).
import type { ChangedRange } from '../../src/core/format/incremental';

/** What an author types or deletes: structure-changing pieces weigh as much as plain text. */
export const TYPED = [
  'x', 'ab', ' ', '中', '\n', '\n\n', '\r\n', '@', '@article', '@article New\n', '\n@text hi\n', '\n@image a.png\n', '@artcle ',
  '\n@video v.mp4\ntitle: T\n', '```', '```\n', '~~~\n', '    ```', '<!--', '-->', '<!-- wxpush-disable -->\n', '<!-- wxpush-enable -->',
  '<!-- a\n@text hidden\n-->', '---', '---\n', '...\n', 'title: ', 'cover: c.jpg\n', 'digest: "', 'tags: [a, {b: ', '  nested: 1\n',
  '\\@text', '- ', '# ', '| a |\n|---|\n', '<script>', '[l](http://x.y)', '\uFEFF', '\uD800',
  '^[note]', '[^1]', '[^1]: a note\n', '[r]: http://r.s\n',
];

export interface Edit {
  text: string;
  range: ChangedRange;
  changes: { rangeOffset: number; rangeLength: number; text: string }[];
}

export function randomEdit(text: string, r: () => number): Edit {
  // Half the edits start at a line start, where directives, fences and fields live.
  let at = Math.floor(r() * (text.length + 1));
  if (r() < 0.5) {
    const nl = text.lastIndexOf('\n', at - 1);
    at = nl + 1;
  }
  const kind = r();
  let removed = 0;
  let inserted = '';
  if (kind < 0.45) inserted = TYPED[Math.floor(r() * TYPED.length)];
  else if (kind < 0.75) removed = Math.min(text.length - at, 1 + Math.floor(r() * (r() < 0.8 ? 3 : 300)));
  else {
    removed = Math.min(text.length - at, Math.floor(r() * 40));
    inserted = TYPED[Math.floor(r() * TYPED.length)] + (r() < 0.3 ? TYPED[Math.floor(r() * TYPED.length)] : '');
  }
  const next = text.slice(0, at) + inserted + text.slice(at + removed);
  return {
    text: next,
    range: { start: at, oldEnd: at + removed, newEnd: at + inserted.length },
    changes: [{ rangeOffset: at, rangeLength: removed, text: inserted }],
  };
}

