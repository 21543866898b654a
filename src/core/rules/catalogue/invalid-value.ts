// Values of the wrong type. `type` is account-type's job and `source` is source-url's.
import type { Field } from '../../format/model';
import { fieldSpec } from '../../format/schema';
import { closest } from '../../text/similarity';
import { readPushDate } from '../quota';
import type { Finding, RuleContext, RuleDefinition } from '../rule';
import { isSeveritySetting } from '../severity';

const BOOLEAN_WORDS: Record<string, string> = { yes: 'true', no: 'false', on: 'true', off: 'false', y: 'true', n: 'false', '1': 'true', '0': 'false' };

function replace(ctx: RuleContext, field: Pick<Field, 'valueSpan'>, text: string, safe = true) {
  return [{ title: ctx.t('fix.replace', { text }), edits: [{ span: field.valueSpan, newText: text }], safe }];
}

function checkField(ctx: RuleContext, kind: Parameters<typeof fieldSpec>[0], field: Field, out: Finding[]) {
  const spec = fieldSpec(kind, field.key);
  if (!spec || field.value === null || field.value === undefined) return;
  const v = field.value;
  const raw = field.raw;
  switch (spec.value.type) {
    case 'enum': {
      if (kind === 'front-matter' && field.key === 'type') return;
      const values = spec.value.values;
      const s = typeof v === 'string' ? v.trim() : String(v);
      if (values.includes(s)) return;
      const suggestion = values.find((x) => x === s.toLowerCase()) ?? (typeof v === 'boolean' && field.key === 'comments' && !v ? 'off' : closest(s, values));
      out.push({
        span: field.valueSpan,
        key: 'enum',
        data: { value: raw, key: field.key, values: values.map((x) => `\`${x}\``).join(', '), hint: suggestion ? ctx.t('unknown-key.hint', { suggestion }) : '' },
        fixes: suggestion ? replace(ctx, field, suggestion) : undefined,
      });
      return;
    }
    case 'boolean': {
      if (typeof v === 'boolean') return;
      const word = BOOLEAN_WORDS[String(v).trim().toLowerCase()];
      out.push({ span: field.valueSpan, key: 'boolean', data: { key: field.key, value: raw }, fixes: word ? replace(ctx, field, word) : undefined });
      return;
    }
    case 'date': {
      const date = readPushDate(v);
      if (!date.ok) out.push(date.shape === 'no-such-day' ? { span: field.valueSpan, key: 'no-such-day', data: { value: raw, day: date.day } } : { span: field.valueSpan, key: 'date', data: { value: raw } });
      return;
    }
    case 'string':
    case 'path':
      if (typeof v === 'object') out.push({ span: field.valueSpan, key: 'string', data: { key: field.key } });
      return;
    case 'rules': {
      if (typeof v !== 'object' || Array.isArray(v)) {
        out.push({ span: field.valueSpan, key: 'rules' });
        return;
      }
      const text = ctx.doc.text;
      for (const [k, sev] of Object.entries(v as Record<string, unknown>)) {
        if (sev === false || (typeof sev === 'string' && isSeveritySetting(sev.toLowerCase()))) continue;
        // Point at the value after `key:` inside the map.
        const keyAt = findKey(text, field.valueSpan.start, field.valueSpan.end, k);
        let span = field.valueSpan;
        if (keyAt !== -1) {
          let s = keyAt + k.length;
          while (s < field.valueSpan.end && /[\s:'"]/.test(text[s])) s++;
          let e = s;
          while (e < field.valueSpan.end && !/[\s,}'"#]/.test(text[e])) e++;
          span = { start: s, end: Math.max(e, s) };
        }
        const shown = sev === null ? '' : typeof sev === 'object' ? JSON.stringify(sev) : String(sev);
        const suggestion = typeof sev === 'string' ? closest(sev, ['off', 'info', 'warning', 'error']) : undefined;
        out.push({ span, key: 'severity', data: { value: shown }, fixes: suggestion && keyAt !== -1 ? replace(ctx, { valueSpan: span }, suggestion) : undefined });
      }
      return;
    }
    default:
      return;
  }
}

function findKey(text: string, start: number, end: number, key: string): number {
  let i = text.indexOf(key, start);
  while (i !== -1 && i < end) {
    const before = i === start ? ' ' : text[i - 1];
    if (/[\s{,'"]/.test(before) && /^['"]?\s*:/.test(text.slice(i + key.length, i + key.length + 3))) return i;
    i = text.indexOf(key, i + 1);
  }
  return -1;
}

export const invalidValue: RuleDefinition = {
  id: 'invalid-value',
  tags: ['delivery', 'format'],
  defaultSeverity: 'error',
  check(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.doc.frontMatter?.fields ?? []) checkField(ctx, 'front-matter', f, out);
    for (const item of ctx.doc.items) for (const f of item.fields) checkField(ctx, item.kind, f, out);
    return out;
  },
};
