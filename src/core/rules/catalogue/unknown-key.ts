import type { Field } from '../../format/model';
import { frontMatterField } from '../../format/queries';
import { FRONT_MATTER_FIELDS, ITEM_FIELDS } from '../../format/schema';
import { closest } from '../../text/similarity';
import type { Finding, RuleContext, RuleDefinition } from '../rule';
import { RULE_TAGS } from '../types';
import { RULE_IDS } from './ids';

function unknown(ctx: RuleContext, field: Pick<Field, 'key' | 'keySpan'>, known: readonly string[], key: string, data: Record<string, string>): Finding {
  const suggestion = closest(field.key, known);
  return {
    span: field.keySpan,
    key,
    data: { ...data, key: field.key, hint: suggestion ? ctx.t('unknown-key.hint', { suggestion }) : '' },
    fixes: suggestion ? [{ title: ctx.t('fix.replace', { text: suggestion }), edits: [{ span: field.keySpan, newText: suggestion }], safe: true }] : undefined,
  };
}

export const unknownKey: RuleDefinition = {
  id: 'unknown-key',
  tags: ['delivery', 'format'],
  defaultSeverity: 'warning',
  check(ctx) {
    const { doc } = ctx;
    const out: Finding[] = [];
    const fmKeys = FRONT_MATTER_FIELDS.map((f) => f.key);
    // After a YAML error the parser's recovery splits keys off broken values (`more` out of
    // `account: "A⏎more: b"`); those are the error's follow-on, which the syntax rule reports.
    let broken = Infinity;
    for (const p of doc.problems) if (p.code === 'front-matter-yaml' && p.span.start < broken) broken = p.span.start;
    for (const f of doc.frontMatter?.fields ?? []) {
      if (!fmKeys.includes(f.key) && f.keySpan.start < broken) out.push(unknown(ctx, f, fmKeys, 'front-matter', {}));
    }
    for (const item of doc.items) {
      const keys = ITEM_FIELDS[item.kind].map((f) => f.key);
      for (const f of item.fields) if (!keys.includes(f.key)) out.push(unknown(ctx, f, keys, 'field', { kind: item.kind }));
    }
    // Keys of the `rules:` map must be rule ids or tags.
    const rules = frontMatterField(doc, 'rules');
    if (rules && rules.value && typeof rules.value === 'object' && !Array.isArray(rules.value)) {
      const known = [...RULE_IDS, ...RULE_TAGS];
      const text = doc.text.slice(rules.valueSpan.start, rules.valueSpan.end);
      for (const key of Object.keys(rules.value as object)) {
        if (known.includes(key)) continue;
        const m = new RegExp(`(^|[\\s{,])(${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*:`).exec(text);
        const start = m ? rules.valueSpan.start + m.index + m[1].length : rules.keySpan.start;
        const keySpan = m ? { start, end: start + key.length } : rules.keySpan;
        out.push(unknown(ctx, { key, keySpan }, known, 'rule', {}));
      }
    }
    // Rule ids in disable comments: a misspelled one silently disables nothing.
    for (const c of doc.comments) {
      for (const r of c.rules) {
        if (RULE_IDS.includes(r.text) || (RULE_TAGS as readonly string[]).includes(r.text)) continue;
        out.push(unknown(ctx, { key: r.text, keySpan: r.span }, [...RULE_IDS, ...RULE_TAGS], 'rule', {}));
      }
    }
    return out;
  },
};
