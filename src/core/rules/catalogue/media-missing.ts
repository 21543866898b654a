import type { Finding, RuleDefinition } from '../rule';

export const mediaMissing: RuleDefinition = {
  id: 'media-missing',
  tags: ['media'],
  defaultSeverity: 'error',
  check({ doc, refs, context }) {
    const out: Finding[] = [];
    for (const item of doc.items) {
      if ((item.kind === 'image' || item.kind === 'audio' || item.kind === 'video') && !item.argument) out.push({ span: item.directiveSpan, key: 'none', data: { kind: item.kind } });
    }
    for (const ref of refs) {
      if (ref.remote) continue;
      const info = context.media?.get(ref.path);
      if (info && !info.exists) out.push({ span: ref.span, key: info.unreadable, data: { path: ref.path } });
    }
    return out;
  },
};
