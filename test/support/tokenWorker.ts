// Run as a separate process by the token tests: fetches a token through the client's shared cache
// (argv: cacheDir apiBase appId appSecret) and prints it masked to a hash, so tests can compare.
import { createHash } from 'crypto';
import { WeChatClient } from '../../src/node/wechat/client';

async function main() {
  const [cacheDir, apiBase, appId, appSecret] = process.argv.slice(2);
  const client = new WeChatClient({ credentials: { appId, appSecret }, apiBase, cacheDir });
  const token = await client.token();
  process.stdout.write(createHash('sha256').update(token).digest('hex').slice(0, 16) + '\n');
}

main().catch((e) => {
  process.stderr.write(String((e as Error).message) + '\n');
  process.exitCode = 1;
});
