// YAML pieces of the format: the front matter (a YAML map between `---` fences) and the one-line
// `key: value` fields under an item directive. Both are parsed by the `yaml` library, which gives
// source ranges; this file only shifts those ranges to document offsets.
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Field, Span, SyntaxProblem } from './model';

function nodeSpan(node: YamlNode | null | undefined, base: number, fallback: number): Span {
  const r = node && (node as { range?: [number, number, number] }).range;
  if (!r) return { start: fallback, end: fallback };
  return { start: base + r[0], end: base + r[1] };
}

/**
 * How deep `[` and `{` may nest in a value before the YAML parser is spared it: the parser
 * recurses per level, and a line of 50,000 `[` takes seconds or exhausts the native stack.
 * No setting of the format comes close.
 */
export const MAX_FLOW_DEPTH = 32;

/** The offset where flow collections first nest deeper than `MAX_FLOW_DEPTH`, or -1 (one pass, quotes skipped). */
export function tooDeepAt(s: string): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 92 /* \ */ && quote === 34) i++;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return -1;
}

/** Parses front-matter YAML that starts at `base` in the document. */
export function parseFrontMatterYaml(yamlText: string, base: number, problems: SyntaxProblem[]): Field[] {
  const fields: Field[] = [];
  const deep = tooDeepAt(yamlText);
  if (deep !== -1) {
    problems.push({ code: 'front-matter-yaml', message: `Invalid YAML in front matter: lists or maps nested more than ${MAX_FLOW_DEPTH} levels deep.`, span: { start: base + deep, end: base + deep + 1 } });
    return fields;
  }
  let doc;
  try {
    doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: false });
  } catch (e) {
    problems.push({ code: 'front-matter-yaml', message: `Front matter could not be read: ${(e as Error).message}`, span: { start: base, end: base + yamlText.length } });
    return fields;
  }
  for (const err of doc.errors) {
    const [s, e] = err.pos;
    const end = Math.max(e, s + 1);
    problems.push({
      code: 'front-matter-yaml',
      message: `Invalid YAML in front matter: ${firstLine(err.message)}`,
      span: { start: base + Math.min(s, yamlText.length), end: base + Math.min(end, yamlText.length) },
    });
  }
  const contents = doc.contents;
  if (contents == null) return fields;
  if (!isMap(contents)) {
    const span = nodeSpan(contents as YamlNode, base, base);
    problems.push({ code: 'front-matter-not-map', message: 'Front matter must be a list of `key: value` settings.', span });
    return fields;
  }
  for (const pair of contents.items as Pair<YamlNode | null, YamlNode | null>[]) {
    const keyNode = pair.key;
    // A list entry or a bare `: value` in the map has no key an author wrote.
    if (!keyNode || !isScalar(keyNode) || keyNode.value === null) continue;
    const keySpan = nodeSpan(keyNode, base, base);
    const valueSpan = pair.value ? nodeSpan(pair.value, base, keySpan.end) : afterColon(yamlText, base, keySpan.end);
    let value: unknown = null;
    try {
      value = pair.value ? (pair.value as YamlNode).toJSON() : null;
    } catch {
      value = null;
    }
    // YAML ranges may end after the `\r` of a CRLF; a range ends at the end of its line.
    const off = (s: Span): Span => {
      const cut = (o: number) => (o > base && yamlText.charCodeAt(o - base - 1) === 13 && yamlText.charCodeAt(o - base) === 10 ? o - 1 : o);
      const start = cut(s.start);
      return { start, end: Math.max(start, cut(s.end)) };
    };
    const k = off(keySpan);
    const v = off(valueSpan);
    fields.push({
      key: String(keyNode.value),
      value,
      raw: yamlText.slice(v.start - base, v.end - base).trim(),
      span: { start: k.start, end: Math.max(v.end, k.end) },
      keySpan: k,
      valueSpan: v,
    });
  }
  return fields;
}

function afterColon(yamlText: string, base: number, keyEnd: number): Span {
  let i = keyEnd - base;
  while (i < yamlText.length && yamlText[i] !== ':' && yamlText[i] !== '\n') i++;
  if (yamlText[i] === ':') i++;
  return { start: base + i, end: base + i };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i === -1 ? s : s.slice(0, i);
}

/** `key: value` at the start of a line: key = a letter, then letters, digits, `-` or `_`. */
export const FIELD_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?=[ \t]|$)/;

/**
 * Parses one field line (already known to match FIELD_LINE) that starts at `lineStart`. The value
 * is a YAML scalar or flow collection; text YAML would reject (e.g. `a: b: c`) is kept as a string,
 * because titles often contain colons.
 */
export function parseFieldLine(line: string, lineStart: number, problems: SyntaxProblem[]): Field {
  const m = FIELD_LINE.exec(line)!;
  const key = m[1];
  const keySpan = { start: lineStart, end: lineStart + key.length };
  let vs = key.length + 1;
  while (vs < line.length && (line[vs] === ' ' || line[vs] === '\t')) vs++;
  let ve = line.length;
  while (ve > vs && (line[ve - 1] === ' ' || line[ve - 1] === '\t')) ve--;
  const raw = line.slice(vs, ve);
  const valueSpan = { start: lineStart + vs, end: lineStart + ve };
  return { key, value: scalarValue(raw, valueSpan, problems), raw, span: { start: lineStart, end: lineStart + ve }, keySpan, valueSpan };
}

const PLAIN = /^[^\-?:,\[\]{}#&*!|>'"%@`\s][^#]*$/;
const NUMBER_OR_KEYWORD = /^(?:[-+]?(?:\d[\d_]*\.?\d*(?:e[-+]?\d+)?|\.\d+|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)|true|false|null|~|yes|no|on|off)$/i;

function scalarValue(raw: string, span: Span, problems: SyntaxProblem[]): unknown {
  if (raw === '') return null;
  // Fast path: most values (titles, paths, URLs) are plain strings; skip the YAML machinery.
  if (PLAIN.test(raw) && !raw.includes(': ') && !NUMBER_OR_KEYWORD.test(raw)) return raw;
  const deep = tooDeepAt(raw);
  if (deep !== -1) {
    problems.push({ code: 'field-yaml', message: `Invalid value: lists or maps nested more than ${MAX_FLOW_DEPTH} levels deep.`, span });
    return raw;
  }
  try {
    const doc = parseDocument(raw, { prettyErrors: false, strict: false });
    if (doc.errors.length) {
      // Quoted or flow values that are broken are worth reporting; anything else is text.
      if (/^["'\[{]/.test(raw)) {
        problems.push({ code: 'field-yaml', message: `Invalid value: ${firstLine(doc.errors[0].message)}`, span });
      }
      return raw;
    }
    const v = doc.toJSON();
    // A plain value that YAML reads as a map (`a: b`) is meant as text.
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !/^\{/.test(raw) ? raw : v;
  } catch {
    return raw;
  }
}
