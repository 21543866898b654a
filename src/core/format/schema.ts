// What the format knows: item types, their fields and the front-matter keys. Rules, completion and
// hovers read these tables, so a new field is declared once, here.
import { ITEM_KINDS, type ItemKind } from './model';

export type ValueType =
  | { type: 'string' }
  | { type: 'path'; media: 'image' | 'audio' | 'video' }
  | { type: 'url' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'date' }
  | { type: 'rules' }
  /** A theme's name or a map of theme options (checked by the theme-value rule). */
  | { type: 'theme' };

export interface FieldSpec {
  key: string;
  value: ValueType;
  /** One line, shown in completion and hover. */
  description: string;
}

export const SEVERITY_NAMES = ['off', 'info', 'warning', 'error'] as const;
export const ACCOUNT_TYPES = ['subscription', 'service'] as const;
export const COMMENT_SETTINGS = ['off', 'all', 'followers'] as const;

export const FRONT_MATTER_FIELDS: readonly FieldSpec[] = [
  { key: 'account', value: { type: 'string' }, description: 'The Official Account’s display name.' },
  { key: 'type', value: { type: 'enum', values: ACCOUNT_TYPES }, description: 'Account type: `subscription` (Subscription folder, 1 mass send a day) or `service` (chat list with a notification, 4 mass sends a month).' },
  { key: 'verified', value: { type: 'boolean' }, description: 'Whether the account is verified (认证).' },
  { key: 'avatar', value: { type: 'path', media: 'image' }, description: 'The account’s avatar image, relative to this file.' },
  { key: 'date', value: { type: 'date' }, description: 'Planned send date: `YYYY-MM-DD`, optionally followed by `HH:mm`.' },
  { key: 'rules', value: { type: 'rules' }, description: 'Rule severities for this file: a map of rule id → `off`, `info`, `warning` or `error`.' },
  { key: 'theme', value: { type: 'theme' }, description: 'The look of this push’s articles: a theme’s name (`default`, `classic`, `compact` or one from `.wxpush/theme.json`) or a map of `name`, `accentColor`, `fontSize` (14–18), `lineHeight`, `headingStyle` and `codeStyle`.' },
];

export const ITEM_FIELDS: Readonly<Record<ItemKind, readonly FieldSpec[]>> = {
  article: [
    { key: 'title', value: { type: 'string' }, description: 'The article title (overrides the directive’s argument).' },
    { key: 'author', value: { type: 'string' }, description: 'The author shown under the title.' },
    { key: 'cover', value: { type: 'path', media: 'image' }, description: 'Cover image: cropped to 2.35:1 for the headline and 1:1 for other slots and share thumbnails.' },
    { key: 'digest', value: { type: 'string' }, description: 'Summary shown on a single-article push and on chat share cards.' },
    { key: 'source', value: { type: 'url' }, description: 'The “Read more” (阅读原文) link at the end of the article.' },
    { key: 'comments', value: { type: 'enum', values: COMMENT_SETTINGS }, description: 'Who may comment: `off`, `all` or `followers`.' },
    { key: 'original', value: { type: 'boolean' }, description: 'Declare the article as original content (原创).' },
  ],
  text: [],
  image: [],
  audio: [{ key: 'title', value: { type: 'string' }, description: 'The audio’s title.' }],
  video: [
    { key: 'title', value: { type: 'string' }, description: 'The video’s title.' },
    { key: 'description', value: { type: 'string' }, description: 'The video’s description.' },
    { key: 'cover', value: { type: 'path', media: 'image' }, description: 'The video’s cover image.' },
  ],
};

export function isItemKind(name: string): name is ItemKind {
  return (ITEM_KINDS as readonly string[]).includes(name);
}

export function fieldSpec(kind: ItemKind | 'front-matter', key: string): FieldSpec | undefined {
  const list = kind === 'front-matter' ? FRONT_MATTER_FIELDS : ITEM_FIELDS[kind];
  return list.find((f) => f.key === key);
}
