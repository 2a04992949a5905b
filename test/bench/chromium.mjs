// Starts Debian's Chromium (or $CHROME_PATH) headless through playwright-core, with the flags known to work here.
import { chromium } from 'playwright-core';

/** Launches headless Chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
