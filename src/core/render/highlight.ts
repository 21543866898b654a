// Syntax colouring for code blocks, written as inline colours (the editor keeps no classes,
// platform rules §3.6). highlight.js core with a handful of common languages keeps the bundle
// small; a block without a known language is left uncoloured rather than guessed.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

// Chosen for articles about software; CSS, SQL and C++ cost 25 KiB more and are left out.
const LANGUAGES = { bash, diff, go, java, javascript, json, python, typescript, xml, yaml };
let registered = false;

function ensureLanguages() {
  if (registered) return;
  registered = true;
  for (const [name, lang] of Object.entries(LANGUAGES)) if (!hljs.getLanguage(name)) hljs.registerLanguage(name, lang);
}

/**
 * The code as highlight.js HTML (escaped text in `<span class="hljs-…">`), or undefined when the
 * language is unknown. `code` must already have its tabs expanded.
 */
export function highlightCode(code: string, info: string): string | undefined {
  const lang = info.trim().split(/\s+/)[0]?.toLowerCase();
  if (!lang) return undefined;
  ensureLanguages();
  if (!hljs.getLanguage(lang)) return undefined;
  try {
    return hljs.highlight(code, { language: lang, ignoreIllegals: true }).value;
  } catch {
    return undefined;
  }
}
