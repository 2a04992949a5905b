// `npm run bench -- demo`: how long the demo CRM takes to seed itself on a first visit, timed in a
// fresh headless Chromium profile at 1280×800, per storage mode: from the navigation to the app
// mounted (`html[data-ready=true]`, the seed done) and to the pipeline filled (every badge showing
// its count); then a second visit of the same profile, which reuses what was seeded. Printed, never
// asserted (the README's "REST mode" line quotes the figure).
//   node test/bench/demo-rest-seed.mjs          the same, on its own
import { fileURLToPath } from 'node:url';
import { startDemo } from '../e2e/support/start-demo.mjs';
import { launchChromium } from './chromium.mjs';

const TIMEOUT_MS = 120_000;

/** Navigates to the pipeline and resolves with the milliseconds to the app mounted and to every badge counted. */
async function visit(page, url, { reload = false } = {}) {
  const start = performance.now();
  // The same address again would only be a jump to its fragment: the second visit reloads the page.
  if (reload) await page.reload();
  else await page.goto(url);
  await page.locator('html[data-ready=true]').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  const readyMs = performance.now() - start;
  await page.waitForFunction(
    () => {
      const badges = [...document.querySelectorAll('[data-testid=pipeline-board] dossier-badge')];
      return (
        badges.length > 10 &&
        badges.every((badge) => /^(\d+|✓)$/.test(badge.shadowRoot?.querySelector('[part=count]')?.textContent?.trim() ?? ''))
      );
    },
    undefined,
    { timeout: TIMEOUT_MS, polling: 50 },
  );
  return { readyMs, pipelineMs: performance.now() - start };
}

/**
 * Times the demo's first and second visits in each storage mode.
 * @param {{ modes?: string[] }} [options] storage modes, as the demo's `?storage=` takes them ('indexeddb' is the default mode)
 * @returns {Promise<Record<string, { first: { readyMs: number, pipelineMs: number }, second: { readyMs: number, pipelineMs: number }, cards: number }>>}
 */
export async function measureDemoSeed({ modes = ['rest', 'indexeddb'] } = {}) {
  const demo = await startDemo();
  const browser = await launchChromium();
  const results = {};
  try {
    for (const mode of modes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      const page = await context.newPage();
      const url = `${demo.url}${mode === 'indexeddb' ? '' : `?storage=${mode}`}#/ventes`;
      const first = await visit(page, url);
      const cards = await page.locator('[data-testid=pipeline-board] dossier-badge').count();
      const second = await visit(page, url, { reload: true });
      results[mode] = { first, second, cards };
      await context.close();
    }
  } finally {
    await browser.close();
    await demo.close();
  }
  return results;
}

/** Prints the figures as a table. */
export function printDemoSeed(results) {
  const s = (value) => `${(value / 1000).toFixed(1)} s`;
  console.log('Demo CRM, fresh profile: navigation → app mounted (seed done) → pipeline filled (every badge counted); then a second visit');
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([mode, r]) => [
        mode,
        {
          'first visit: mounted': s(r.first.readyMs),
          'first visit: pipeline': s(r.first.pipelineMs),
          'second visit: pipeline': s(r.second.pipelineMs),
          badges: r.cards,
        },
      ]),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printDemoSeed(await measureDemoSeed());
