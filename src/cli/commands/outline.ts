// `wxpush outline FILE…`: prints the structure the parser sees (front matter, items, fields).
import { itemLabel, parsePush, type PushDocument } from '../../core/format';
import { readPushBytesSync } from '../../node/regularFile';
import { UsageError } from '../args';

export function formatOutline(file: string, doc: PushDocument): string {
  const pos = (o: number) => {
    const p = doc.lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [file];
  if (doc.frontMatter) {
    const fm = doc.frontMatter.fields.map((f) => `${f.key}=${typeof f.value === 'object' ? JSON.stringify(f.value) : String(f.value)}`);
    out.push(`  front matter ${pos(doc.frontMatter.span.start)}  ${fm.join('  ')}`);
  }
  for (const item of doc.items) {
    out.push(`  ${pos(item.span.start).padEnd(7)} @${item.kind.padEnd(8)} ${itemLabel(item)}`);
    for (const f of item.fields) out.push(`            ${f.key}: ${f.raw}`);
  }
  for (const u of doc.unknownDirectives) out.push(`  ${pos(u.span.start).padEnd(7)} @${u.name} (unknown; did you mean @${u.suggestion}?)`);
  for (const p of doc.problems) out.push(`  ${pos(p.span.start).padEnd(7)} problem: ${p.message}`);
  return out.join('\n');
}

export function runOutline(files: string[], write: (s: string) => void): number {
  if (!files.length) throw new UsageError('outline needs at least one file');
  for (const file of files) write(formatOutline(file, parsePush(readPushBytesSync(file).toString('utf8'))) + '\n');
  return 0;
}
