// Publish planning: pure (no file system, no network). See src/node/publish for the IO around it.
export * from './types';
export * from './errors';
export * from './texts';
export * from './json';
export * from './plan';
export * from './draft';
export * from './appId';
