// The access token cache: per AppID, in memory and in `token.json` in the cache folder, so CLI
// runs and every editor window share one token. A token counts as expired 300 s early (the
// platform rotates it 5 minutes before `expires_in`). One fetch at a time per AppID: in this
// process through a shared promise, across processes through the file's lock.
import * as path from 'path';
import { readJsonFile, withFileLock, writeJsonFile } from './fileStore';

export const TOKEN_FILE = 'token.json';
export const TOKEN_MARGIN_SECONDS = 300;

interface Entry {
  token: string;
  expiresAt: number;
}

const memory = new Map<string, Entry>();
const inflight = new Map<string, Promise<string>>();

export interface TokenSource {
  cacheDir: string;
  /** AppID, plus the API base when it is not WeChat's own. */
  key: string;
  fetch(): Promise<{ token: string; expiresIn: number }>;
  now?: () => number;
}

/**
 * A valid token for `source.key`. `stale` is a token the API just refused: it is not taken from
 * the cache again (a fresh one is fetched, in normal mode).
 */
export function getToken(source: TokenSource, stale?: string): Promise<string> {
  const file = path.join(source.cacheDir, TOKEN_FILE);
  const id = `${file}\u0000${source.key}`;
  const now = source.now ?? Date.now;
  const hit = memory.get(id);
  if (hit && hit.token !== stale && hit.expiresAt > now()) return Promise.resolve(hit.token);
  const running = inflight.get(id);
  if (running) return running;
  const p = withFileLock(file, async () => {
    const stored = readJsonFile<Record<string, Entry>>(file, {})[source.key];
    if (stored && typeof stored.token === 'string' && stored.token !== stale && stored.expiresAt > now()) {
      memory.set(id, stored);
      return stored.token;
    }
    const got = await source.fetch();
    const entry = { token: got.token, expiresAt: now() + Math.max(0, got.expiresIn - TOKEN_MARGIN_SECONDS) * 1000 };
    memory.set(id, entry);
    const all = readJsonFile<Record<string, Entry>>(file, {});
    all[source.key] = entry;
    writeJsonFile(file, all);
    return entry.token;
  }).finally(() => inflight.delete(id));
  inflight.set(id, p);
  return p;
}

/** Forgets a token everywhere (memory and file), e.g. before a forced refresh. */
export async function dropToken(cacheDir: string, key: string): Promise<void> {
  const file = path.join(cacheDir, TOKEN_FILE);
  memory.delete(`${file}\u0000${key}`);
  await withFileLock(file, () => {
    const all = readJsonFile<Record<string, Entry>>(file, {});
    if (key in all) {
      delete all[key];
      writeJsonFile(file, all);
    }
  });
}

/** Stores a token fetched outside `getToken` (a forced refresh). */
export async function storeToken(cacheDir: string, key: string, token: string, expiresIn: number, now = Date.now()): Promise<void> {
  const file = path.join(cacheDir, TOKEN_FILE);
  const entry = { token, expiresAt: now + Math.max(0, expiresIn - TOKEN_MARGIN_SECONDS) * 1000 };
  memory.set(`${file}\u0000${key}`, entry);
  await withFileLock(file, () => {
    const all = readJsonFile<Record<string, Entry>>(file, {});
    all[key] = entry;
    writeJsonFile(file, all);
  });
}

/** Test hook: forget the in-memory cache (as a new process would start). */
export function clearTokenMemory(): void {
  memory.clear();
}
