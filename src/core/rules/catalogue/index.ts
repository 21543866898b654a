// The catalogue, in the order problems are most useful to read: the file's structure, delivery,
// sharing, article fields, media, HTML and text.
import type { RuleDefinition } from '../rule';
import { accountName } from './account-name';
import { accountTypeRule } from './account-type';
import { anchorLink } from './anchor-link';
import { articleCount } from './article-count';
import { articleOrder } from './article-order';
import { audioLimits } from './audio-limits';
import { authorLength } from './author-length';
import { contentOutsideItem } from './content-outside-item';
import { contentSize } from './content-size';
import { coverAspect } from './cover-aspect';
import { coverRequired } from './cover-required';
import { digestIgnored } from './digest-ignored';
import { digestLength } from './digest-length';
import { digestMissing } from './digest-missing';
import { embeddedMedia } from './embedded-media';
import { externalLink } from './external-link';
import { imageFormat } from './image-format';
import { imageSize } from './image-size';
import { invalidValue } from './invalid-value';
import { listDepth } from './list-depth';
import { mediaMissing } from './media-missing';
import { pushEmpty } from './push-empty';
import { remoteMedia } from './remote-media';
import { script } from './script';
import { sendQuota } from './send-quota';
import { sourceUrl } from './source-url';
import { strayContent } from './stray-content';
import { stylesheet } from './stylesheet';
import { syntax } from './syntax';
import { textEmpty } from './text-empty';
import { textLength } from './text-length';
import { themeValue } from './theme-value';
import { titleLength } from './title-length';
import { titleRequired } from './title-required';
import { unknownItemType } from './unknown-item-type';
import { unknownKey } from './unknown-key';
import { unshareableItem } from './unshareable-item';
import { videoLimits } from './video-limits';

export const RULES: readonly RuleDefinition[] = [
  syntax,
  // delivery
  accountTypeRule,
  accountName,
  unknownKey,
  unknownItemType,
  invalidValue,
  pushEmpty,
  articleCount,
  articleOrder,
  contentOutsideItem,
  strayContent,
  sendQuota,
  // share
  unshareableItem,
  externalLink,
  anchorLink,
  digestMissing,
  digestIgnored,
  // article
  titleRequired,
  titleLength,
  authorLength,
  digestLength,
  coverRequired,
  coverAspect,
  contentSize,
  sourceUrl,
  themeValue,
  // media
  mediaMissing,
  imageFormat,
  imageSize,
  audioLimits,
  videoLimits,
  remoteMedia,
  // html / text
  script,
  stylesheet,
  embeddedMedia,
  listDepth,
  textEmpty,
  textLength,
];

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
