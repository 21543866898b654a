// The other pushes of a workspace, for the send-quota rule: every `.wxpush` file under a root,
// parsed once and summarized.
import * as fs from 'fs';
import * as path from 'path';
import { parsePush } from '../core/format/parse';
import { summarizePush } from '../core/rules/quota';
import type { PushSummary } from '../core/rules/types';
import { walkPushFiles } from './files';

function listPushFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => n.endsWith('.wxpush')).sort().map((n) => path.join(dir, n));
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
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    out.push(summarizePush(path.resolve(file), parsePush(text)));
  }
  return out;
}
