// Code colouring per highlight.js scope, in inline styles. Two palettes: light (in the manner of
// Atom One Light, on a pale box) and dark (in the manner of Atom One Dark, on a dark box).
import type { CodeStyle } from './options';

export interface CodePalette {
  background: string;
  text: string;
  syntax: Readonly<Record<string, string>>;
}

function scopes(c: { comment: string; keyword: string; string: string; number: string; title: string; builtIn: string; literal: string; variable: string }) {
  return {
    comment: `color:${c.comment};font-style:italic`,
    quote: `color:${c.comment};font-style:italic`,
    keyword: `color:${c.keyword}`,
    'selector-tag': `color:${c.keyword}`,
    doctag: `color:${c.keyword}`,
    formula: `color:${c.keyword}`,
    string: `color:${c.string}`,
    regexp: `color:${c.string}`,
    addition: `color:${c.string}`,
    'meta-string': `color:${c.string}`,
    number: `color:${c.number}`,
    attr: `color:${c.number}`,
    attribute: `color:${c.number}`,
    'selector-class': `color:${c.number}`,
    'selector-attr': `color:${c.number}`,
    'selector-pseudo': `color:${c.number}`,
    'template-variable': `color:${c.number}`,
    title: `color:${c.title}`,
    meta: `color:${c.title}`,
    symbol: `color:${c.title}`,
    bullet: `color:${c.title}`,
    link: `color:${c.title};text-decoration:underline`,
    built_in: `color:${c.builtIn}`,
    type: `color:${c.builtIn}`,
    'selector-id': `color:${c.builtIn}`,
    literal: `color:${c.literal}`,
    variable: `color:${c.variable}`,
    tag: `color:${c.variable}`,
    name: `color:${c.variable}`,
    deletion: `color:${c.variable}`,
    section: `color:${c.variable}`,
    emphasis: 'font-style:italic',
    strong: 'font-weight:bold',
  };
}

export const CODE_PALETTES: Readonly<Record<CodeStyle, CodePalette>> = {
  light: {
    background: '#f6f8fa',
    text: '#383a42',
    syntax: scopes({ comment: '#a0a1a7', keyword: '#a626a4', string: '#50a14f', number: '#986801', title: '#4078f2', builtIn: '#c18401', literal: '#0184bb', variable: '#e45649' }),
  },
  dark: {
    background: '#282c34',
    text: '#abb2bf',
    syntax: scopes({ comment: '#7f848e', keyword: '#c678dd', string: '#98c379', number: '#d19a66', title: '#61afef', builtIn: '#e5c07b', literal: '#56b6c2', variable: '#e06c75' }),
  },
};
