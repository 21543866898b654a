// buildPreview: one pass from the document model to every surface of the preview.
//
// Inputs that need the outside world come in as plain values or functions (media URLs, rendered
// article bodies, diagnostic counts), so this stays pure and testable in Node.
import type { Item, PushDocument } from '../format/model';
import { accountType, articleTitle, frontMatterField, getField, itemLabel, stringValue } from '../format/queries';
import { fill, labelsFor, type Labels, type Locale } from './labels';
import { autoDigest, collapse, firstLine, textSegments, tokensPlainText } from './text';
import { buildServiceBox } from './serviceBox';
import { listTime, pageDate, parsePushDate } from './time';
import type {
  AccountView,
  ArticleCardEntry,
  ArticlePage,
  ChatMessage,
  ChatsSurface,
  CommentSetting,
  FeedCard,
  ItemCounts,
  ItemRef,
  MediaView,
  MomentsSurface,
  PreviewModel,
  ShareCard,
  SubscriptionsSurface,
} from './types';

export interface RenderedBody {
  /** Sanitized HTML of the article body. */
  html: string;
  /** Its plain text (for the auto digest). */
  text: string;
}

export interface SurfaceOptions {
  locale?: Locale;
  /** Errors and warnings per item index (from the editor's diagnostics or the rule engine). */
  counts?: ReadonlyArray<ItemCounts | undefined>;
  /**
   * What the webview can load for a path written in the document. Without it, paths are used as
   * written and assumed present.
   */
  resolveMedia?: (path: string) => Omit<MediaView, 'path'>;
  /** The article renderer; without it the page has no body and the digest comes from the tokens. */
  renderBody?: (item: Item) => RenderedBody;
}

const NO_COUNTS: ItemCounts = { errors: 0, warnings: 0 };

export function buildPreview(doc: PushDocument, options: SurfaceOptions = {}): PreviewModel {
  const locale: Locale = options.locale ?? 'en';
  const labels = labelsFor(locale);
  const media = (path: string | undefined): MediaView | undefined => {
    const p = path?.trim().replace(/^<(.*)>$/, '$1');
    if (!p) return undefined;
    const r = options.resolveMedia ? options.resolveMedia(p) : { src: p, missing: false };
    return { path: p, ...r };
  };

  const date = parsePushDate(frontMatterField(doc, 'date')?.raw);
  const time = listTime(date, locale);
  const account = accountView(doc, labels, media);

  const items: ItemRef[] = doc.items.map((item) => ({
    index: item.index,
    kind: item.kind,
    label: itemLabel(item),
    line: doc.lines.lineAt(item.directiveSpan.start),
    counts: { ...NO_COUNTS, ...(options.counts?.[item.index] ?? {}) },
  }));

  const bodies = new Map<number, RenderedBody>();
  const body = (item: Item): RenderedBody => {
    let b = bodies.get(item.index);
    if (!b) {
      b = options.renderBody ? options.renderBody(item) : { html: '', text: tokensPlainText(item.tokens) };
      bodies.set(item.index, b);
    }
    return b;
  };

  const articles = doc.items.filter((i) => i.kind === 'article');
  const title = (item: Item) => articleTitle(item)?.text ?? labels.untitled;
  const cover = (item: Item) => media(stringValue(getField(item.fields, 'cover')));
  const entry = (item: Item): ArticleCardEntry => ({ itemIndex: item.index, title: title(item), cover: cover(item) });

  // ---- messages, in delivery order: all articles travel as one card, at the first one's place
  const messages: ChatMessage[] = [];
  let cardPlaced = false;
  for (const item of doc.items) {
    switch (item.kind) {
      case 'article': {
        if (cardPlaced) break;
        cardPlaced = true;
        const digest = articles.length === 1 ? stringValue(getField(item.fields, 'digest')) : undefined;
        messages.push({
          kind: 'articles',
          itemIndexes: articles.map((a) => a.index),
          headline: entry(articles[0]),
          rows: articles.slice(1).map(entry),
          ...(digest ? { digest } : {}),
        });
        break;
      }
      case 'text': {
        const text = item.message?.text ?? '';
        messages.push({ kind: 'text', itemIndex: item.index, text, segments: textSegments(text) });
        break;
      }
      case 'image':
        messages.push({ kind: 'image', itemIndex: item.index, media: media(item.argument?.text) });
        break;
      case 'audio':
        messages.push({ kind: 'voice', itemIndex: item.index, media: media(item.argument?.text), title: stringValue(getField(item.fields, 'title')) });
        break;
      case 'video':
        messages.push({
          kind: 'video',
          itemIndex: item.index,
          media: media(item.argument?.text),
          cover: media(stringValue(getField(item.fields, 'cover'))),
          title: stringValue(getField(item.fields, 'title')),
          description: stringValue(getField(item.fields, 'description')),
        });
        break;
    }
  }

  const preview = (m: ChatMessage | undefined): string => {
    if (!m) return '';
    switch (m.kind) {
      case 'articles':
        return m.headline.title;
      case 'text':
        return collapse(firstLine(m.text)) || labels.emptyText;
      case 'image':
        return labels.previewPhoto;
      case 'voice':
        return labels.previewVoice;
      case 'video':
        return m.title ? `${labels.previewVideo} ${m.title}` : labels.previewVideo;
    }
  };
  const latest = preview(messages[messages.length - 1]);

  const chats: ChatsSurface = {
    banner: { title: account.name, body: latest, time },
    // Service accounts are muted by default ("默认消息免打扰"): a dot and "[N条]", not a red count.
    row: { name: account.name, avatar: account.avatar, initial: account.initial, preview: latest, time, unread: messages.length, muted: true },
    messages,
  };

  // ---- the Subscription folder: one row in the chat list, a feed inside
  const cards: FeedCard[] = messages.map((m): FeedCard => {
    if (m.kind !== 'articles') {
      if (m.kind === 'video') return { kind: 'video', itemIndex: m.itemIndex, media: m.media, cover: m.cover, title: m.title };
      return m;
    }
    const folded = m.rows.slice(1);
    return {
      kind: 'articles',
      itemIndexes: m.itemIndexes,
      headline: m.headline,
      rows: m.rows.slice(0, 1),
      more: folded.length,
      moreIndexes: folded.map((r) => r.itemIndex),
    };
  });
  const subscriptions: SubscriptionsSurface = {
    row: {
      name: labels.subscriptions,
      initial: '',
      preview: latest ? `${account.name}: ${latest}` : '',
      time,
      dot: messages.length > 0,
    },
    accounts: [
      { name: account.name, avatar: account.avatar, initial: account.initial, unread: doc.items.length, ours: true, time },
      { name: labels.otherAccount, initial: '', ours: false, time: labels.yesterday },
      { name: labels.otherAccount, initial: '', ours: false, time: labels.yesterday },
    ],
    cards,
    time,
  };

  // ---- what travels: articles as link cards, everything else as a placeholder
  const reasons = { text: labels.reasonText, image: labels.reasonImage, audio: labels.reasonAudio, video: labels.reasonVideo };
  const kindLabel = { text: labels.previewText, image: labels.previewPhoto, audio: labels.previewVoice, video: labels.previewVideo };
  const moments: MomentsSurface = {
    posts: doc.items.map((item) =>
      item.kind === 'article'
        ? { kind: 'link' as const, itemIndex: item.index, title: title(item), thumb: cover(item) }
        : { kind: 'blocked' as const, itemIndex: item.index, itemKind: item.kind, label: `${kindLabel[item.kind]} ${itemLabel(item)}`, reason: reasons[item.kind] },
    ),
    shareCards: articles.map((item): ShareCard => {
      const digest = stringValue(getField(item.fields, 'digest'));
      const auto = digest ? '' : autoDigest(body(item).text);
      return {
        itemIndex: item.index,
        title: title(item),
        description: digest ?? auto,
        descriptionSource: digest ? 'digest' : auto ? 'auto' : 'none',
        thumb: cover(item),
        account: account.name,
      };
    }),
  };

  // ---- the article page
  const pages: ArticlePage[] = articles.map((item) => {
    const comments = stringValue(getField(item.fields, 'comments'))?.toLowerCase();
    const original = getField(item.fields, 'original')?.value;
    return {
      itemIndex: item.index,
      title: title(item),
      author: stringValue(getField(item.fields, 'author')),
      account: account.name,
      date: pageDate(date, locale),
      original: original === true || original === 'true',
      html: body(item).html,
      source: stringValue(getField(item.fields, 'source')),
      comments: (comments === 'all' || comments === 'followers' ? comments : 'off') as CommentSetting,
      cover: cover(item),
      bodyLine: item.bodyLine,
    };
  });

  return {
    locale,
    labels,
    account,
    delivery: account.type === 'service' ? 'chats' : 'subscriptions',
    time,
    items,
    chats,
    serviceBox: buildServiceBox(account, messages, latest, time, labels),
    subscriptions,
    moments,
    articles: pages,
  };
}

function accountView(doc: PushDocument, labels: Labels, media: (p: string | undefined) => MediaView | undefined): AccountView {
  const name = stringValue(frontMatterField(doc, 'account')) ?? labels.untitledAccount;
  const declaredType = accountType(doc);
  const verified = frontMatterField(doc, 'verified')?.value === true;
  return {
    name,
    ...(declaredType ? { declaredType } : {}),
    type: declaredType ?? 'subscription',
    verified,
    avatar: media(stringValue(frontMatterField(doc, 'avatar'))),
    initial: Array.from(name)[0] ?? '?',
  };
}

/** "{n} more" for the folded articles of a feed card. */
export function moreLabel(labels: Labels, n: number): string {
  return fill(labels.nMore, { n });
}
