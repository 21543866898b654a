// The contract between the engine and the rules of the catalogue (one rule per file in ./catalogue).
import type { ItemKind, PushDocument, Span } from '../format/model';
import type { Analysis } from './analysis';
import type { Fix, LintContext, MediaRef, RelatedInformation, RuleTag, Severity } from './types';

/** What a rule reports; the engine turns it into a Problem (message text, final severity). */
export interface Finding {
  span: Span;
  /** Message template key under the rule id (`'<id>.<key>'`); absent = the rule's main template `'<id>'`. */
  key?: string;
  data?: Record<string, string | number>;
  /** A rule may pick a stronger or weaker level than its default (e.g. title-length: warning or error). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInformation[];
}

export interface RuleContext {
  doc: PushDocument;
  context: LintContext;
  /** Every file path the document refers to. */
  refs: readonly MediaRef[];
  /** Lazily computed facts about article bodies, shared by the rules. */
  analysis: Analysis;
  /** A localized string by full template key (for fix titles and message parts). */
  t(key: string, data?: Record<string, string | number>): string;
}

export interface RuleDefinition {
  /** Stable kebab-case id; also the docs page name `docs/rules/<id>.md`. */
  id: string;
  tags: readonly RuleTag[];
  defaultSeverity: Severity;
  check(ctx: RuleContext): Finding[];
  /**
   * The kinds of item the rule judges, each on its own: its findings for an item come from that
   * item's source text alone (not its index, the other items, the front matter or the lint
   * context) and lie inside it, and other kinds of item never have any. The engine then runs it
   * one item at a time (`ctx.doc.items` holds just that item) and, after an edit, reuses the
   * findings of the items the edit did not touch, moved.
   */
  perItem?: readonly ItemKind[];
}
