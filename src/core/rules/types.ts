// The shapes the rule engine produces. Every consumer (VS Code diagnostics, CLI, preview badges)
// reads these; rules themselves live one per file beside this one.
import type { Span } from '../format/model';
import type { MediaInfo } from '../media/types';
import type { ThemeFile } from '../render/themes/file';
import type { ThemeSettings } from '../render/themes/resolve';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all" (`source.fixAll.wxpush`, `wxpush lint --fix`). */
  safe?: boolean;
}

export interface RelatedInformation {
  /** A file path (or URI string) other than the linted one; absent means the same document. */
  file?: string;
  span?: Span;
  /** 0-based line when only the line is known (e.g. another file). */
  line?: number;
  message: string;
}

export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
  related?: RelatedInformation[];
}

// ---- The engine's inputs --------------------------------------------------------------------

export const RULE_TAGS = ['delivery', 'share', 'article', 'media', 'html', 'text', 'format'] as const;
export type RuleTag = (typeof RULE_TAGS)[number];

/** Rule id or tag → severity, as written in a `.wxpushrc.json`, the setting or front matter `rules:`. */
export type RulesConfig = Record<string, SeveritySetting>;

export type Locale = 'en' | 'zh-cn';

/** A file path (or URL) a push refers to, with where it is written. */
export interface MediaRef {
  /** As written in the document (trimmed; angle brackets removed). */
  path: string;
  span: Span;
  role: 'avatar' | 'cover' | 'item' | 'body-image';
  /** The kind of media expected at this place. */
  media: 'image' | 'audio' | 'video';
  /** Index of the item that holds the reference (absent for the avatar). */
  item?: number;
  /** http(s) URL: never read, judged by `remote-media`. */
  remote: boolean;
}

/** What the quota rule needs to know about another push of the workspace. */
export interface PushSummary {
  file: string;
  account?: string;
  type?: 'subscription' | 'service';
  /** `YYYY-MM-DD`, when the date is valid. */
  day?: string;
  /** `HH:mm`, when the date gives a valid time: orders the pushes of one day. */
  time?: string;
  /** Mass sends the push needs: all its articles count as one, every other item as one. */
  sends: number;
  /** 0-based line of its first item, for related information. */
  line: number;
}

/** Everything `lint` needs besides the document; gathered beforehand so `lint` stays pure and sync. */
export interface LintContext {
  /** The linted file's path or URI string (used to tell it apart from the other pushes). */
  file?: string;
  /** Facts about every local media reference, keyed by `MediaRef.path`. Missing key = unknown. */
  media?: ReadonlyMap<string, MediaInfoLike>;
  /** The other pushes of the workspace (not this one); absent means "unknown", not "none". */
  otherPushes?: readonly PushSummary[];
  /** Severities from `.wxpushrc.json` and the `wxpush.rules` setting (already merged). */
  config?: RulesConfig;
  /** The `wxpush.theme.*` settings and the workspace theme file, for the theme-value rule. */
  theme?: { settings?: ThemeSettings; file?: ThemeFile };
}

/** What the rules know of a media file: the core's MediaInfo, read by a MediaReader beforehand. */
export type MediaInfoLike = MediaInfo;

export interface LintOptions {
  locale?: Locale;
  /** Only run these rules (ids); default all. */
  only?: readonly string[];
}
