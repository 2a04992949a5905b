// `npm run screenshots`: regenerates the README's screenshots of the demo CRM, freshly seeded, at
// 1280×800 in headless Chromium: docs/screenshots/pipeline.png (Ventes) and
// docs/screenshots/audit.png (Contrats › En attente de pièces), docs/screenshots/tracker.png (the
// tracking panel of a proposal) and docs/screenshots/indexer.png (the
// indexing window of a proposal, its PDF previews drawn). The PNGs are committed; run this
// after a change that alters those screens.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/bench/chromium.mjs';
import { startDemo } from '../test/e2e/support/start-demo.mjs';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const TIMEOUT_MS = 60_000;

/** Waits until the screen is still: data loaded, fonts ready, no animation running, nothing pending on the network. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

mkdirSync(OUT, { recursive: true });
const demo = await startDemo();
const browser = await launchChromium();
try {
  // A fresh profile: the demo seeds itself, so the pictures show the demo as anyone first sees it.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    colorScheme: 'light',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(`${demo.url}#/ventes`);
  await page.locator('html[data-ready=true]').waitFor({ state: 'attached' });
  await page.locator('[data-testid=pipeline-board]').waitFor();
  // Every badge shows its count (not the loading ellipsis).
  await page.waitForFunction(() => {
    const badges = [...document.querySelectorAll('[data-testid=pipeline-board] dossier-badge')];
    return (
      badges.length > 10 &&
      badges.every((badge) => /^(\d+|✓)$/.test(badge.shadowRoot?.querySelector('[part=count]')?.textContent?.trim() ?? ''))
    );
  });
  await settle(page);
  await page.screenshot({ path: `${OUT}pipeline.png` });

  await page.click('[data-testid=nav-awaiting]');
  await page.locator('dossier-audit [part=row][data-dossier-id]').first().waitFor();
  await settle(page);
  // The page focuses its heading after a navigation; the picture needs no focus ring.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.screenshot({ path: `${OUT}audit.png` });

  // A proposal in "Étude" with a scan left to classify: its tracker opens the indexer.
  await page.goto(`${demo.url}#/ventes`);
  await page.locator('[data-testid=pipeline-board] [data-testid=proposal-link]', { hasText: 'Lucas Fournier' }).first().click();
  // The proposal's tracker: one line per expected piece, every status shown.
  const tracker = page.locator('dossier-tracker');
  await tracker.locator('[part~=piece]').first().waitFor();
  await settle(page);
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await tracker.screenshot({ path: `${OUT}tracker.png` });
  await page.locator('dossier-tracker button[part=indexer-button]').click();
  const indexer = page.locator('dossier-indexer');
  // Every PDF of the window shows its first page (or its icon and message when it cannot).
  await page.waitForFunction(() => {
    const element =
      document.querySelector('dossier-tracker')?.shadowRoot?.querySelector('dossier-indexer') ?? document.querySelector('dossier-indexer');
    const rows = [...(element?.shadowRoot?.querySelectorAll('[part~=document]') ?? [])];
    return rows.length > 0 && rows.every((row) => !row.querySelector('.kind-pdf') || row.querySelector('canvas, [part~=preview-error]'));
  });
  if ((await indexer.locator('[part~=preview-error]').count()) > 0)
    throw new Error('The indexer shows "Aperçu indisponible": the demo does not serve pdf.js\'s worker (examples/crm-demo/serve.mjs).');
  await settle(page);
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await indexer.screenshot({ path: `${OUT}indexer.png` });

  if (errors.length > 0) throw new Error(`The demo reported errors:\n${errors.join('\n')}`);
  console.log(`Screenshots written: ${OUT}pipeline.png, ${OUT}audit.png, ${OUT}tracker.png, ${OUT}indexer.png`);
} finally {
  await browser.close();
  await demo.close();
}
