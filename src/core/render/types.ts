// The renderer's contract with its callers: the export commands, the CLI and the preview.
import type { Span } from '../format';
import type { CodeCache } from './codeCache';
import type { Theme } from './theme';

export type RenderLocale = 'en' | 'zh-cn';

export interface RenderOptions {
  theme?: Theme;
  /** External links become numbered references with a list at the end (default true). */
  linkReferences?: boolean;
  /** Maps a local image path to the URL to write (the preview gives webview URIs; export leaves them). */
  resolveImage?: (src: string) => string | undefined;
  /** Preview only: `data-line="<document line>"` on block elements, images and links for scroll sync, and `data-span="start-end"` (source offsets) on images and links. */
  sourceLines?: boolean;
  /** Language of the words the renderer adds (the references heading). */
  locale?: RenderLocale;
  /**
   * Preview only: coloured code blocks kept from earlier renders (the preview re-renders the whole
   * article on each keystroke). Exports leave it out, so they always do the full work.
   */
  codeCache?: CodeCache;
}

export interface Reference {
  n: number;
  /** The link's URL ('' for a footnote). */
  url: string;
  /** The link's text where it first appeared ('' when it was the URL itself); a footnote's words. */
  text: string;
  /** A footnote (`[^label]`), with the label the author wrote ('' for an inline `^[…]` note). */
  note?: string;
}

export interface RenderedArticle {
  /** The article body only: inline-styled, no class or id. */
  html: string;
  /** The text/plain version that goes on the clipboard with the HTML. */
  text: string;
  /** Images on the author's disk, kept in place with their path; they must be uploaded. */
  localImages: { src: string; span?: Span }[];
  /** Images on hosts other than WeChat's, which WeChat filters out (platform rules §3.2). */
  remoteImages: string[];
  references: Reference[];
  /** What the sanitizer removed, in words (one entry per kind). */
  stripped: string[];
  /** Visible characters of the body (whitespace not counted), as the editor's counter does. */
  chars: number;
  /** UTF-8 size of `html` (WeChat's limit is 1 MB, platform rules §2.5). */
  bytes: number;
}
