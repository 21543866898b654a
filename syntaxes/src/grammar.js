// The TextMate grammar of `.wxpush`, written as code because the fenced-code rules repeat per
// language. `node syntaxes/build.js` writes ../wxpush.tmLanguage.json from it.
//
// The structure mirrors src/core/format/parse.ts line for line, so the colours never disagree
// with the diagnostics:
// - front matter: line 0 is `---`; it ends at `---`/`...`, or before the first item directive;
// - an item directive is `@kind` at column 0 followed by a blank or the end of the line;
// - field lines follow the directive until the first other line (text items have none);
// - in an article body, a fence at column 0–3 (``` or ~~~) hides directives until it closes
//   (same character, at least as long); anywhere else a directive ends every open construct;
// - an HTML comment hides what is inside it: a directive in `<!-- … -->` starts nothing. In an
//   article body only a comment that starts a line hides lines (an HTML block); one opened in the
//   middle of a paragraph is a comment only if it closes before the paragraph ends, which a
//   grammar cannot look ahead for (the grammar test leaves that case out).
const LANGUAGES = require('./fenceLanguages');

const KINDS = ['article', 'text', 'image', 'audio', 'video'];
const KIND = `(?:${KINDS.join('|')})`;
const DIRECTIVE_AHEAD = `^(?=@${KIND}(?:[ \\t]|$))`;
const FIELD_KEY = '[A-Za-z][A-Za-z0-9_-]*';
const BACKTICK_OPEN = ' {0,3}`{3,}[^`]*$';
const TILDE_OPEN = ' {0,3}~{3,}.*$';
/** A `<!--` with no `-->` after it on the line (`<!-->` and `<!--->` are whole comments). */
const UNCLOSED_COMMENT = '<!--(?!-?>)(?:(?!-->).)*$';
const COMMENT_BLOCK_OPEN = ` {0,3}${UNCLOSED_COMMENT}`;
/**
 * Outside articles, a field line that leaves a comment open is no field here: the comment rule
 * takes the line (the parser reads the field, then hides the lines after it; items agree).
 * An article's directive and field lines are not markdown, so a comment there never spans lines.
 */
const NO_OPEN_COMMENT = `(?!.*?${UNCLOSED_COMMENT})`;

function directiveCaptures(kind) {
  return {
    1: { name: `keyword.control.directive.${kind}.wxpush` },
    2: { name: 'punctuation.definition.keyword.wxpush' },
  };
}

function header(kind, argumentScope) {
  // `@kind`, then the argument (title, media path) up to the trailing blanks.
  return {
    // A comment after the argument is a note: the argument stops before it.
    begin: `^((@)${kind})(?=[ \\t]|$)[ \\t]*((?:(?!<!--).)*?)[ \\t]*(?=<!--|$)`,
    beginCaptures: { ...directiveCaptures(kind), 3: { name: argumentScope } },
  };
}

function field(keys, valueScope, guard = '') {
  const key = keys ? `(?:${keys.join('|')})` : FIELD_KEY;
  return {
    match: `^${guard}(${key})(:)(?=[ \\t]|$)[ \\t]*(.*?)[ \\t]*$`,
    name: 'meta.field.wxpush',
    captures: {
      1: { name: 'support.type.property-name.field.wxpush' },
      2: { name: 'punctuation.separator.key-value.wxpush' },
      3: { name: valueScope },
    },
  };
}

/** Any other field: the value is scoped by what YAML would read it as. */
const typedValues = (guard = '') => [
  ['(?:true|false|yes|no|on|off)', 'constant.language.boolean.wxpush'],
  ['[-+]?\\d+(?:\\.\\d+)?', 'constant.numeric.wxpush'],
  ['"(?:[^"\\\\]|\\\\.)*"', 'string.quoted.double.wxpush'],
  ["'(?:[^']|'')*'", 'string.quoted.single.wxpush'],
  ['https?://\\S+', 'markup.underline.link.url.wxpush'],
].map(([value, scope]) => ({
  match: `^${guard}(${FIELD_KEY})(:)[ \\t]+(${value})[ \\t]*$`,
  name: 'meta.field.wxpush',
  captures: {
    1: { name: 'support.type.property-name.field.wxpush' },
    2: { name: 'punctuation.separator.key-value.wxpush' },
    3: { name: scope },
  },
}));

function fence(lang) {
  // One rule per family (backtick, tilde) and language. The content sits in a while-rule, so an
  // unclosed string or comment of the embedded language cannot swallow the closing fence.
  const rules = [];
  for (const [family, open, closeTail, rest] of [
    ['backtick', '`{3,}', '`*', '[^`]*'],
    ['tilde', '~{3,}', '~*', '.*'],
  ]) {
    const info = lang ? `((?i:${lang.words.join('|')}))((?:[ \\t]|[{,:?])${rest})?` : `(${rest})`;
    rules.push({
      begin: `^( {0,3})(${open})[ \\t]*${info}$`,
      beginCaptures: {
        2: { name: 'punctuation.definition.markdown' },
        3: { name: 'fenced_code.block.language.markdown' },
        ...(lang && { 4: { name: 'fenced_code.block.language.attributes.markdown' } }),
      },
      end: `^ {0,3}(\\2${closeTail})[ \\t]*$`,
      endCaptures: { 1: { name: 'punctuation.definition.markdown' } },
      name: 'markup.fenced_code.block.markdown',
      ...(lang
        ? {
            patterns: [
              {
                begin: '(^|\\G)(\\s*)(.*)',
                while: '(^|\\G)(?! {0,3}(?:`{3,}|~{3,})[ \\t]*$)',
                contentName: `meta.embedded.block.${lang.id}`,
                patterns: [{ include: lang.scope }],
              },
            ],
          }
        : { contentName: 'markup.raw.block.markdown' }),
    });
    void family;
  }
  return rules;
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'WeChat Push',
  scopeName: 'text.wxpush',
  patterns: [
    { include: '#front-matter' },
    { include: '#article' },
    { include: '#text' },
    { include: '#media' },
    { include: '#html-comment' },
  ],
  injections: {
    // Disable comments are found anywhere in the file, as the parser finds them; inside a fenced
    // code block they are shown as the code they also are (and cannot hide the closing fence).
    'L:text.wxpush - markup.fenced_code.block.markdown': { patterns: [{ include: '#directive-comment' }] },
    // `\@` at a line start keeps a line that begins with `@` in the body.
    'L:meta.body.markdown.wxpush': { patterns: [{ include: '#escape' }] },
  },
  repository: {
    'front-matter': {
      begin: '\\A\\x{FEFF}?(---)[ \\t]*$',
      beginCaptures: { 1: { name: 'punctuation.definition.begin.frontmatter.wxpush' } },
      end: `^(---|\\.\\.\\.)[ \\t]*$|${DIRECTIVE_AHEAD}`,
      endCaptures: { 1: { name: 'punctuation.definition.end.frontmatter.wxpush' } },
      name: 'meta.front-matter.wxpush',
      patterns: [
        {
          // The YAML sits in a while-rule so that an open YAML string cannot hide the closing line.
          begin: '(^|\\G)',
          while: `^(?!(?:---|\\.\\.\\.)[ \\t]*$|@${KIND}(?:[ \\t]|$))`,
          contentName: 'meta.embedded.block.frontmatter',
          patterns: [{ include: 'source.yaml' }],
        },
      ],
    },

    article: {
      ...header('article', 'markup.heading.title.wxpush entity.name.section.wxpush'),
      end: DIRECTIVE_AHEAD,
      name: 'meta.item.article.wxpush',
      patterns: [
        { include: '#comment-inline' },
        field(['title'], 'markup.heading.title.wxpush entity.name.section.wxpush'),
        field(['cover'], 'string.unquoted.path.wxpush markup.underline.link.wxpush'),
        field(['source'], 'markup.underline.link.url.wxpush'),
        ...typedValues(),
        field(null, 'string.unquoted.value.wxpush'),
        { include: '#article-body' },
      ],
    },
    'article-body': {
      // Starts at the first line that is not a field and runs to the next directive.
      begin: '^',
      end: DIRECTIVE_AHEAD,
      name: 'meta.body.article.wxpush',
      patterns: [{ include: '#comment-block' }, ...LANGUAGES.flatMap(fence), ...fence(null), { include: '#markdown' }],
    },
    markdown: {
      // A stretch of markdown between fences. The while-condition is checked before anything the
      // markdown grammar has open, so a directive line always ends it (the parser agrees).
      begin: `^(?!${BACKTICK_OPEN}|${TILDE_OPEN})`,
      while: `^(?!@${KIND}(?:[ \\t]|$)|${BACKTICK_OPEN}|${TILDE_OPEN}|${COMMENT_BLOCK_OPEN})`,
      contentName: 'meta.embedded.block.markdown meta.body.markdown.wxpush',
      patterns: [{ include: 'text.html.markdown' }],
    },

    text: {
      begin: '^((@)text)(?=[ \\t]|$)',
      beginCaptures: directiveCaptures('text'),
      end: DIRECTIVE_AHEAD,
      name: 'meta.item.text.wxpush',
      contentName: 'meta.message.text.wxpush',
      patterns: [{ include: '#escape' }, { include: '#html-comment' }],
    },

    media: {
      patterns: ['image', 'audio', 'video'].map((kind) => ({
        ...header(kind, 'string.unquoted.path.wxpush markup.underline.link.wxpush'),
        end: DIRECTIVE_AHEAD,
        name: `meta.item.${kind}.wxpush`,
        patterns: [
          { include: '#html-comment' },
          field(['title', 'description'], 'string.unquoted.value.wxpush', NO_OPEN_COMMENT),
          field(['cover'], 'string.unquoted.path.wxpush markup.underline.link.wxpush', NO_OPEN_COMMENT),
          ...typedValues(NO_OPEN_COMMENT),
          field(null, 'string.unquoted.value.wxpush', NO_OPEN_COMMENT),
          // Anything after the fields is stray content the rules report; no further fields.
          { begin: '^', end: DIRECTIVE_AHEAD, name: 'meta.body.stray.wxpush', patterns: [{ include: '#html-comment' }] },
        ],
      })),
    },

    'html-comment': {
      // Outside articles: a comment runs to its `-->`, over any line.
      patterns: [
        { match: '<!---?>', name: 'comment.block.html.wxpush' },
        {
          begin: '<!--',
          beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.wxpush' } },
          end: '-->',
          endCaptures: { 0: { name: 'punctuation.definition.comment.end.wxpush' } },
          name: 'comment.block.html.wxpush',
        },
      ],
    },
    'comment-inline': {
      // An article's directive and field lines: a comment there ends on its line or is text.
      match: '<!--(?:-?>|.*?-->)',
      name: 'comment.block.html.wxpush',
    },
    'comment-block': {
      // In an article body: a comment that starts a line and stays open (an HTML block).
      begin: `^ {0,3}(<!--)(?=${UNCLOSED_COMMENT.slice(4)})`,
      beginCaptures: { 1: { name: 'punctuation.definition.comment.begin.wxpush' } },
      end: '-->',
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.wxpush' } },
      name: 'comment.block.html.wxpush',
    },

    escape: {
      match: '^\\\\@',
      name: 'constant.character.escape.wxpush',
    },

    'directive-comment': {
      begin: '(<!--)\\s*(wxpush-(?:disable-next-line|disable|enable))(?=[\\s-])',
      beginCaptures: {
        1: { name: 'punctuation.definition.comment.begin.wxpush' },
        2: { name: 'keyword.control.directive.comment.wxpush' },
      },
      // Like any comment, it hides what follows until its `-->`.
      end: '(-->)',
      endCaptures: { 1: { name: 'punctuation.definition.comment.end.wxpush' } },
      name: 'comment.block.directive.wxpush',
      patterns: [{ match: '[A-Za-z0-9][\\w-]*', name: 'constant.other.rule-id.wxpush' }],
    },
  },
};

module.exports = { grammar, LANGUAGES };
