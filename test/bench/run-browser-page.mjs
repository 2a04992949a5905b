// Runs one TypeScript entry as a page in headless Chromium and returns what it publishes on
// `window.benchResults` (or throws `window.benchError`). Used by the benchmarks and the soak.
import { bundleForBrowser } from './browser-bundle.mjs';
import { launchChromium } from './chromium.mjs';
import { serveFiles } from './static-server.mjs';

/**
 * @param {string} entry path of the TypeScript entry
 * @param {{ name: string, timeoutMs?: number, query?: string, files?: Record<string, { type: string, body: string | Uint8Array }> }} options `name` prefixes the page's `benchLog` lines; `query` is given to the page; `files` are served beside it
 */
export async function runBrowserPage(entry, { name, timeoutMs = 20 * 60_000, query = '', files = {} }) {
  const { code } = await bundleForBrowser(entry);
  const server = await serveFiles({
    '/': {
      type: 'text/html',
      body: `<!doctype html><html lang="fr"><meta charset="utf-8"><title>${name}</title><body><script type="module" src="/bench.js"></script></body></html>`,
    },
    '/bench.js': { type: 'text/javascript', body: code },
    ...files,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.exposeFunction('benchHeapUsed', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    });
    await page.exposeFunction('benchLog', (line) => console.log(`  [${name}] ${line}`));
    page.on('pageerror', (error) => console.error(`  [${name}] page error: ${error.message}`));
    await page.goto(`${server.url}${query}`);
    await page.waitForFunction(() => window.benchResults !== undefined || window.benchError !== undefined, null, {
      timeout: timeoutMs,
      polling: 250,
    });
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(`${name} failed: ${error}`);
    return await page.evaluate(() => window.benchResults);
  } finally {
    await browser.close();
    await server.close();
  }
}
