// Small JSON files in the cache folder, shared by CLI runs and editor windows: read leniently,
// written atomically (temp file + rename), changed under a lock file so two processes never
// overwrite each other's entries.
import * as fs from 'fs';
import * as path from 'path';

export function readJsonFile<T>(file: string, fallback: T): T {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return v && typeof v === 'object' ? (v as T) : fallback;
  } catch {
    return fallback;
  }
}

export function writeJsonFile(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 1), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A lock older than this belongs to a process that died holding it. */
const STALE_MS = 30_000;
const WAIT_MS = 20_000;

/** Runs `fn` while holding `<file>.lock` (created exclusively); waits for another holder. */
export async function withFileLock<T>(file: string, fn: () => Promise<T> | T): Promise<T> {
  const lock = `${file}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const start = Date.now();
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx', 0o600));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > STALE_MS) fs.rmSync(lock, { force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() - start > WAIT_MS) throw new Error(`timed out waiting for the lock ${lock}`);
      await sleep(15 + Math.random() * 20);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** Read, change and write a JSON file under its lock. */
export async function updateJsonFile<T extends object>(file: string, fallback: T, change: (value: T) => void): Promise<T> {
  return withFileLock(file, () => {
    const value = readJsonFile<T>(file, fallback);
    change(value);
    writeJsonFile(file, value);
    return value;
  });
}
