// Theme values that cannot be used, from the front matter's `theme:`, the `wxpush.theme.*`
// settings or the workspace theme file. The article still renders (each wrong value is left out
// and the next layer's value applies); this says which value was ignored and why.
import { pushTheme, type ThemeProblem } from '../../render/themes';
import { frontMatterField } from '../../format/queries';
import type { Span } from '../../format/model';
import type { Finding, RuleContext, RuleDefinition } from '../rule';

function where(ctx: RuleContext, p: ThemeProblem): string {
  if (p.source === 'setting') return ctx.t('theme-value.where.setting', { key: p.key === 'theme' ? 'name' : p.key });
  if (p.source === 'theme-file') return ctx.t('theme-value.where.theme-file', { line: (p.line ?? 0) + 1 });
  return ctx.t('theme-value.where.front-matter');
}

/** Problems of the settings and the theme file are shown at the `theme:` key, or the file's first line. */
function anchor(ctx: RuleContext): Span {
  const field = frontMatterField(ctx.doc, 'theme');
  if (field) return field.keySpan;
  const first = ctx.doc.lines.lineEnd(0);
  return { start: 0, end: Math.max(0, first) };
}

export const themeValue: RuleDefinition = {
  id: 'theme-value',
  tags: ['article', 'format'],
  defaultSeverity: 'warning',
  check(ctx) {
    const theme = ctx.context.theme;
    const resolved = pushTheme(ctx.doc, theme?.settings, theme?.file);
    const out: Finding[] = [];
    for (const p of resolved.problems) {
      const own = p.source === 'front-matter';
      const span = own && p.span ? p.span : own ? (frontMatterField(ctx.doc, 'theme')?.valueSpan ?? anchor(ctx)) : anchor(ctx);
      const hint = p.suggestion ? ctx.t('unknown-key.hint', { suggestion: p.suggestion }) : '';
      out.push({
        span,
        key: p.fault,
        data: { where: where(ctx, p), key: p.key.replace(/^themes\.[^.]+\./, ''), value: p.value, expected: p.expected ?? '', hint },
        fixes: own && p.suggestion && p.span && p.fault !== 'unknown-key' ? [{ title: ctx.t('fix.replace', { text: p.suggestion }), edits: [{ span: p.span, newText: p.suggestion }], safe: true }] : undefined,
        related: p.source === 'theme-file' && theme?.file?.path ? [{ file: theme.file.path, line: p.line ?? 0, message: ctx.t('theme-value.related') }] : undefined,
      });
    }
    return out;
  },
};
