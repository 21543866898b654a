// Debian's Chromium driven by playwright-core (no browser download on these machines).
import { chromium, type Browser } from 'playwright-core';
import * as fs from 'fs';

export async function launch(): Promise<Browser> {
  const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p));
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
