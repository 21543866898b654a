// `wxpush relay`: runs the team relay (src/node/relay) until SIGINT or SIGTERM. The AppID and
// AppSecret come from the environment only; the writers' keys from WXPUSH_RELAY_KEYS and/or a
// keys file that is re-read when it changes.
import type { AddressInfo } from 'net';
import { parseArgs, UsageError } from '../args';
import { KeyError, KeyRing, keysFromEnv } from '../../node/relay/keys';
import { createRelayServer, type RelayOptions, type TokenSource } from '../../node/relay/server';
import { defaultCacheDir } from '../../node/publish/cacheDir';
import { relayTokenSource } from '../../node/relay/tokens';

export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';

export interface RunningRelay {
  url: string;
  close(): Promise<void>;
}

export interface RelaySettings {
  port: number;
  host: string;
  apiBase: string;
  keysFile?: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Tests shorten these. */
  tuning?: Pick<RelayOptions, 'maxBodyBytes' | 'requestTimeoutMs' | 'upstreamTimeoutMs' | 'ratePerMinute' | 'rateBurst'>;
  tokens?: TokenSource;
}

export function relaySettings(argv: string[], env: NodeJS.ProcessEnv, log: (line: string) => void): RelaySettings {
  const args = parseArgs(argv, ['port', 'host', 'api-base', 'keys']);
  if (args.positionals.length) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
  const portFlag = args.flags.get('port');
  const port = portFlag === undefined ? 8787 : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not ${String(portFlag)}`);
  const apiBase = String(args.flags.get('api-base') ?? env.WXPUSH_API_BASE ?? DEFAULT_API_BASE);
  try {
    const u = new URL(apiBase);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
  } catch {
    throw new UsageError(`--api-base must be an http(s) URL, not ${apiBase}`);
  }
  const keysFile = args.flags.get('keys');
  return { port, host: String(args.flags.get('host') ?? '127.0.0.1'), apiBase, keysFile: typeof keysFile === 'string' ? keysFile : undefined, env, log };
}

export async function startRelay(s: RelaySettings): Promise<RunningRelay> {
  const appId = s.env.WXPUSH_APPID;
  const appSecret = s.env.WXPUSH_APPSECRET;
  if (!appId || !appSecret) throw new UsageError('set WXPUSH_APPID and WXPUSH_APPSECRET in the environment');
  let keys: KeyRing;
  try {
    keys = new KeyRing(keysFromEnv(s.env.WXPUSH_RELAY_KEYS), s.keysFile, (m) => s.log(`${new Date().toISOString()} ${m}`));
  } catch (e) {
    if (e instanceof KeyError) throw new UsageError(e.message);
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`cannot read the keys file ${s.keysFile}: ${err.code ?? err.message}`);
  }
  if (!keys.size) throw new UsageError('no writer keys: set WXPUSH_RELAY_KEYS or pass --keys FILE');
  const server = createRelayServer({
    keys,
    tokens: s.tokens ?? relayTokenSource({ appId, appSecret, apiBase: s.apiBase, cacheDir: defaultCacheDir(s.env) }),
    apiBase: s.apiBase,
    log: s.log,
    ...s.tuning,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(s.port, s.host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function runRelay(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  const settings = relaySettings(argv, process.env, (line) => write(line + '\n'));
  let relay: RunningRelay;
  try {
    relay = await startRelay(settings);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES') {
      writeErr(`wxpush relay: cannot listen on ${settings.host}:${settings.port}: ${err.code}\n`);
      return 2;
    }
    throw e;
  }
  write(`wxpush relay: listening on ${relay.url}, forwarding to ${new URL(settings.apiBase).host}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void relay.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  write('wxpush relay: stopped\n');
  return 0;
}
