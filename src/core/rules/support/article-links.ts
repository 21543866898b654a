// The links of every article body, for the rules that judge links (each link knows its item).
import type { BodyLink } from '../analysis';
import type { RuleContext } from '../rule';

export function* articleLinks(ctx: Pick<RuleContext, 'doc' | 'analysis'>): Generator<BodyLink> {
  for (const item of ctx.doc.items) if (item.kind === 'article') yield* ctx.analysis.article(item).links;
}
