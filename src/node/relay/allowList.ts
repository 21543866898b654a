// The only WeChat API paths a relay forwards: what publishing and phone previews need. The token
// endpoints stay internal (the relay holds the token), and everything else — user lists, menus,
// mass sends, freepublish — answers 404 without reaching WeChat.
export const RELAYED_PATHS: ReadonlySet<string> = new Set([
  '/cgi-bin/media/uploadimg',
  '/cgi-bin/material/add_material',
  '/cgi-bin/draft/add',
  '/cgi-bin/draft/update',
  '/cgi-bin/draft/get',
  '/cgi-bin/draft/batchget',
  '/cgi-bin/message/mass/preview',
]);

/** Query parameters a relayed call may carry; `access_token` is the relay's own to add. */
const RELAYED_QUERY: Readonly<Record<string, readonly string[]>> = {
  '/cgi-bin/material/add_material': ['type'],
};

export interface RelayTarget {
  path: string;
  query: URLSearchParams;
}

/**
 * The target of a request line, or undefined when it is not exactly one of the relayed paths.
 * The raw path is compared byte for byte, before any decoding or normalisation, so `..`
 * segments, encoded slashes or dots, doubled slashes and backslashes never match.
 */
export function relayTarget(rawUrl: string | undefined): RelayTarget | undefined {
  if (!rawUrl || !rawUrl.startsWith('/')) return undefined;
  const q = rawUrl.indexOf('?');
  const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
  if (!RELAYED_PATHS.has(path)) return undefined;
  const given = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
  const query = new URLSearchParams();
  for (const name of RELAYED_QUERY[path] ?? []) {
    const v = given.get(name);
    if (v !== null) query.set(name, v);
  }
  return { path, query };
}
