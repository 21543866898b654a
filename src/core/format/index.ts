export * from './model';
export * from './lines';
export * from './parse';
export * from './queries';
export * from './schema';
export { createMarkdown, sharedMarkdown } from './markdown';
export { reparsePush, itemOrigin, moveSpans, changedRangeOf, composeRanges, diffRange, type ChangedRange, type ContentChange } from './incremental';
