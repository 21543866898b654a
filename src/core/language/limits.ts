// The numbers the editor features quote (platform rules §8, the recommended thresholds). The rule
// engine enforces them; here they only describe and count.

export interface LengthLimit {
  /** Above this many characters the rules warn. */
  recommended: number;
  /** Above this many characters the rules report an error. */
  max: number;
}

export const ARTICLE_FIELD_LIMITS: Readonly<Record<'title' | 'author' | 'digest', LengthLimit>> = {
  title: { recommended: 32, max: 64 },
  author: { recommended: 8, max: 16 },
  digest: { recommended: 120, max: 128 },
};

/** Without a digest, WeChat uses the first 54 characters of the body. */
export const AUTO_DIGEST_CHARS = 54;
export const MAX_ARTICLES_PER_PUSH = 8;
/** Article content: fewer than 20,000 characters and less than 1 MB. */
export const MAX_BODY_CHARS = 20000;
export const MAX_BODY_BYTES = 1024 * 1024;
/** A text item: at most 2048 UTF-8 bytes. */
export const MAX_TEXT_BYTES = 2048;

export const MB = 1024 * 1024;

export interface MediaLimit {
  formats: readonly string[];
  maxBytes: number;
  /** Strict: the size must stay below maxBytes (body images); otherwise at most maxBytes. */
  below?: boolean;
  maxSeconds?: number;
}

export const MEDIA_LIMITS = {
  /** Image items and covers (permanent image material). */
  image: { formats: ['bmp', 'png', 'jpeg', 'jpg', 'gif'], maxBytes: 10 * MB },
  /** Images inside an article body. */
  bodyImage: { formats: ['jpg', 'png'], maxBytes: 1 * MB, below: true },
  audio: { formats: ['mp3', 'wma', 'wav', 'amr'], maxBytes: 2 * MB, maxSeconds: 60 },
  video: { formats: ['mp4'], maxBytes: 10 * MB },
  /** A video's cover, uploaded as a thumbnail (`type=thumb`, platform rules §4.5). */
  videoCover: { formats: ['jpg', 'jpeg'], maxBytes: 64 * 1024 },
} as const satisfies Record<string, MediaLimit>;

export const SENDS_PER_DAY_SUBSCRIPTION = 1;
export const SENDS_PER_MONTH_SERVICE = 4;
