// The IO half of linting: resolves a document's media references and the workspace's other pushes
// through injected readers, so `lint` itself stays pure and synchronous.
import type { PushDocument } from '../format/model';
import { parsePush } from '../format/parse';
import type { MediaInfo, MediaReader } from '../media/types';
import { lint } from './engine';
import { summarizePush } from './quota';
import { collectMediaRefs } from './refs';
import type { LintContext, LintOptions, Problem, PushSummary, RulesConfig } from './types';

export interface LintIO {
  media?: MediaReader;
  /** The other `.wxpush` files of the workspace (this one may be included; it is filtered out). */
  workspacePushes?: () => Promise<{ file: string; doc: PushDocument }[] | PushSummary[]>;
}

export async function gatherContext(doc: PushDocument, io: LintIO, config?: RulesConfig, file?: string): Promise<LintContext> {
  const media = new Map<string, MediaInfo>();
  if (io.media) {
    const paths = [...new Set(collectMediaRefs(doc).filter((r) => !r.remote).map((r) => r.path))];
    await Promise.all(
      paths.map(async (p) => {
        try {
          media.set(p, await io.media!.info(p));
        } catch {
          // Unknown is not missing: a reader that fails says nothing about the file.
        }
      }),
    );
  }
  let otherPushes: PushSummary[] | undefined;
  if (io.workspacePushes) {
    try {
      const list = await io.workspacePushes();
      otherPushes = list.map((p) => ('doc' in p ? summarizePush(p.file, p.doc) : p)).filter((p) => p.file !== file);
    } catch {
      otherPushes = undefined;
    }
  }
  return { file, media, otherPushes, config };
}

/** Parse (if given text), gather and lint in one call. */
export async function lintWithIO(input: string | PushDocument, io: LintIO, options: LintOptions & { config?: RulesConfig; file?: string } = {}): Promise<Problem[]> {
  const doc = typeof input === 'string' ? parsePush(input) : input;
  const context = await gatherContext(doc, io, options.config, options.file);
  return lint(doc, context, options);
}
