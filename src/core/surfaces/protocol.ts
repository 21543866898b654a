// Messages between the extension and the preview webview. Both sides import these types, so a
// renamed field breaks the build instead of the preview.
import type { MeasuredCut } from './cuts';
import type { DraftLinkView } from './draftLink';
import type { PreviewModel, SurfaceId } from './types';
import type { KeptBody } from './updates';

export type Theme = 'light' | 'dark';
export type ArticleWidth = 'phone' | 'desktop';
export type ServiceLayout = 'classic' | 'folded';

export type ToWebview =
  /** `kept`: article bodies left out, which the webview rebuilds from the ones it holds (see ./updates). */
  | { type: 'update'; model: PreviewModel; resource: string; locked: boolean; kept?: KeptBody[] }
  | { type: 'scrollToLine'; line: number }
  | { type: 'showSurface'; surface: SurfaceId; itemIndex?: number }
  | { type: 'setTheme'; theme: Theme; auto: boolean }
  | { type: 'copyArticle'; html: string; text: string; summary?: string; requestId?: number }
  | { type: 'copyResult'; ok: boolean; error?: string }
  /** The last publish's draft link and QR code for this document; null removes it. */
  | { type: 'draftLink'; link: DraftLinkView | null };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; itemIndex: number; line: number }
  | { type: 'revealLine'; line: number }
  /** Select the source of an image or link the author double-clicked: `[start, end)` offsets of the rendered text. */
  | { type: 'revealSpan'; start: number; end: number }
  | { type: 'toggleLock' }
  | { type: 'copyForWeChat'; itemIndex: number }
  | { type: 'openSource'; itemIndex: number }
  | { type: 'viewState'; state: PersistedState }
  | { type: 'copied'; ok: boolean; error?: string; requestId?: number }
  /** Opens the draft link the extension sent (it opens its own copy, not a URL from the page). */
  | { type: 'openDraftLink' }
  | { type: 'closeDraftLink' }
  /** Where the surfaces' line clamps cut titles and digests, measured after each render. */
  | { type: 'cuts'; resource: string; cuts: MeasuredCut[] }
  /** The author chose a theme in the picker: it becomes the push's own (front matter). */
  | { type: 'pickTheme'; id: string }
  /** An update left out a body the webview does not hold: send the whole model. */
  | { type: 'resync' };

/** What the webview keeps with `setState` and the serializer gets back after a reload. */
export interface PersistedState {
  resource?: string;
  locked?: boolean;
  surface?: SurfaceId;
  /** Explicit theme choice; absent = follow VS Code. */
  theme?: Theme;
  line?: number;
  /** The Article tab's width: the phone (375 px) or the desktop reader's column (677 px). */
  articleWidth?: ArticleWidth;
  /** How the Chats tab draws a service account: its own row, or folded into "服务号". */
  serviceLayout?: ServiceLayout;
  /** When it was saved (ms since 1970): of two copies, the newer wins. */
  savedAt?: number;
}

/** Data the shell hands to the script on first load (as a JSON attribute). */
export interface InitialData {
  resource: string;
  locked: boolean;
  theme: Theme;
  model?: PreviewModel;
  state?: PersistedState;
}
