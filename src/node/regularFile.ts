// Reading the files a push names without trusting what they are. A path can be a folder, a device
// (`/dev/zero` never ends), a named pipe (opening one blocks a thread until someone writes to it), a
// socket, or a symbolic link that loops. Only regular files are read, only up to a given number of
// bytes, and never for longer than a timeout.
import * as fs from 'fs';
import type { UnreadableReason } from '../core/media/types';

export type PathStat = { kind: 'file'; size: number; mtimeMs: number } | { kind: 'missing' } | { kind: UnreadableReason };

/** A path that names something other than a regular file, or a read that did not finish in time. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
  ) {
    super(`${file}: ${describeUnreadable(reason)}`);
  }
}

/** What the CLI says about an unreadable path (the editor uses the rule and hover messages). */
export function describeUnreadable(reason: UnreadableReason): string {
  switch (reason) {
    case 'directory':
      return 'a folder, not a file';
    case 'link-loop':
      return 'a symbolic link that loops';
    case 'timeout':
      return 'did not answer in time';
    default:
      return 'not a regular file';
  }
}

/** Default time a single file may take to open and read. */
export const READ_TIMEOUT_MS = 5000;

// Opening with O_NONBLOCK returns at once for a pipe with no writer (instead of waiting for one);
// a regular file reads the same either way. Windows has neither pipes in the file system nor the flag.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function kindOf(st: fs.Stats): PathStat {
  if (st.isFile()) return { kind: 'file', size: st.size, mtimeMs: st.mtimeMs };
  if (st.isDirectory()) return { kind: 'directory' };
  return { kind: 'not-regular' };
}

function errorKind(e: unknown): PathStat | undefined {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'ELOOP') return { kind: 'link-loop' };
  return undefined;
}

/** What a path is (following symbolic links); other errors (permissions) are thrown. */
export async function statPath(file: string): Promise<PathStat> {
  try {
    return kindOf(await fs.promises.stat(file));
  } catch (e) {
    const k = errorKind(e);
    if (k) return k;
    throw e;
  }
}

export function statPathSync(file: string): PathStat {
  try {
    return kindOf(fs.statSync(file));
  } catch (e) {
    const k = errorKind(e);
    if (k) return k;
    throw e;
  }
}

function check(file: string, st: PathStat): asserts st is Extract<PathStat, { kind: 'file' }> {
  if (st.kind === 'missing') throw Object.assign(new Error(`ENOENT: no such file, open '${file}'`), { code: 'ENOENT', path: file });
  if (st.kind !== 'file') throw new UnreadableFileError(file, st.kind);
}

/**
 * The first `maxBytes` bytes of a regular file, and its full size. Throws UnreadableFileError for
 * anything else (checked again on the opened handle, so a swap after the first look changes
 * nothing) and when opening and reading take longer than `timeoutMs`.
 */
export async function readRegularFile(file: string, maxBytes: number, timeoutMs = READ_TIMEOUT_MS): Promise<{ bytes: Buffer; size: number }> {
  check(file, await statPath(file));
  let timedOut = false;
  const work = (async () => {
    const handle = await fs.promises.open(file, OPEN_FLAGS);
    try {
      if (timedOut) return { bytes: Buffer.alloc(0), size: 0 };
      const st = kindOf(await handle.stat());
      check(file, st);
      const want = Math.min(st.size, maxBytes);
      const buf = Buffer.alloc(want);
      let got = 0;
      while (got < want && !timedOut) {
        const { bytesRead } = await handle.read(buf, got, want - got, got);
        if (!bytesRead) break;
        got += bytesRead;
      }
      return { bytes: buf.subarray(0, got), size: st.size };
    } finally {
      await handle.close();
    }
  })();
  return withReadTimeout(work, file, timeoutMs, () => (timedOut = true));
}

/** `work`, or an UnreadableFileError('timeout') for `file` once `timeoutMs` have passed (then `onTimeout` runs). */
export async function withReadTimeout<T>(work: Promise<T>, file: string, timeoutMs: number, onTimeout: () => void = () => undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new UnreadableFileError(file, 'timeout'));
    }, timeoutMs);
  });
  work.catch(() => undefined); // a late failure after the timeout has nobody left to tell
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The synchronous form, for small files read before anything else starts (configuration, pushes). */
export function readRegularFileSync(file: string, maxBytes: number): { bytes: Buffer; size: number } {
  check(file, statPathSync(file));
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    const st = kindOf(fs.fstatSync(fd));
    check(file, st);
    const want = Math.min(st.size, maxBytes);
    const buf = Buffer.alloc(want);
    let got = 0;
    while (got < want) {
      const n = fs.readSync(fd, buf, got, want - got, got);
      if (!n) break;
      got += n;
    }
    return { bytes: buf.subarray(0, got), size: st.size };
  } finally {
    fs.closeSync(fd);
  }
}

/** Pushes are text of a few hundred KB; anything over this is not one and is not read. */
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(
    readonly file: string,
    readonly size: number,
  ) {
    super(`${file}: ${size} bytes, more than a push can hold (${MAX_PUSH_BYTES} bytes)`);
  }
}

/** A push file's bytes: a regular file of at most MAX_PUSH_BYTES. */
export function readPushBytesSync(file: string): Buffer {
  const { bytes, size } = readRegularFileSync(file, MAX_PUSH_BYTES);
  if (size > MAX_PUSH_BYTES) throw new FileTooLargeError(file, size);
  return bytes;
}
