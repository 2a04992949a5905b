// `npm run test:built:examples`: the framework examples, as their hosts build them on the BUILT
// packages (npm run build first): each is type-checked (tsc for React, vue-tsc for Vue, ngc with
// strict templates for Angular, svelte-check for Svelte, tsc for Solid), built, served, and driven in headless
// Chromium like a person: the proposals list their badges, "Ouvrir" shows the tracker, a PDF is
// picked in its drop zone, the host reacts to dossier-document-added and the badge count drops.
// Prints a line per step and `N passed, M failed, K skipped`.
//
//   node test/built/framework-examples.e2e.mjs            every example
//   node test/built/framework-examples.e2e.mjs vue        only some
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../bench/chromium.mjs';
import { waitUntil } from '../e2e/support/wait-until.mjs';
import { serveDirectory } from './support/serve-directory.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = [
  { name: 'react', what: 'React 19, the elements in JSX with their generated types', typecheck: 'tsc' },
  { name: 'react-18', what: 'React 18, the @dossier/react wrappers', typecheck: 'tsc' },
  { name: 'vue', what: 'Vue 3, SFC templates with the generated GlobalComponents types', typecheck: 'vue-tsc' },
  { name: 'angular', what: 'Angular 21, standalone and zoneless, CUSTOM_ELEMENTS_SCHEMA', typecheck: 'ngc --strictTemplates' },
  { name: 'svelte', what: 'Svelte 5, runes, with the generated svelteHTML types', typecheck: 'svelte-check' },
  { name: 'solid', what: 'Solid 1.9, `prop:` and `on:` with the generated JSX types', typecheck: 'tsc' },
];
const wanted = process.argv.slice(2);
/** Typecheck, build and drive of one example must each end well within this. */
const STEP_TIMEOUT_MS = 120_000;
const TOTAL_TIMEOUT_MS = 8 * 60_000;
const watchdog = setTimeout(() => {
  console.error(`\nFramework examples: gave up after ${TOTAL_TIMEOUT_MS / 1000}s.\n0 passed, 1 failed`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

/** A small valid PDF, as a person's file. */
const PDF = Buffer.from('%PDF-1.4\n% permis\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n9\n%%EOF\n');

function npmRun(script, example) {
  const result = spawnSync('npm', ['run', '--silent', script, '-w', `examples/${example}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: STEP_TIMEOUT_MS,
  });
  if (result.status !== 0)
    throw new Error(
      `npm run ${script} -w examples/${example} failed:\n${(result.stdout + result.stderr).trim().split('\n').slice(-30).join('\n')}`,
    );
}

const browser = await launchChromium();
const pageErrors = [];
/** Each example's steps in order; a failed step skips the rest of that example only. */
const examples = [];
for (const example of EXAMPLES.filter((e) => wanted.length === 0 || wanted.includes(e.name))) {
  const steps = [];
  examples.push(steps);
  const step = (title, run) => steps.push({ title, run });
  step(`${example.name}: type-checked (${example.typecheck})`, async () => npmRun('typecheck', example.name));
  step(`${example.name}: built`, async () => npmRun('build', example.name));
  step(`${example.name}: ${example.what} — badges, tracker, a picked PDF, the host's reaction`, async () => {
    const server = await serveDirectory(`${root}examples/${example.name}/dist`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') pageErrors.push(`console.${message.type()}: ${message.text()}`);
    });
    try {
      await page.goto(server.url);
      const badge = (id) => page.locator(`li[data-proposal="${id}"] dossier-badge [part~=count]`);
      await waitUntil(
        () => badge('P-101').innerText(),
        (text) => text === '3',
        'the badge of P-101 shows 3 pieces to collect',
      );
      await waitUntil(
        () => page.locator('dossier-badge [part~=count]').allInnerTexts(),
        (texts) => texts.length === 3 && texts.every((t) => t === '3'),
        'three badges',
      );
      // The framework gave the client as a property: an attribute would be "[object Object]".
      const clientAttribute = await page.locator('dossier-provider').getAttribute('client');
      if (clientAttribute !== null) throw new Error(`<dossier-provider client="${clientAttribute}">: the client was set as an attribute`);

      await page.getByRole('button', { name: 'Ouvrir P-101' }).click();
      const piece = page
        .locator('dossier-tracker li[part~=piece]')
        .filter({ has: page.locator('[part=piece-label]', { hasText: 'Permis de conduire' }) });
      // The tracker's line of the piece: its "Ajouter document" opens the file picker for that piece.
      const pickButton = piece.locator('[part~=add-button]');
      await pickButton.waitFor();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), pickButton.click()]);
      await chooser.setFiles({ name: 'permis.pdf', mimeType: 'application/pdf', buffer: PDF });
      await waitUntil(
        () => page.locator('[data-host=added]').innerText(),
        (text) => text.includes('Document ajouté : permis.pdf (P-101)'),
        'the host’s line for the added document',
      );
      await waitUntil(
        () => badge('P-101').innerText(),
        (text) => text === '2',
        'the badge of P-101 down to 2',
      );
      if (example.name === 'react-18') {
        // The host's own UI, drawn with the hooks on the same engine, follows too.
        const toCollect = page.locator('li[data-proposal="P-101"] [data-host=to-collect]');
        await waitUntil(
          () => toCollect.innerText(),
          (text) => text === '2 à collecter',
          'useSummary: P-101 down to 2',
        );
        await waitUntil(
          () => page.locator('[data-host=incomplete]').innerText(),
          (text) => text === '3 propositions incomplètes',
          'useAudit: the total',
        );
      }
    } finally {
      await context.close();
      await server.close();
    }
  });
}

const results = { passed: 0, failed: 0, skipped: 0 };
try {
  for (const steps of examples) {
    let failed = false;
    for (const { title, run } of steps) {
      if (failed) {
        results.skipped += 1;
        console.log(`  - ${title} (skipped)`);
        continue;
      }
      const started = Date.now();
      try {
        pageErrors.length = 0;
        await run();
        if (pageErrors.length > 0) throw new Error(`The page reported errors:\n${pageErrors.join('\n')}`);
        results.passed += 1;
        console.log(`  ✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } catch (error) {
        failed = true;
        results.failed += 1;
        console.log(`  ✘ ${title}\n      ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n      ')}`);
      }
    }
  }
} finally {
  await browser.close().catch(() => undefined);
}
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed === 0 ? 0 : 1);
