// The editor's lint IO: media facts through vscode.workspace.fs (works for remote and virtual
// workspaces), `.wxpushrc.json` lookup, and a cache of the workspace's other pushes for the quota.
import * as vscode from 'vscode';
import { parsePush } from '../../core/format/parse';
import { probeMedia } from '../../core/media/probe';
import { isNetworkPath, mediaKindOfPath } from '../../core/language/mediaPaths';
import type { MediaInfo, MediaKind, MediaReader } from '../../core/media/types';
import { mediaReadLimit, readMediaFile } from '../../node/mediaReader';
import { MAX_PUSH_BYTES, READ_TIMEOUT_MS, statPath } from '../../node/regularFile';
import { summarizePush } from '../../core/rules/quota';
import { readRulesConfig } from '../../core/rules/severity';
import type { PushSummary, RulesConfig } from '../../core/rules/types';

export const PUSH_GLOB = '**/*.wxpush';
export const PUSH_EXCLUDE = '**/node_modules/**';

function resolveUri(base: vscode.Uri, written: string): vscode.Uri {
  const p = written.trim().replace(/[?#].*$/, '');
  if (/^file:\/\//i.test(p)) return vscode.Uri.parse(p);
  let decoded = p;
  try {
    decoded = decodeURIComponent(p);
  } catch {
    /* as written */
  }
  if (/^(?:\/|[A-Za-z]:[\\/])/.test(decoded)) return vscode.Uri.file(decoded);
  return vscode.Uri.joinPath(base, decoded);
}

/** Media facts by URI, reused while the file's size and modification time stay the same: a lint
 * runs after every pause in typing and must not re-read every picture and clip each time. */
const mediaCache = new Map<string, { mtime: number; size: number; info: MediaInfo }>();

/**
 * Only regular files are read, and only as far as their kind needs: a path that is a pipe, a
 * device (`/dev/zero`), a folder or a looping link is reported as such and never opened, so it can
 * neither block the extension host's file threads nor fill its memory. Local files go through the
 * same Node reader as the CLI; other file systems through `vscode.workspace.fs`.
 */
export class WorkspaceMediaReader implements MediaReader {
  constructor(private readonly folder: vscode.Uri) {}

  async info(written: string): Promise<MediaInfo> {
    // Never touch another machine: unknown, not missing (the rules treat the path as remote).
    if (isNetworkPath(written)) throw new Error(`not a local path: ${written}`);
    const uri = resolveUri(this.folder, written);
    return uri.scheme === 'file' ? localInfo(uri) : remoteFsInfo(uri, mediaKindOfPath(uri.path));
  }
}

async function localInfo(uri: vscode.Uri): Promise<MediaInfo> {
  const file = uri.fsPath;
  const st = await statPath(file);
  if (st.kind === 'missing') return { exists: false };
  if (st.kind !== 'file') return { exists: false, unreadable: st.kind };
  const key = uri.toString();
  const hit = mediaCache.get(key);
  if (hit && hit.mtime === st.mtimeMs && hit.size === st.size) return hit.info;
  const info = await readMediaFile(file);
  if (info.exists) mediaCache.set(key, { mtime: st.mtimeMs, size: st.size, info });
  return info;
}

async function remoteFsInfo(uri: vscode.Uri, kind: MediaKind | undefined): Promise<MediaInfo> {
  let stat: vscode.FileStat;
  try {
    stat = await withTimeout(vscode.workspace.fs.stat(uri));
  } catch (e) {
    // Only "not found" means missing; any other failure leaves the file unknown (no problem reported).
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { exists: false };
    if (e === TIMED_OUT) return { exists: false, unreadable: 'timeout' };
    throw e;
  }
  if (stat.type & vscode.FileType.Directory) return { exists: false, unreadable: 'directory' };
  if (!(stat.type & vscode.FileType.File)) return { exists: false, unreadable: 'not-regular' };
  const key = uri.toString();
  const hit = mediaCache.get(key);
  if (hit && hit.mtime === stat.mtime && hit.size === stat.size) return hit.info;
  // This API reads whole files only: past the kind's limit, the size is all that is known.
  let info: MediaInfo;
  if (mediaReadLimit(kind, stat.size) < stat.size) info = { exists: true, size: stat.size };
  else {
    try {
      info = { exists: true, ...probeMedia(await withTimeout(vscode.workspace.fs.readFile(uri)), stat.size) };
    } catch (e) {
      if (e === TIMED_OUT) return { exists: false, unreadable: 'timeout' };
      throw e;
    }
  }
  mediaCache.set(key, { mtime: stat.mtime, size: stat.size, info });
  return info;
}

const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(p: Thenable<T>, ms = READ_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    Promise.resolve(p),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(TIMED_OUT), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

/**
 * The nearest `.wxpushrc.json` from the document's folder up to the first boundary: its workspace
 * folder or a repository root (a folder holding `.git`), as the CLI does. With no boundary above
 * (a file outside every workspace and repository), only the document's own folder.
 */
export async function loadRcConfig(uri: vscode.Uri): Promise<RulesConfig> {
  for (const dir of await rcSearchDirs(uri)) {
    const candidate = vscode.Uri.joinPath(dir, '.wxpushrc.json');
    try {
      // Only a regular file is read: a pipe named like it would block a file-reading thread.
      const stat = await withTimeout(vscode.workspace.fs.stat(candidate));
      if (!(stat.type & vscode.FileType.File) || stat.size > 1024 * 1024) continue;
      const bytes = await withTimeout(vscode.workspace.fs.readFile(candidate));
      const json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
      return readRulesConfig(json?.rules);
    } catch {
      /* not there or not valid JSON (the JSON schema reports the latter in the file itself) */
    }
  }
  return {};
}

async function rcSearchDirs(uri: vscode.Uri): Promise<vscode.Uri[]> {
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
  const first = folderOf(uri);
  const dirs: vscode.Uri[] = [];
  let dir = first;
  for (let i = 0; i < 64; i++) {
    dirs.push(dir);
    if (root && dir.toString() === root.toString()) return dirs;
    if (await exists(vscode.Uri.joinPath(dir, '.git'))) return dirs;
    const parent = folderOf(dir);
    if (parent.toString() === dir.toString()) break;
    dir = parent;
  }
  return [first];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await withTimeout(vscode.workspace.fs.stat(uri));
    return true;
  } catch {
    return false;
  }
}

/**
 * The `wxpush.rules` setting, then the nearest `.wxpushrc.json` over it. The file lookup walks up
 * the folders, so its result is kept per folder in `rcCache` (cleared when a `.wxpushrc.json`
 * changes) instead of being read again on every keystroke's lint.
 */
export async function rulesConfigFor(uri: vscode.Uri, rcCache?: Map<string, Promise<RulesConfig>>): Promise<RulesConfig> {
  const setting = readRulesConfig(vscode.workspace.getConfiguration('wxpush', uri).get('rules'));
  const folder = folderOf(uri).toString();
  let rc = rcCache?.get(folder);
  if (!rc) {
    rc = loadRcConfig(uri);
    rcCache?.set(folder, rc);
  }
  return { ...setting, ...(await rc) };
}

/** Summaries of every push in the workspace, kept fresh by a file watcher and by open documents. */
export class WorkspacePushes implements vscode.Disposable {
  private summaries = new Map<string, PushSummary>();
  private loaded: Promise<void> | undefined;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when another push was created, changed on disk or deleted. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher(PUSH_GLOB);
    this.watcher.onDidCreate((u) => this.refresh(u));
    this.watcher.onDidChange((u) => this.refresh(u));
    this.watcher.onDidDelete((u) => {
      this.summaries.delete(u.toString());
      this.changeEmitter.fire();
    });
  }

  private async refresh(uri: vscode.Uri, notify = true) {
    if (uri.path.includes('/node_modules/')) return;
    try {
      // A pipe or device named `*.wxpush` is never opened, and nothing past a push's size is read.
      const stat = await withTimeout(vscode.workspace.fs.stat(uri));
      if (!(stat.type & vscode.FileType.File) || stat.size > MAX_PUSH_BYTES) throw new Error('not a push file');
      const text = new TextDecoder().decode(await withTimeout(vscode.workspace.fs.readFile(uri)));
      this.summaries.set(uri.toString(), summarizePush(uri.toString(), parsePush(text)));
    } catch {
      this.summaries.delete(uri.toString());
    }
    if (notify) this.changeEmitter.fire();
  }

  /** Back to the file on disk (an editor closed without saving). */
  reload(uri: vscode.Uri) {
    if (this.summaries.has(uri.toString())) void this.refresh(uri, false);
  }

  /** An open document's live text wins over the file on disk. */
  update(uri: vscode.Uri, summary: PushSummary) {
    this.summaries.set(uri.toString(), summary);
  }

  async all(): Promise<PushSummary[]> {
    this.loaded ??= (async () => {
      const uris = await vscode.workspace.findFiles(PUSH_GLOB, PUSH_EXCLUDE);
      // No change events for the first scan: whoever awaits it lints with the complete list.
      await Promise.all(uris.filter((u) => !this.summaries.has(u.toString())).map((u) => this.refresh(u, false)));
    })();
    await this.loaded;
    return [...this.summaries.values()];
  }

  dispose() {
    this.watcher.dispose();
    this.changeEmitter.dispose();
  }
}
