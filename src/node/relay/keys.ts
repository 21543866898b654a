// The writers' keys of a relay: `name:key` or bare `key` entries, from WXPUSH_RELAY_KEYS
// (comma-separated) or a keys file (one entry a line, `#` comments). A key is a bearer secret, so
// it is compared in constant time and never logged: the log names the key by its name, or by a
// short fingerprint when it has none.
import { createHash, timingSafeEqual } from 'crypto';
import * as fs from 'fs';

export const MIN_KEY_LENGTH = 32;

export interface RelayKey {
  /** What the log calls this key: its name, or `key-` and the first 8 hex digits of its sha256. */
  name: string;
  /** sha256 of the key: what a presented key is compared against. */
  digest: Buffer;
}

export class KeyError extends Error {}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Parses entries; throws KeyError naming the entry (by position, never by value) that is wrong. */
export function parseKeys(entries: readonly string[], origin: string): RelayKey[] {
  const keys: RelayKey[] = [];
  entries.forEach((raw, i) => {
    const entry = raw.trim();
    if (!entry || entry.startsWith('#')) return;
    const colon = entry.indexOf(':');
    const name = colon > 0 ? entry.slice(0, colon).trim() : '';
    const key = colon > 0 ? entry.slice(colon + 1).trim() : entry;
    if (key.length < MIN_KEY_LENGTH) {
      throw new KeyError(`${origin}: key ${name ? `'${name}'` : `#${i + 1}`} is shorter than ${MIN_KEY_LENGTH} characters`);
    }
    if (/\s/.test(key)) throw new KeyError(`${origin}: key ${name ? `'${name}'` : `#${i + 1}`} contains white space`);
    const digest = sha256(key);
    keys.push({ name: name || `key-${digest.toString('hex').slice(0, 8)}`, digest });
  });
  return keys;
}

export function keysFromEnv(value: string | undefined): RelayKey[] {
  return value ? parseKeys(value.split(','), 'WXPUSH_RELAY_KEYS') : [];
}

export function keysFromFile(file: string): RelayKey[] {
  return parseKeys(fs.readFileSync(file, 'utf8').split(/\r?\n/), file);
}

/**
 * The key a bearer token matches, or undefined. Every stored key is compared (no early exit) on
 * digests of equal length, so the time taken says nothing about how close a guess was.
 */
export function matchKey(keys: readonly RelayKey[], presented: string): RelayKey | undefined {
  const digest = sha256(presented);
  let found: RelayKey | undefined;
  for (const k of keys) if (timingSafeEqual(k.digest, digest) && !found) found = k;
  return found;
}

/**
 * Keys that follow their file: the file is stat'ed at most once a second and re-read when it
 * changed, so revoking a key takes effect without a restart. A file that became unreadable or
 * invalid keeps the last good keys and reports the problem once.
 */
export class KeyRing {
  private fileKeys: RelayKey[] = [];
  private stamp = '';
  private checkedAt = 0;

  constructor(
    private readonly envKeys: RelayKey[],
    private readonly file: string | undefined,
    private readonly warn: (msg: string) => void,
    private readonly now: () => number = Date.now,
  ) {
    if (file) {
      this.fileKeys = keysFromFile(file); // a bad file at start is a usage error, thrown to the caller
      this.stamp = stampOf(file);
      this.checkedAt = now();
    }
  }

  get size(): number {
    return this.envKeys.length + this.fileKeys.length;
  }

  match(presented: string): RelayKey | undefined {
    this.refresh();
    return matchKey([...this.envKeys, ...this.fileKeys], presented);
  }

  /** Re-reads the keys file when it changed; `force` skips the once-a-second throttle. */
  refresh(force = false): void {
    if (!this.file) return;
    const t = this.now();
    if (!force && t - this.checkedAt < 1000) return;
    this.checkedAt = t;
    const stamp = stampOf(this.file);
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    try {
      this.fileKeys = keysFromFile(this.file);
      this.warn(`keys file re-read: ${this.fileKeys.length} key(s)`);
    } catch (e) {
      this.warn(`keys file not re-read, keeping the previous keys: ${(e as Error).message}`);
    }
  }
}

function stampOf(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return 'missing';
  }
}
