// `npm run test:built:demo`: the demo CRM, bundled from the packages' dist/ (as a host gets them),
// used keyboard-only in headless Chromium at 1280×800: after every action whose button the page
// re-renders — confirming "Convertir en contrat", a refused "Archiver le contrat", "Envoyer" in the
// reminder dialog — focus lands on a stable, sensible element, never on <body>. Real keys only
// (Tab, Enter, Escape); no click. Prints a line per step and `N passed, M failed, K skipped`.
import { launchChromium } from '../bench/chromium.mjs';
import { createStepRunner } from '../e2e/support/step-runner.mjs';
import { startDemo } from '../e2e/support/start-demo.mjs';
import { waitUntil } from '../e2e/support/wait-until.mjs';

const TOTAL_TIMEOUT_MS = 3 * 60_000;
const watchdog = setTimeout(() => {
  console.error(`\nDemo keyboard test: gave up after ${TOTAL_TIMEOUT_MS / 1000}s.\n0 passed, 1 failed`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

console.log('Demo keyboard test: building the demo CRM from the built packages…');
const demo = await startDemo({ packages: 'built' });
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
const page = await context.newPage();
page.setDefaultTimeout(10_000);
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
});

/** The element with keyboard focus, through shadow roots: its data-testid, part or tag, and its text. */
const focused = () =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return { id: 'nothing', text: '' };
    const id =
      element.getAttribute('data-testid') ?? (element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : element.localName);
    return { id, text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60) };
  });

/** Presses Tab until focus is on `id` (a data-testid or `[part=…]`). */
async function tabTo(id, max = 80) {
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused();
    if (now.id === id) return;
    seen.push(now.id);
  }
  throw new Error(`Tab × ${max} never reached ${id}; focus went: ${seen.slice(-15).join(' → ')}`);
}

/** Waits until focus settles on `id`, and not on <body>. */
const focusLandsOn = (id, what) => waitUntil(focused, (now) => now.id === id, `focus on ${what} (${id})`);

const state = { proposalId: '' };
const runner = createStepRunner({
  check() {
    if (pageErrors.length > 0) throw new Error(`The page reported errors:\n${pageErrors.splice(0).join('\n')}`);
  },
});

runner.step('the demo starts on its seeded pipeline', async () => {
  await page.goto(demo.url);
  await page.locator('html[data-ready=true]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('[data-testid=pipeline-board] li.card').first().waitFor();
  const href = await page.locator('[data-testid=pipeline-board] li.card [data-testid=proposal-link]').first().getAttribute('href');
  state.proposalId = decodeURIComponent(href.split('/').pop());
  await page.evaluate((hash) => (location.hash = hash), href);
  await page.locator('[data-testid=proposal-title]').waitFor();
  await waitUntil(
    () => page.locator('[data-testid=convert]').count(),
    (n) => n === 1,
    'the proposal page',
  );
});

runner.step('"Convertir en contrat", confirmed with Enter: focus on the page heading, not <body>', async () => {
  await page.locator('[data-testid=proposal-title]').focus();
  await tabTo('convert');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=confirm-dialog]').waitFor();
  await focusLandsOn('confirm-ok', 'the confirmation button');
  await page.keyboard.press('Enter');
  await waitUntil(
    () => page.locator('[data-testid=proposal-phase]').getAttribute('data-phase'),
    (phase) => phase === 'contract',
    'the contract phase',
  );
  await focusLandsOn('proposal-title', 'the heading, which now names the contract');
  const heading = await page.locator('[data-testid=proposal-title]').innerText();
  if (!/CT-/.test(heading)) throw new Error(`heading "${heading}" does not name the contract`);
});

runner.step('a refused "Archiver le contrat": focus back on the (re-rendered) archive button, the refusal announced', async () => {
  await page.locator('[data-testid=proposal-title]').focus();
  await tabTo('archive-contract');
  await page.keyboard.press('Enter');
  await focusLandsOn('confirm-ok', 'the confirmation button');
  await page.keyboard.press('Enter');
  await waitUntil(
    () => page.locator('[data-testid=proposal-error]').innerText(),
    (text) => text.includes('Archivage refusé'),
    'the refusal',
  );
  await focusLandsOn('archive-contract', 'the archive button');
});

runner.step('"Envoyer" in the reminder dialog: the dialog closes, focus back on "Relancer par e-mail"', async () => {
  await page.locator('[data-testid=proposal-title]').focus();
  await tabTo('remind');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=reminder-dialog]').waitFor();
  await waitUntil(
    () => page.locator('dossier-reminder [part~=send-button]').count(),
    (n) => n === 1,
    'the composer',
  );
  await tabTo('[part=send-button]');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=reminder-dialog]').waitFor({ state: 'detached' });
  await focusLandsOn('remind', '"Relancer par e-mail"');
  // And it stays there once the page has refreshed with the reminder recorded.
  await page.waitForTimeout(300);
  await focusLandsOn('remind', '"Relancer par e-mail" after the refresh');
});

let results;
try {
  results = await runner.run();
} finally {
  await browser.close().catch(() => undefined);
  await demo.close();
}
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed === 0 ? 0 : 1);
