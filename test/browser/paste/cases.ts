// The articles the paste-survival test pastes: every golden case, the example documents and a
// long generated article.
import * as fs from 'fs';
import * as path from 'path';
import { parsePush, type Item, type PushDocument } from '../../../src/core/format';
import { articleBody } from '../../../bench/corpus';

export const ROOT = path.resolve(__dirname, '../../../..');

export interface PasteCase {
  name: string;
  doc: PushDocument;
  item: Item;
}

/** `markup`: only the golden cases and the showcase (every construct), not the long documents. */
export function pasteCases(only?: 'markup'): PasteCase[] {
  const out: PasteCase[] = [];
  const casesDir = path.join(ROOT, 'test/unit/render/cases');
  for (const f of fs.readdirSync(casesDir).filter((f) => f.endsWith('.md')).sort()) {
    const doc = parsePush(`@article ${f}\n\n${fs.readFileSync(path.join(casesDir, f), 'utf8')}`);
    out.push({ name: f.replace(/\.md$/, ''), doc, item: doc.items[0] });
  }
  // Every construct at once, the article the theme goldens and screenshots show.
  const showcase = parsePush(`@article Showcase\n\n${fs.readFileSync(path.join(ROOT, 'test/unit/render/themes/showcase.md'), 'utf8')}`);
  out.push({ name: 'theme showcase', doc: showcase, item: showcase.items[0] });
  if (only === 'markup') return out;
  const files = [path.join(ROOT, 'test/fixtures/spec-example.wxpush')];
  const examples = path.join(ROOT, 'examples');
  if (fs.existsSync(examples)) for (const f of fs.readdirSync(examples).sort()) if (f.endsWith('.wxpush')) files.push(path.join(examples, f));
  for (const file of files) {
    const doc = parsePush(fs.readFileSync(file, 'utf8'));
    for (const item of doc.items) if (item.kind === 'article') out.push({ name: `${path.basename(file)} #${item.index + 1}`, doc, item });
  }
  const long = parsePush(`@article Long\n\n${articleBody(40_000, 3)}\n`);
  out.push({ name: 'generated 40k-character article', doc: long, item: long.items[0] });
  return out;
}

/** The code blocks of an article as the reader should see them (tabs expanded to stops of 4). */
export function codeBlocks(item: Item): string[] {
  return (item.tokens ?? [])
    .filter((t) => t.type === 'fence' || t.type === 'code_block')
    .map((t) =>
      t.content
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => {
          let out = '';
          for (const c of l) out += c === '\t' ? ' '.repeat(4 - (out.length % 4)) : c;
          return out;
        })
        .join('\n'),
    );
}
