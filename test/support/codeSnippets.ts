// Code that is hard to colour and to keep intact through the WeChat editor: every character HTML
// escapes, embedded languages, doc strings, unterminated strings and comments, shifts that look
// like tags. Shared by the colouring tests and scripts/render-snapshot.js.

/** In order; the callers add the snippets of their own (with or without tabs) around them. */
export const TRICKY_CODE = {
  js: 'const a = "x" & \'y\' < 3 > 2;\n  // comment\n    let b = `t ${a + 1}`;',
  html: '<div class="a" data-x=\'1\'>\n  <script>var x = 1 < 2 && "s";</script>\n  <style>a { color: red }</style>\n  &amp; <!-- c -->\n</div>',
  others: [
    'if [ -n "$A" ]; then echo \'hi\' && ls | grep "x"; fi',
    '{"a": [1, 2.5, {"b": null, "c": true}]}',
    'key: value\n- item # c\nother: "q"\n',
    '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y',
    'package main\n\nfunc main() { fmt.Println("x", 1<<2) }',
    'class A<T> extends B { @Override public void f() { return; } }',
    'unterminated "string\n/* open comment',
  ],
};
