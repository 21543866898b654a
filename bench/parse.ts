// Parse benchmark: parsePush on the ~1 MB push vs markdown-it alone on the same article bodies.
import { parsePush, createMarkdown } from '../src/core/format';
import { generatePush } from './corpus';
import { compare, report } from './measure';

export function benchParse(): string {
  const push = generatePush();
  const md = createMarkdown();
  const r = compare(
    () => parsePush(push.text),
    () => {
      for (const b of push.bodies) md.parse(b, {});
    },
  );
  return report(`parse (${(push.text.length / 1e6).toFixed(2)} M chars, 8 articles)`, 'parsePush', 'markdown-it parse of the bodies', r, '≤ 1.3');
}
