// `npm run test:e2e`: the seed's whole journey, driven in headless Chromium on the built demo CRM
// as a broker would — expected pieces, a proposal, a drop and its classification, a refused file,
// the conversion, the audit, a reminder, archiving with and without a profile-optional piece, and a
// reload. Each run starts on a fresh browser profile (empty IndexedDB), so the demo seeds itself.
// Any uncaught page error or console error fails the step it happened in.
//
//   npm run test:e2e
//
// Screenshots of the main screens go to test/e2e/screenshots/ (ignored by git); a failed step
// leaves `failed-<step>.png` there. Prints a line per step and `N passed, M failed, K skipped`.
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../bench/chromium.mjs';
import { createDataTransfer } from './support/create-data-transfer.mjs';
import { createStepRunner } from './support/step-runner.mjs';
import { startDemo } from './support/start-demo.mjs';
import { waitUntil } from './support/wait-until.mjs';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** A hung browser must not hang `npm test`. */
const TOTAL_TIMEOUT_MS = 3 * 60_000;
/** Longest wait for one action or one expected text. */
const ACTION_TIMEOUT_MS = 10_000;

// The broker's story.
const RISK_TYPE = 'Santé';
/** New piece, PDF only. */
const FORM_PIECE = 'Bulletin d’adhésion signé';
/** New piece, optional for a business (a self-employed doctor has no employer). */
const EMPLOYER_PIECE = 'Attestation de l’employeur';
const PRIVATE_CLIENT = { name: 'Léa Garnier', email: 'lea.garnier@example.fr', age: '35', premium: '960' };
const PRO_CLIENT = { name: 'Dr Hélène Marchand', premium: '1450' };
/**
 * Pieces the seeded catalogue's Santé asks of a private client — identity, health-insurance rights,
 * RIB, SEPA mandate (the Kbis only of a business; the former insurer's certificate is optional) —
 * plus the two defined in step 1. A business: the same four, the Kbis and the form, not the employer's.
 */
const PRIVATE_REQUIRED = 6;
const PRO_REQUIRED = 6;

const watchdog = setTimeout(() => {
  console.error(`\nE2E: gave up after ${TOTAL_TIMEOUT_MS / 1000}s.\n0 passed, 1 failed`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

rmSync(SCREENSHOTS, { recursive: true, force: true });
mkdirSync(SCREENSHOTS, { recursive: true });

const started = Date.now();
console.log('E2E seed flow: building the demo CRM…');
const demo = await startDemo();
const browser = await launchChromium();
// A new context is a fresh profile: no IndexedDB, no localStorage.
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
const page = await context.newPage();
page.setDefaultTimeout(ACTION_TIMEOUT_MS);

/** Errors the page reported since the last step ended. */
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(`uncaught: ${error.message}`));
page.on('console', (message) => {
  if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
});

/**
 * Saves a screenshot of the viewport under test/e2e/screenshots/, with `focus` (if given) scrolled
 * to the middle of it.
 * @param {string} name
 * @param {import('playwright-core').Locator} [focus]
 */
async function shot(name, focus) {
  if (focus) await focus.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

/**
 * Waits until the locator's text matches `expected` (a substring or a RegExp); returns the text.
 * @param {import('playwright-core').Locator} locator
 * @param {string | RegExp} expected
 * @param {string} what
 */
const see = (locator, expected, what) =>
  waitUntil(
    async () => ((await locator.count()) === 0 ? '(no such element)' : locator.innerText()),
    (text) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text)),
    `${what}: expected ${expected}`,
    ACTION_TIMEOUT_MS,
  );

/** Waits until an attribute has a value. */
const seeAttribute = (locator, name, value, what) =>
  waitUntil(
    async () => ((await locator.count()) === 0 ? '(no such element)' : locator.getAttribute(name)),
    (actual) => actual === value,
    `${what}: expected ${name}="${value}"`,
    ACTION_TIMEOUT_MS,
  );

/** Drops one file on a drop zone: dragenter, dragover and drop, with a DataTransfer holding a File made in the page. */
async function dropFile(zone, file) {
  const dataTransfer = await createDataTransfer(page, file);
  try {
    for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer });
  } finally {
    await dataTransfer.dispose();
  }
}

const toasts = page.locator('[data-testid=toast]');

/**
 * Dismisses the notifications already read with their own close buttons, so that they hide nothing
 * from the next screens. Clicked from the page: a notification may be sliding in, or leave on its own.
 */
async function dismissToasts() {
  await page.locator('[data-testid=toast] button.toast-close').evaluateAll((buttons) => buttons.forEach((button) => button.click()));
  await waitUntil(
    () => toasts.count(),
    (count) => count === 0,
    'notifications dismissed',
  );
}
const tracker = page.locator('dossier-tracker');
/** A piece's row in the tracker. */
const trackerPiece = (label) => tracker.locator('li[part~=piece]').filter({ has: page.locator('[part=piece-label]', { hasText: label }) });
/** Lists the documents of a piece of the tracker (its count is a button). */
async function showTrackerDocuments(label) {
  const toggle = trackerPiece(label).locator('[data-action=documents]');
  await toggle.waitFor();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
/** The documents listed under the tracker's pieces (not the indexer's). */
const trackerDocuments = tracker.locator('[part=documents] > [part=document]');
const editor = page.locator('dossier-pieces-editor');
const editorPiece = (label) => editor.locator('li[part~=piece]').filter({ has: page.locator('[part=piece-label]', { hasText: label }) });
const audit = page.locator('dossier-audit');
const card = (id) => page.locator(`[data-testid="proposal-card-${id}"]`);

async function waitForApp() {
  await page.locator('html[data-ready=true]').waitFor({ state: 'attached', timeout: 60_000 });
}

/** Opens "Nouvelle proposition", lets `fill` fill the form, creates it; returns the new proposal's number from the notification. */
async function createProposal(fill, clientName) {
  await page.click('[data-testid=nav-sales]');
  await page.locator('[data-testid=pipeline-board]').waitFor();
  await page.click('[data-testid=new-proposal]');
  const dialog = page.locator('[data-testid=new-proposal-dialog]');
  await fill(dialog);
  await dialog.locator('[data-testid=risk-select]').selectOption({ label: RISK_TYPE });
  await dialog.locator('[data-testid=new-proposal-submit]').click();
  await dialog.waitFor({ state: 'detached' });
  const text = await see(
    toasts.filter({ hasText: `créée pour ${clientName}` }),
    /Proposition \S+ créée/,
    'notification of the new proposal',
  );
  const id = /Proposition (\S+) créée/.exec(text)?.[1];
  if (!id) throw new Error(`No proposal number in "${text}"`);
  await dismissToasts();
  return id;
}

/** Confirms the open confirmation dialog. */
async function confirm() {
  const dialog = page.locator('[data-testid=confirm-dialog]');
  await dialog.locator('[data-testid=confirm-ok]').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Converts the proposal shown; returns the contract number the CRM gave it. */
async function convertShownProposal() {
  await page.click('[data-testid=convert]');
  await confirm();
  const outcome = await see(page.locator('[data-testid=proposal-outcome]'), /contrat CT-/, 'conversion outcome');
  const contractId = /contrat (CT-[\d-]+)/.exec(outcome)?.[1];
  if (!contractId) throw new Error(`No contract number in "${outcome}"`);
  await seeAttribute(page.locator('[data-testid=proposal-phase]'), 'data-phase', 'contract', 'phase after conversion');
  return contractId;
}

/** The audit's row of a dossier, newest first (the audit is virtualised: old rows may not be rendered). */
async function auditRow(dossierId) {
  await page.click('[data-testid=nav-awaiting]');
  await audit.locator('select:has(option[value=newest])').selectOption('newest');
  const row = audit.locator(`[part=row][data-dossier-id="${dossierId}"]`);
  await row.waitFor();
  return row;
}

const state = { privateId: '', privateContract: '', proId: '', proContract: '', formFile: 'bulletin-adhesion-garnier.pdf' };

const runner = createStepRunner({
  check() {
    if (pageErrors.length > 0) throw new Error(`The page reported errors:\n${pageErrors.splice(0).join('\n')}`);
  },
  async onFailure(title) {
    // What the page said meanwhile often explains a timeout.
    for (const error of pageErrors.splice(0)) console.log(`      page: ${error}`);
    const boot = await page.locator('[data-testid=boot-status], [data-testid=boot-error]').allInnerTexts();
    if (boot.length > 0) console.log(`      boot screen: ${boot.join(' | ')}`);
    await shot(`failed-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
  },
});

runner.step('0. first start on an empty profile: the demo seeds itself on IndexedDB (Dexie)', async () => {
  await page.goto(demo.url);
  await waitForApp();
  await see(page.locator('[data-testid=storage-badge]'), 'IndexedDB (Dexie)', 'storage badge');
  await page.locator('[data-testid=pipeline-board]').waitFor();
  await waitUntil(
    () => page.locator('[data-testid=pipeline-board] li.card').count(),
    (n) => n > 10,
    'seeded proposals on the board',
  );
  await shot('00-pipeline-seeded');
});

runner.step(`1. Pièces attendues: two pieces defined for ${RISK_TYPE}`, async () => {
  await page.click('[data-testid=nav-expected-pieces]');
  await editor.getByRole('button', { name: RISK_TYPE, exact: true }).click();
  await see(editor.locator('#pieces-heading'), `Pièces attendues — ${RISK_TYPE}`, 'editor heading');
  await editorPiece('Mandat SEPA signé').waitFor();
  for (const label of [FORM_PIECE, EMPLOYER_PIECE]) {
    // "Ajouter une pièce" opens the field, which then stays open for the next one.
    const addForm = editor.locator('form[part=add-form]');
    await editor.locator('button[part~=add-button], form[part=add-form]').first().waitFor();
    if (!(await addForm.isVisible())) await editor.locator('button[part~=add-button]').click();
    await editor.locator('#new-piece').fill(label);
    await editor.locator('form[part=add-form] button[type=submit]').click();
    await editorPiece(label).waitFor();
  }
  // The form: PDF only.
  const form = editorPiece(FORM_PIECE);
  await form.locator('[data-action=options]').click();
  await form.locator('[part=options] input[type=checkbox][value=pdf]').check();
  await form.locator('[data-action=options-save]').click();
  await see(form.locator('[part=piece-requirement]'), /^Obligatoire · PDF$/, 'form piece summary');
  // The employer's certificate: optional when the client is a business.
  const employer = editorPiece(EMPLOYER_PIECE);
  await employer.locator('[data-action=options]').click();
  await employer.locator('[part=options] input[type=radio][value=profile]').check();
  await employer.locator('[part=options] select[id$=-effect]').selectOption('optionalWhen');
  await employer.locator('[part=options] input[id$=-attr]').fill('type');
  await employer.locator('[part=options] select[id$=-operator]').selectOption('eq');
  await employer.locator('[part=options] input[id$=-value]').fill('professionnel');
  await employer.locator('[data-action=options-save]').click();
  await see(
    employer.locator('[part=piece-requirement]'),
    'Facultative si type de client est égal à professionnel',
    'employer piece summary',
  );
  await see(toasts.filter({ hasText: EMPLOYER_PIECE }), `Pièce attendue ajoutée : ${EMPLOYER_PIECE}`, 'piece-added notification');
  await dismissToasts();
  await shot('01-pieces-editor', employer);
});

runner.step(`2. Ventes: a proposal for a private client; its badge shows ${PRIVATE_REQUIRED}`, async () => {
  state.privateId = await createProposal(async (dialog) => {
    await dialog.locator('[data-testid=client-mode-new]').check();
    await dialog.locator('[data-testid=client-name]').fill(PRIVATE_CLIENT.name);
    await dialog.locator('[data-testid=client-email]').fill(PRIVATE_CLIENT.email);
    await dialog.locator('[data-testid=client-kind]').selectOption({ label: 'Particulier' });
    await dialog.locator('[data-testid=client-age]').fill(PRIVATE_CLIENT.age);
    await dialog.locator('[data-testid=premium]').fill(PRIVATE_CLIENT.premium);
    await dialog.locator('[data-testid=risk-select]').selectOption({ label: RISK_TYPE });
    await shot('02-new-proposal');
  }, PRIVATE_CLIENT.name);
  const newCard = card(state.privateId);
  await page.locator('[data-testid=column-prospect]').locator(`[data-testid="proposal-card-${state.privateId}"]`).waitFor();
  await see(newCard.locator('[data-testid=proposal-link]'), PRIVATE_CLIENT.name, 'card title');
  await see(newCard.locator('dossier-badge [part=count]'), new RegExp(`^${PRIVATE_REQUIRED}$`), 'badge of the new proposal');
  await shot('03-pipeline-new-card', newCard);
});

runner.step('3. a PDF dropped on the proposal and classified in the indexer; the board badge drops by one, no reload', async () => {
  // Survives in-app navigation, not a reload.
  await page.evaluate(() => {
    window.e2eSamePage = true;
  });
  await card(state.privateId).locator('[data-testid=proposal-link]').click();
  await see(page.locator('[data-testid=proposal-title]'), state.privateId, 'proposal page title');
  await see(tracker.locator('[part=count]'), `${PRIVATE_REQUIRED} pièces à collecter`, 'tracker count');
  await dropFile(tracker.locator('dossier-drop-zone[part=drop-zone] [part~=zone]'), {
    kind: 'pdf',
    name: state.formFile,
    text: `Bulletin d'adhesion - ${PRIVATE_CLIENT.name}`,
  });
  await see(toasts.filter({ hasText: state.formFile }), `Document ajouté : ${state.formFile}`, 'document-added notification');
  await dismissToasts();
  const indexerButton = tracker.locator('button[part=indexer-button]');
  await see(indexerButton, 'Classer les documents (1)', 'indexer button');
  await indexerButton.click();
  const row = tracker.locator('dossier-indexer li[part=document]').filter({ hasText: state.formFile });
  await row.locator('select[part=piece-select]').selectOption({ label: FORM_PIECE });
  await shot('04-indexer', row);
  await row.locator('button[data-action=classify]').click();
  await seeAttribute(trackerPiece(FORM_PIECE), 'data-status', 'obtained', 'form piece status');
  await showTrackerDocuments(FORM_PIECE);
  await see(trackerPiece(FORM_PIECE).locator('[part=documents]'), state.formFile, 'document under the form piece');
  await see(tracker.locator('[part=count]'), `${PRIVATE_REQUIRED - 1} pièces à collecter`, 'tracker count after classifying');
  await shot('05-proposal-tracker', trackerPiece(FORM_PIECE));
  await page.click('[data-testid=nav-sales]');
  await see(
    card(state.privateId).locator('dossier-badge [part=count]'),
    new RegExp(`^${PRIVATE_REQUIRED - 1}$`),
    'board badge after classifying',
  );
  if (!(await page.evaluate(() => window.e2eSamePage === true))) throw new Error('The page was reloaded');
  await shot('06-pipeline-badge-dropped', card(state.privateId));
});

runner.step('4. a PNG renamed .pdf on a PDF-only piece: a clear error, nothing stored', async () => {
  await card(state.privateId).locator('[data-testid=proposal-link]').click();
  await see(tracker.locator('[part=count]'), `${PRIVATE_REQUIRED - 1} pièces à collecter`, 'tracker count');
  await showTrackerDocuments(FORM_PIECE);
  const before = await trackerDocuments.count();
  // Dropped on the piece's line; the general drop zone lists the outcome.
  const zone = tracker.locator('dossier-drop-zone[part=drop-zone]');
  await dropFile(trackerPiece(FORM_PIECE).locator('[part=piece-label]'), {
    kind: 'png',
    name: 'bulletin-adhesion-scan.pdf',
    text: 'Photo du bulletin',
  });
  const rejected = zone.locator('[part~=file-rejected]');
  await see(rejected, 'n’est pas d’un type accepté', 'rejection in the drop zone');
  await see(rejected, 'bulletin-adhesion-scan.pdf', 'rejected file name');
  const toastText = await see(
    toasts.filter({ hasText: 'bulletin-adhesion-scan.pdf' }),
    'n’est pas d’un type accepté',
    'rejection notification',
  );
  if (toastText.split('bulletin-adhesion-scan.pdf').length !== 2)
    throw new Error(`The notification names the file more than once: "${toastText}"`);
  await shot('07-png-refused', zone);
  await dismissToasts();
  // A 300-character name: the notification stays a few lines, the full text in its title.
  const longName = `${'scan-tres-long-du-bulletin-d-adhesion-'.repeat(8).slice(0, 296)}.pdf`;
  await dropFile(trackerPiece(FORM_PIECE).locator('[part=piece-label]'), { kind: 'png', name: longName, text: 'Photo du bulletin' });
  const longToast = toasts.filter({ hasText: 'n’est pas d’un type accepté' }).first();
  await longToast.waitFor();
  const { height, lineHeight, title } = await longToast.locator('.toast-message').evaluate((message) => ({
    height: message.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(message).lineHeight),
    title: message.getAttribute('title'),
  }));
  if (height > lineHeight * 3 + 1)
    throw new Error(`A 300-character name grows the notification to ${Math.round(height / lineHeight)} lines`);
  if (!title?.includes(longName)) throw new Error('The notification’s title lacks the full name');
  await dismissToasts();
  if ((await trackerDocuments.count()) !== before) throw new Error('A document was stored');
  await see(trackerPiece(FORM_PIECE).locator('[part=documents]'), state.formFile, 'the form piece keeps its one document');
  if ((await trackerPiece(FORM_PIECE).locator('[part=document]').count()) !== 1)
    throw new Error('The form piece has more than one document');
  if (await tracker.locator('button[part=indexer-button]').isVisible()) {
    await see(tracker.locator('button[part=indexer-button]'), 'Classer les documents (0)', 'nothing unclassified');
  }
  await see(tracker.locator('[part=count]'), `${PRIVATE_REQUIRED - 1} pièces à collecter`, 'tracker count unchanged');
});

runner.step('5. the quote converted: the contract keeps its document and awaits pieces, the missing one named', async () => {
  state.privateContract = await convertShownProposal();
  await see(page.locator('[data-testid=proposal-title]'), state.privateContract, 'contract page title');
  await showTrackerDocuments(FORM_PIECE);
  await see(trackerPiece(FORM_PIECE).locator('[part=documents]'), state.formFile, 'the contract keeps the document');
  await seeAttribute(trackerPiece(FORM_PIECE), 'data-status', 'obtained', 'form piece status on the contract');
  await shot('08-contract');
  const row = await auditRow(state.privateId);
  await see(row, state.privateContract, 'contract number in the audit');
  await see(row, PRIVATE_CLIENT.name, 'client in the audit');
  const missing = await see(row.locator('.missing'), EMPLOYER_PIECE, 'missing piece in the audit');
  if (missing.includes(FORM_PIECE)) throw new Error(`The collected piece is listed as missing: ${missing}`);
  await shot('09-audit');
});

runner.step('6. the reminder from the audit row names the client, the contract and the missing piece', async () => {
  const row = await auditRow(state.privateId);
  await row.locator('[part=remind-button]').click();
  const reminder = audit.locator('dialog[part=dialog] dossier-reminder');
  const textarea = reminder.locator('textarea[part=textarea]');
  const body = await waitUntil(
    () => textarea.inputValue(),
    (value) => value.length > 0,
    'reminder body',
  );
  for (const expected of [PRIVATE_CLIENT.name, state.privateContract, EMPLOYER_PIECE]) {
    if (!body.includes(expected)) throw new Error(`The reminder does not name "${expected}":\n${body}`);
  }
  if (body.includes(FORM_PIECE)) throw new Error(`The reminder asks for a piece already collected:\n${body}`);
  const to = await reminder.locator('input[type=email], input[name=to]').first().inputValue();
  if (to !== PRIVATE_CLIENT.email) throw new Error(`The reminder goes to "${to}"`);
  await shot('10-reminder');
  await reminder.locator('[part=send-button]').click();
  await see(toasts.filter({ hasText: 'Relance envoyée' }), PRIVATE_CLIENT.email, 'reminder-sent notification');
  const dialog = audit.locator('dialog[part=dialog]');
  if (await dialog.isVisible()) await dialog.locator('button.close').click();
  await dismissToasts();
  await audit.locator(`[part=row][data-dossier-id="${state.privateId}"] time`).waitFor();
});

runner.step('7. a business for whom a piece is optional: archived without it; the private client’s contract cannot be', async () => {
  state.proId = await createProposal(async (dialog) => {
    await dialog.locator('[data-testid=client-mode-existing]').check();
    await dialog.locator('[data-testid=client-select]').selectOption({ label: `${PRO_CLIENT.name} — Professionnel` });
    await dialog.locator('[data-testid=premium]').fill(PRO_CLIENT.premium);
  }, PRO_CLIENT.name);
  await see(card(state.proId).locator('dossier-badge [part=count]'), new RegExp(`^${PRO_REQUIRED}$`), 'badge of the business proposal');
  await card(state.proId).locator('[data-testid=proposal-link]').click();
  await see(page.locator('[data-testid=proposal-title]'), state.proId, 'business proposal page');
  await see(tracker.locator('[part=count]'), `${PRO_REQUIRED} pièces à collecter`, 'tracker count of the business');
  await see(
    trackerPiece(EMPLOYER_PIECE).locator('[part=requirement]'),
    'Facultative selon le profil du client',
    'employer piece optional for a business',
  );
  // Every piece required of her, one PDF each, on the piece's own drop zone.
  const rows = tracker.locator('li[part~=piece]');
  let dropped = 0;
  for (let index = 0; index < (await rows.count()); index += 1) {
    const row = rows.nth(index);
    const requirement = await row.locator('[part=requirement]').innerText();
    if (!requirement.startsWith('Obligatoire') || (await row.getAttribute('data-status')) !== 'missing') continue;
    const label = await row.locator('[part=piece-label]').innerText();
    const name = `${label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()}-marchand.pdf`;
    await dropFile(row.locator('[part=piece-label]'), { kind: 'pdf', name, text: `${label} - ${PRO_CLIENT.name}` });
    await seeAttribute(row, 'data-status', 'obtained', `status of "${label}"`);
    dropped += 1;
  }
  await dismissToasts();
  if (dropped !== PRO_REQUIRED) throw new Error(`Dropped ${dropped} files, expected one per required piece (${PRO_REQUIRED})`);
  await see(tracker.locator('[part=count]'), 'Dossier complet', 'business dossier complete');
  await seeAttribute(trackerPiece(EMPLOYER_PIECE), 'data-status', 'missing', 'employer piece still missing');
  state.proContract = await convertShownProposal();
  // Complete: archiving is the primary action.
  await waitUntil(
    () => page.locator('[data-testid=archive-contract]').getAttribute('class'),
    (kind) => kind?.includes('button-primary') ?? false,
    'archive as the primary action of a complete contract',
  );
  await page.click('[data-testid=archive-contract]');
  await confirm();
  await see(page.locator('[data-testid=proposal-outcome]'), 'Contrat archivé.', 'archive outcome');
  await seeAttribute(page.locator('[data-testid=proposal-phase]'), 'data-phase', 'archived', 'phase after archiving');
  await seeAttribute(trackerPiece(EMPLOYER_PIECE), 'data-status', 'missing', 'archived without the employer piece');
  await shot('11-business-archived');

  // The private client's contract lacks a piece required of her: Dossier refuses.
  const row = await auditRow(state.privateId);
  await row.locator('[part=contract]').click();
  await see(page.locator('[data-testid=proposal-title]'), state.privateContract, 'private contract page');
  // Incomplete: "Relancer" is the primary action, first; "Archiver le contrat" (which will be refused) is not.
  const terms = await page.locator('.proposal-summary dt').allInnerTexts();
  if (!terms.includes('Étape') || terms.includes('Statut') || terms.includes('Phase'))
    throw new Error(`The contract's details say its stage as: ${terms.join(', ')}`);
  const actionOrder = await page
    .locator('[data-testid=remind], [data-testid=archive-contract]')
    .evaluateAll((buttons) => buttons.map((b) => `${b.dataset.testid}:${b.classList.contains('button-primary')}`));
  if (actionOrder.join(' ') !== 'remind:true archive-contract:false')
    throw new Error(`Actions of an incomplete contract: ${actionOrder.join(' ')}`);
  await page.click('[data-testid=archive-contract]');
  await confirm();
  const refusal = await see(page.locator('[data-testid=proposal-error]'), 'Le dossier est incomplet : il manque', 'archive refusal');
  if (!refusal.includes('Archivage refusé') || !refusal.includes(EMPLOYER_PIECE)) throw new Error(`Unclear refusal: "${refusal}"`);
  await seeAttribute(page.locator('[data-testid=proposal-phase]'), 'data-phase', 'contract', 'private contract not archived');
  await shot('12-archive-refused');
});

runner.step('8. after a reload everything is still there (IndexedDB)', async () => {
  await page.reload();
  await waitForApp();
  // The private contract's page (the reload kept its address).
  await see(page.locator('[data-testid=proposal-title]'), state.privateContract, 'private contract page after reload');
  await seeAttribute(page.locator('[data-testid=proposal-phase]'), 'data-phase', 'contract', 'private contract phase');
  await showTrackerDocuments(FORM_PIECE);
  await see(trackerPiece(FORM_PIECE).locator('[part=documents]'), state.formFile, 'its document');
  await seeAttribute(trackerPiece(EMPLOYER_PIECE), 'data-status', 'missing', 'its missing piece');
  await see(tracker.locator('[part=count]'), `${PRIVATE_REQUIRED - 1} pièces à collecter`, 'its count');
  await shot('13-after-reload-contract');
  // The audit, with the reminder sent.
  const row = await auditRow(state.privateId);
  await see(row.locator('.missing'), EMPLOYER_PIECE, 'audit row after reload');
  await row.locator('time').waitFor();
  // The business's archived contract.
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    `#/propositions/${encodeURIComponent(state.proId)}`,
  );
  await see(page.locator('[data-testid=proposal-title]'), state.proContract, 'business contract after reload');
  await seeAttribute(page.locator('[data-testid=proposal-phase]'), 'data-phase', 'archived', 'business contract archived');
  // The pieces and their options.
  await page.click('[data-testid=nav-expected-pieces]');
  await editor.getByRole('button', { name: RISK_TYPE, exact: true }).click();
  await see(editorPiece(FORM_PIECE).locator('[part=piece-requirement]'), /^Obligatoire · PDF$/, 'form piece after reload');
  await see(
    editorPiece(EMPLOYER_PIECE).locator('[part=piece-requirement]'),
    'Facultative si type de client est égal à professionnel',
    'employer piece after reload',
  );
  // The board: both quotes left it when converted, the seeded ones are there.
  await page.click('[data-testid=nav-sales]');
  await waitUntil(
    () => page.locator('[data-testid=pipeline-board] li.card').count(),
    (n) => n > 10,
    'seeded proposals after reload',
  );
  for (const id of [state.privateId, state.proId]) {
    if ((await card(id).count()) !== 0) throw new Error(`Converted ${id} is still on the board`);
  }
  await shot('14-after-reload-pipeline');
});

let results;
try {
  results = await runner.run();
} finally {
  await browser.close().catch(() => undefined);
  await demo.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nScreenshots: ${SCREENSHOTS}`);
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped (${seconds}s)`);
process.exit(results.failed === 0 ? 0 : 1);
