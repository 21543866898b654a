// The other pushes of a workspace, for the send-quota rule: every `.wxpush` file under a root,
// parsed once and summarized. Only regular files of a push's size are read: a pipe or a device
// named `*.wxpush` is passed over instead of blocking or filling memory.
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../core/format/parse';
import { summarizePush } from '../core/rules/quota';
import type { PushSummary } from '../core/rules/types';
import { walkPushFiles } from './files';
import { readPushBytesSync } from './regularFile';

function listPushFiles(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.name.endsWith('.wxpush') && (e.isFile() || e.isSymbolicLink()))
      .map((e) => e.name)
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

export function scanWorkspacePushes(root: string, recursive = true): PushSummary[] {
  const out: PushSummary[] = [];
  const files = recursive ? walkPushFiles(root) : listPushFiles(root);
  for (const file of files) {
    let text: string;
    try {
      text = readPushBytesSync(file).toString('utf8');
    } catch {
      continue;
    }
    out.push(summarizePush(path.resolve(file), parsePush(text)));
  }
  return out;
}
