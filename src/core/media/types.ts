// What the core knows about a media file. The core never reads files itself: a MediaReader (Node's
// `fs` for the CLI, `vscode.workspace.fs` in the editor) supplies these facts.

export type UnreadableReason = 'directory' | 'not-regular' | 'link-loop' | 'timeout';

export type MediaKind = 'image' | 'audio' | 'video';

export interface MediaInfo {
  /** Whether the file exists (as a regular file wxpush can read). */
  exists: boolean;
  /** Why a path that names something was not read: a folder, a device, pipe or socket, a symbolic
   * link that loops, or a file that did not answer in time. Set only with `exists: false`. */
  unreadable?: UnreadableReason;
  /** Size in bytes. */
  size?: number;
  /** Format read from the file's header (not its extension): 'jpg', 'png', 'gif', 'bmp', 'webp', 'mp3', 'wav', 'amr', 'wma', 'mp4', … */
  format?: string;
  width?: number;
  height?: number;
  /** Audio/video duration in seconds, when it could be read. */
  durationSeconds?: number;
}

/** Reads facts about a file referenced by a push; `path` is as written in the document. */
export interface MediaReader {
  info(path: string): Promise<MediaInfo>;
}
