export * from './types';
export * from './labels';
export { buildPreview, moreLabel, type SurfaceOptions, type RenderedBody } from './build';
export { autoDigest, textSegments, tokensPlainText, AUTO_DIGEST_CHARS } from './text';
export type * from './protocol';
export { countByItem, type CountedProblem } from './counts';
export { parsePushDate, listTime, pageDate } from './time';
export type { DraftLinkView } from './draftLink';
export { buildServiceBox, FOLLOWING_SHOWN, type FollowingEntry, type ServiceBoxSurface } from './serviceBox';
