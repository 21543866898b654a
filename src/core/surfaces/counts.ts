// Errors and warnings per item: each problem belongs to the item whose text holds its start.
// Problems outside every item (front matter, loose text) belong to none.
import type { PushDocument } from '../format/model';
import { itemAt } from '../format/queries';
import type { ItemCounts } from './types';

export interface CountedProblem {
  /** Offset of the problem's start in the document text. */
  start: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

export function countByItem(doc: PushDocument, problems: Iterable<CountedProblem>): ItemCounts[] {
  const counts: ItemCounts[] = doc.items.map(() => ({ errors: 0, warnings: 0 }));
  for (const p of problems) {
    if (p.severity !== 'error' && p.severity !== 'warning') continue;
    if (doc.items.length === 0 || p.start < doc.items[0].span.start) continue;
    const item = itemAt(doc, p.start);
    if (!item) continue;
    if (p.severity === 'error') counts[item.index].errors++;
    else counts[item.index].warnings++;
  }
  return counts;
}
