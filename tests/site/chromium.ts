// The system Chromium (Debian's /usr/bin/chromium) driven by playwright-core:
// never a downloaded browser, and no background traffic off this machine.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any host but loopback fails to resolve, so a stray external request cannot succeed even if a check missed it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's Chromium (apt-get install -y chromium), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args });
}
