// Debian's Chromium (/usr/bin/chromium) for rendering the dossier, launched with the same offline
// flags as the browser tests (tests/site/chromium.ts): never a downloaded browser, no background
// traffic, and every host but loopback unresolvable.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const offlineArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export async function launchDossierBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found: install Debian's Chromium (apt-get install -y chromium), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: offlineArgs });
}
