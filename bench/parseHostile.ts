// Hostile single-pattern pushes through parsePush at 64 KB, 256 KB and 1 MB, each against an
// ordinary push of the same size parsed in the same run. Linear growth keeps the ratio flat; a
// quadratic path would multiply it by about 4 from one size to the next.
import { parsePush } from '../src/core/format';
import { compare } from './measure';

const SIZES = [64 * 1024, 256 * 1024, 1024 * 1024];

function fill(head: string, piece: string, size: number): string {
  return (head + piece.repeat(Math.ceil((size - head.length) / piece.length))).slice(0, size);
}

const ORDINARY = (size: number) => fill('@article A\n\n', 'An ordinary paragraph of text, about as long as most.\n\n', size);

const PATTERNS: [string, (size: number) => string][] = [
  ['unclosed <!-- wxpush-disable (lines)', (n) => fill('@article A\n\n', '<!-- wxpush-disable\n', n)],
  ['unclosed <!-- wxpush-disable (one line)', (n) => fill('@text\n', '<!-- wxpush-disable ', n)],
  ['unclosed inline <!-- in paragraphs', (n) => fill('@article A\n\n', 'text <!-- a\n', n)],
  ['nested [ in a field', (n) => fill('@article A\ncover: ', '[', n)],
];

export function benchParseHostile(): string[] {
  const out = ['hostile input through parsePush (ratio to an ordinary push of the same size; flat = linear)'];
  for (const [name, make] of PATTERNS) {
    const cells: string[] = [];
    for (const size of SIZES) {
      const hostile = make(size);
      const ordinary = ORDINARY(size);
      const r = compare(() => parsePush(hostile), () => parsePush(ordinary), 5, 1);
      cells.push(`${size / 1024} KB ${r.a.toFixed(1)} ms (×${r.ratio.toFixed(2)})`);
    }
    out.push(`  ${name}: ${cells.join(', ')}`);
  }
  return out;
}
