// `npm run test:e2e` (second story): the demo on the "Serveur (PostgreSQL)" storage — the reference
// server on its embedded default, as `npm start` runs it — with two browser profiles: the first
// seeds the shared portfolio through the server, the second opens it, and each sees the document
// the other drops on the same proposal, live (change feed), without reloading.
// Prints a line per step and `N passed, M failed, K skipped`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../bench/chromium.mjs';
import { startDossierServer } from '../../examples/crm-demo/dossier-server.mjs';
import { createDataTransfer } from './support/create-data-transfer.mjs';
import { pdfOf } from './support/pdf-of.mjs';
import { createStepRunner } from './support/step-runner.mjs';
import { startDemo } from './support/start-demo.mjs';
import { waitUntil } from './support/wait-until.mjs';

/** Seeding the portfolio through the server takes a while on a busy machine: a hung run must still end. */
const TOTAL_TIMEOUT_MS = 6 * 60_000;
const ACTION_TIMEOUT_MS = 15_000;
/** The other profile hears of a change at the next poll of the change feed (every second). */
const LIVE_TIMEOUT_MS = 10_000;

const watchdog = setTimeout(() => {
  console.error(`\nE2E server: gave up after ${TOTAL_TIMEOUT_MS / 1000}s.\n0 passed, 1 failed`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

const started = Date.now();
console.log('E2E server flow: starting the reference server and building the demo CRM…');
const dataDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-server-'));
const dossierServer = await startDossierServer({ dataDir, quiet: true });
const demo = await startDemo({ dossierServer });
const browser = await launchChromium();
const url = `${demo.url}?storage=server`;

/** A fresh browser profile on the server storage, with its errors collected. */
async function openProfile(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(`${name}: uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${name}: console.error: ${message.text()}`);
  });
  return { page, errors };
}

const see = (locator, expected, what, timeout = ACTION_TIMEOUT_MS) =>
  waitUntil(
    async () => ((await locator.count()) === 0 ? '(no such element)' : locator.innerText()),
    (text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text)),
    `${what}: expected ${expected}`,
    timeout,
  );

async function dropFile(page, zone, file) {
  const dataTransfer = await createDataTransfer(page, file);
  try {
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
  } finally {
    await dataTransfer.dispose();
  }
}

const profiles = [];
const state = {};
const runner = createStepRunner({
  check() {
    const errors = profiles.flatMap((profile) => profile.errors.splice(0));
    if (errors.length > 0) throw new Error(errors.join('\n'));
  },
});

runner.step('1. the first profile opens the demo on the server storage and seeds the shared portfolio through it', async () => {
  const first = await openProfile('first');
  profiles.push(first);
  await first.page.goto(url);
  await first.page.locator('html[data-ready=true]').waitFor({ state: 'attached', timeout: 4 * 60_000 });
  await see(first.page.locator('[data-testid=storage-badge]'), 'Serveur (PostgreSQL)', 'storage badge');
  await waitUntil(
    () => first.page.locator('[data-testid=pipeline-board] li.card').count(),
    (n) => n > 5,
    'seeded proposals on the board',
    ACTION_TIMEOUT_MS,
  );
  state.proposalId = (
    await first.page.locator('[data-testid=pipeline-board] [data-testid^=proposal-card-]').first().getAttribute('data-testid')
  )?.replace('proposal-card-', '');
  if (!state.proposalId) throw new Error('no proposal card');
});

runner.step('2. a second profile (another browser) opens the same portfolio without seeding it again', async () => {
  const second = await openProfile('second');
  profiles.push(second);
  await second.page.goto(url);
  await second.page.locator('html[data-ready=true]').waitFor({ state: 'attached', timeout: 60_000 });
  await second.page.locator(`[data-testid="proposal-card-${state.proposalId}"]`).waitFor();
});

/** Opens the proposal in a profile; returns the number of documents its tracker lists. */
async function openProposal(page) {
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    `#/propositions/${encodeURIComponent(state.proposalId)}`,
  );
  await page.locator('dossier-tracker').waitFor();
  await page.locator('dossier-tracker [part=count]').waitFor();
}
/** The tracker's button to the indexing window, which counts the documents still to classify. */
const toClassify = (page) => page.locator('dossier-tracker button[part=indexer-button]');

runner.step('3. a document dropped in the first profile appears in the second, live', async () => {
  const [first, second] = profiles;
  await openProposal(first.page);
  await openProposal(second.page);
  state.before = Number(
    /\((\d+)\)/.exec((await toClassify(second.page).count()) ? await toClassify(second.page).innerText() : '(0)')?.[1] ?? 0,
  );
  await dropFile(first.page, first.page.locator('dossier-tracker dossier-drop-zone[part=drop-zone] [part~=zone]'), {
    kind: 'pdf',
    name: 'attestation-du-premier-poste.pdf',
    text: 'Premier poste',
  });
  await see(toClassify(first.page), `Classer les documents (${state.before + 1})`, 'the first profile has its document to classify');
  await see(
    toClassify(second.page),
    `Classer les documents (${state.before + 1})`,
    'the second profile has it too, without reloading',
    LIVE_TIMEOUT_MS,
  );
});

runner.step('4. and the other way round', async () => {
  const [first, second] = profiles;
  await dropFile(second.page, second.page.locator('dossier-tracker dossier-drop-zone[part=drop-zone] [part~=zone]'), {
    kind: 'pdf',
    name: 'justificatif-du-second-poste.pdf',
    text: 'Second poste',
  });
  await see(toClassify(second.page), `Classer les documents (${state.before + 2})`, 'the second profile has its document to classify');
  await see(
    toClassify(first.page),
    `Classer les documents (${state.before + 2})`,
    'the first profile has it too, without reloading',
    LIVE_TIMEOUT_MS,
  );
  // And the board's badge of the other profile counts the same.
  const badge = async (page) => {
    await page.evaluate(() => {
      location.hash = '#/ventes';
    });
    // Read once the badge has loaded (it shows "…" meanwhile).
    const count = page.locator(`[data-testid="proposal-card-${state.proposalId}"] dossier-badge [part=count]`);
    return waitUntil(
      () => count.innerText(),
      (text) => text !== '…',
      'the badge loaded',
      ACTION_TIMEOUT_MS,
    );
  };
  const [firstBadge, secondBadge] = [await badge(first.page), await badge(second.page)];
  if (firstBadge !== secondBadge) throw new Error(`badges differ: ${firstBadge} / ${secondBadge}`);
});

// The client's side (issue 13): a reminder carries an upload link; the client sends the pieces from a
// phone through the demo's portal page, resumably; the broker reviews them live, refuses one, the
// client sees why on the same link and sends another; accepted, the contract archives. Step 10 makes
// a link after step 9 moved the server's clock three weeks on: the demo client's clock follows it.

/** The tracker's "N à vérifier" on the broker's page. */
const toReview = (page) => page.locator('dossier-tracker [part~=to-review]');
/** The portal's file input of one piece. */
const pickerOf = (page, pieceId) => page.locator(`dossier-portal input[type=file][data-piece="${pieceId}"]:not([capture])`);

runner.step(
  '5. the broker sends a contract\'s reminder with an upload link ("Joindre un lien de dépôt"); the simulated outbox opens it on a 375×667 phone',
  async () => {
    const [first] = profiles;
    const page = first.page;
    // A contract missing exactly two required pieces: once both arrive and are accepted, it can be archived.
    const { token } = await (await fetch(`${demo.url}server/dev-token`)).json();
    const audit = await (
      await fetch(
        `${demo.url}server/api/dossier/audit?phase=contract&onlyIncomplete=true&limit=200&now=${encodeURIComponent(new Date().toISOString())}`,
        { headers: { authorization: `Bearer ${token}` } },
      )
    ).json();
    // The contract missing the fewest required pieces, two at least (the seed has none missing exactly two at every date).
    const contract = audit.items
      .filter((row) => row.requiredMissing >= 2 && row.missingPieceIds.length === row.requiredMissing && !row.toReview)
      .sort((a, b) => a.requiredMissing - b.requiredMissing)[0];
    if (!contract) throw new Error(`no contract missing two pieces or more among ${audit.items.length}`);
    state.contract = contract;
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      `#/propositions/${encodeURIComponent(contract.id)}`,
    );
    await page.locator('dossier-tracker [part=count]').waitFor();
    await page.locator('[data-testid=remind]').click();
    const reminder = page.locator('dossier-reminder[data-testid=reminder]');
    const attach = reminder.locator('[part~=link-button]');
    await see(attach, 'Joindre un lien de dépôt', 'the composer offers an upload link');
    await attach.focus();
    await page.keyboard.press('Enter');
    await see(reminder.locator('[part~=link-status]'), 'Lien de dépôt ajouté au message, valable 14 jours.', 'the link is in the message');
    const body = await reminder.locator('#body').inputValue();
    if (!/\/portal\.html#[A-Za-z0-9_-]{43}/.test(body)) throw new Error(`no link in the reminder: ${body}`);
    await reminder.locator('[part~=send-button]').click();
    const outbox = page.locator('[data-testid=sent-outbox-dialog]');
    await see(
      outbox.locator('[data-testid=sent-outbox-message]'),
      '/portal.html#',
      'the simulated outbox shows the reminder with its link',
    );
    const [popup] = await Promise.all([page.waitForEvent('popup'), outbox.locator('[data-testid=open-client-link]').click()]);
    // The demo opens it as a phone-sized popup (window.open's width and height).
    const opened = (await popup.evaluate(() => [window.innerWidth, window.innerHeight])).join('×');
    if (opened !== '375×667') throw new Error(`the client's page opened at ${opened}, not 375×667`);
    popup.setDefaultTimeout(ACTION_TIMEOUT_MS);
    popup.on('pageerror', (error) => first.errors.push(`client: uncaught: ${error.message}`));
    await popup.locator('html[data-ready=true]').waitFor({ state: 'attached' });
    for (const pieceId of contract.missingPieceIds) await pickerOf(popup, pieceId).waitFor({ state: 'attached' });
    state.popup = popup;
    await page.keyboard.press('Escape');
  },
);

runner.step(
  '6. the client sends the pieces from the phone (the contract’s missing ones: two, and any other), one cut mid-way and resumed from where it stopped (tus); the broker sees them "à vérifier" without reloading',
  async () => {
    const [first] = profiles;
    const { popup } = state;
    const [pieceA, pieceB, ...others] = state.contract.missingPieceIds;
    const count = state.contract.missingPieceIds.length;
    // The second PATCH of the big file is cut (the connection drops); tus-js-client asks the server where it stands and goes on from there.
    const patches = new Map();
    let cut;
    await popup.route(/\/portal-uploads\//, async (route) => {
      const request = route.request();
      if (request.method() !== 'PATCH') return route.continue();
      const offsets = patches.get(request.url()) ?? [];
      patches.set(request.url(), [...offsets, Number(request.headers()['upload-offset'])]);
      if (!cut && offsets.length === 1) {
        cut = request.url();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await pickerOf(popup, pieceA).setInputFiles({
      name: 'justificatif-complet.pdf',
      mimeType: 'application/pdf',
      buffer: pdfOf('Justificatif complet', 2.5 * 1024 * 1024),
    });
    await pickerOf(popup, pieceB).setInputFiles({
      name: 'second-justificatif.pdf',
      mimeType: 'application/pdf',
      buffer: pdfOf('Second justificatif', 2000),
    });
    // Any other piece the contract misses, so that it can be archived at the end.
    for (const [index, pieceId] of others.entries())
      await pickerOf(popup, pieceId).setInputFiles({
        name: `autre-${index + 1}.pdf`,
        mimeType: 'application/pdf',
        buffer: pdfOf(`Autre ${index + 1}`, 2000),
      });
    await see(toReview(first.page), `${count} à vérifier`, "the broker's tracker counts the documents to review, live", LIVE_TIMEOUT_MS);
    await popup.unroute(/\/portal-uploads\//);
    // The big file's PATCHes: 0, then the cut one at 1 MiB, then again from 1 MiB (the server's offset), never from 0.
    const offsets = patches.get(cut) ?? [];
    const afterCut = offsets.slice(2);
    if (!cut || afterCut.length === 0 || afterCut[0] !== offsets[1] || afterCut[0] <= 0)
      throw new Error(`not resumed: PATCH offsets ${offsets.join(', ')}`);
    console.log(`      cut at offset ${offsets[1]}, resumed at offset ${afterCut[0]} (PATCH offsets ${offsets.join(', ')})`);
  },
);

runner.step('7. the broker refuses one ("Illisible"); the client sees why on the same link and sends a new file', async () => {
  const [first] = profiles;
  const { popup } = state;
  const page = first.page;
  const [pieceA] = state.contract.missingPieceIds;
  const count = state.contract.missingPieceIds.length;
  const row = page.locator(`dossier-tracker li[data-piece-id="${pieceA}"]`);
  await row.locator('[part~=reject-button]').click();
  await row.locator('[part=reject-form] select').selectOption('illegible');
  await row.locator('[part~=reject-submit]').click();
  await see(toReview(page), `${count - 1} à vérifier`, 'one document fewer to review');
  await popup.reload();
  await popup.locator('html[data-ready=true]').waitFor({ state: 'attached' });
  await see(popup.locator('dossier-portal [part~=rejection]'), 'le document est illisible', 'the client sees the reason');
  await pickerOf(popup, pieceA).setInputFiles({
    name: 'justificatif-lisible.pdf',
    mimeType: 'application/pdf',
    buffer: pdfOf('Justificatif lisible', 2000),
  });
  await see(toReview(page), `${count} à vérifier`, 'the new file waits for review, live', LIVE_TIMEOUT_MS);
});

runner.step('8. the broker accepts them; the contract archives', async () => {
  const [first] = profiles;
  const page = first.page;
  for (let left = state.contract.missingPieceIds.length; left > 0; left -= 1) {
    await page.locator('dossier-tracker [part~=accept-button]').first().click();
    await waitUntil(
      () => page.locator('dossier-tracker [part~=accept-button]').count(),
      (n) => n === left - 1,
      'one document fewer to review',
      ACTION_TIMEOUT_MS,
    );
  }
  // Complete: archiving becomes the primary action once the page heard of the last acceptance.
  await waitUntil(
    () => page.locator('[data-testid=archive-contract]').getAttribute('class'),
    (kind) => kind?.includes('button-primary') ?? false,
    'archive as the primary action of a complete contract',
    LIVE_TIMEOUT_MS,
  );
  await page.locator('[data-testid=archive-contract]').click();
  await page.locator('[data-testid=confirm-dialog] [data-testid=confirm-ok]').click();
  await see(page.locator('[data-testid=proposal-outcome]'), 'Contrat archivé.', 'archive outcome');
  await waitUntil(
    () => page.locator('[data-testid=proposal-phase]').getAttribute('data-phase'),
    (phase) => phase === 'archived',
    'the contract archived',
    ACTION_TIMEOUT_MS,
  );
  await state.popup.close();
});

runner.step(
  "9. reminders scheduled from a card's reminder window go out when \"Avancer l'horloge de 7 jours\" runs the server's scheduler: the simulated outbox shows them",
  async () => {
    const [first] = profiles;
    const page = first.page;
    await page.evaluate(() => {
      location.hash = '#/ventes';
    });
    const card = page.locator(`[data-testid="proposal-card-${state.proposalId}"]`);
    await card.locator('[data-testid=remind-button]').click();
    const reminder = page.locator('dossier-reminder[data-testid=reminder]');
    const start = reminder.locator('[part~=automatic-button]');
    await see(start, 'Programmer les relances', 'the start button of the automatic reminders');
    await start.focus();
    await page.keyboard.press('Enter');
    await see(reminder.locator('[part~=automatic-status]'), 'Relances automatiques en cours', 'the schedule runs');
    await see(reminder.locator('[part~=next-reminder]'), 'Prochaine relance le', 'the next date');
    await page.keyboard.press('Escape');
    // Three weeks on: the built-in policy's three steps (days 3, 7 and 14) have gone.
    for (let week = 0; week < 3; week += 1) {
      await page.locator('[data-testid=advance-clock]').click();
      const dialog = page.locator('[data-testid=outbox-dialog]');
      await dialog.waitFor({ timeout: 60_000 });
      state.outbox = [...(state.outbox ?? []), ...(await dialog.locator('li').allInnerTexts())];
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    const mine = state.outbox.filter((line) => line.includes('Relance') || line.includes('@'));
    if (mine.length < 3) throw new Error(`expected the three automatic reminders in the outbox, saw: ${state.outbox.join(' | ')}`);
  },
);

runner.step(
  '10. three weeks on, a link the broker makes still opens for the client: the demo client’s clock follows the server’s',
  async () => {
    const [first] = profiles;
    const page = first.page;
    const card = page.locator(`[data-testid="proposal-card-${state.proposalId}"]`);
    await card.locator('[data-testid=remind-button]').click();
    const reminder = page.locator('dossier-reminder[data-testid=reminder]');
    const attach = reminder.locator('[part~=link-button]');
    await see(attach, 'Joindre un lien de dépôt', 'the composer offers an upload link');
    await attach.click();
    await see(reminder.locator('[part~=link-status]'), 'valable 14 jours', 'the link is in the message');
    const link = /\/portal\.html#([A-Za-z0-9_-]{43})/.exec(await reminder.locator('#body').inputValue());
    if (!link) throw new Error('no link in the reminder');
    await page.keyboard.press('Escape');
    const view = await fetch(`${demo.url}server/api/dossier/portal/${link[1]}`);
    if (view.status !== 200)
      throw new Error(`the new link answers ${view.status}: made at the browser's time, it expired on the server's clock`);
  },
);

let results;
try {
  results = await runner.run();
} finally {
  await browser.close().catch(() => undefined);
  await demo.close();
  await dossierServer.stop();
  await rm(dataDir, { recursive: true, force: true });
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped (${seconds}s)`);
process.exit(results.failed === 0 ? 0 : 1);
