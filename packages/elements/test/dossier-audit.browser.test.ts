import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  createCallbackTransport,
  createDossierClient,
  createMemoryStorage,
  type ClientAuditQuery,
  type DossierClient,
  type DossierSummary,
  type StoragePort,
} from '@dossier/core';
import { samplePdf } from '@dossier/core/testing';
import '../src/components/audit/define.js';
import type { DossierAudit } from '../src/components/audit/dossier-audit.component.js';
import type { DossierReminder } from '../src/components/reminder/dossier-reminder.component.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const DAY = 86_400_000;

interface Seeded {
  client: DossierClient;
  storage: StoragePort;
}

/**
 * A: auto contract missing both pieces (oldest); B: auto contract complete; C: auto proposal;
 * D: habitation contract missing its piece (newest).
 */
async function seeded(names: { a?: string } = {}): Promise<Seeded> {
  const storage = createMemoryStorage();
  let clock = new Date('2026-01-10T09:00:00.000Z');
  const client = createDossierClient({ storage, now: () => clock });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.riskTypes.put({ id: 'habitation', label: 'Habitation' });
  await client.pieces.add('auto', { label: 'Permis de conduire' });
  await client.pieces.add('auto', { label: 'Carte grise' });
  await client.pieces.add('habitation', { label: 'Titre de propriété' });
  const open = async (id: string, riskTypeId: string, name: string, contractId: string | null, day: string) => {
    clock = new Date(`${day}T09:00:00.000Z`);
    await client.dossiers.open({ id, riskTypeId, client: { id: `c-${id}`, name, email: `${id.toLowerCase()}@example.fr` } });
    if (contractId) await client.dossiers.convert(id, { contractId });
  };
  await open('P-A', 'auto', names.a ?? 'Alice Martin', 'C-A', '2026-01-01');
  await open('P-B', 'auto', 'Bruno Petit', 'C-B', '2026-01-02');
  await open('P-C', 'auto', 'Chloé Durand', null, '2026-01-03');
  await open('P-D', 'habitation', 'David Leroy', 'C-D', '2026-01-04');
  const pieces = await client.pieces.list('auto');
  for (const piece of pieces)
    await client.documents.add('P-B', { blob: samplePdf(piece.id), name: `${piece.label}.pdf` }, { pieceId: piece.id });
  clock = new Date('2026-01-10T09:00:00.000Z');
  return { client, storage };
}

/** `count` contract summaries committed at once: the audit reads nothing else. */
async function seededMany(count: number): Promise<Seeded> {
  const storage = createMemoryStorage();
  const client = createDossierClient({ storage });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const start = Date.parse('2025-01-01T00:00:00.000Z');
  const summaries: DossierSummary[] = Array.from({ length: count }, (_, i) => ({
    id: `P-${String(i).padStart(5, '0')}`,
    riskTypeId: 'auto',
    phase: 'contract',
    stage: null,
    clientName: `Client ${i}`,
    contractId: `C-${i}`,
    requiredMissing: 1,
    toArchive: 0,
    unclassified: 0,
    incomplete: 1,
    missingLabels: ['Permis de conduire'],
    missingPieceIds: ['permis'],
    since: new Date(start + i * 60_000).toISOString(),
    lastReminderAt: null,
    staleAt: null,
    revision: 1,
  }));
  await storage.commit(
    summaries.map((value) => ({ op: 'put', kind: 'summary', value, ifRevision: 0 }) as const),
    { dossierIds: [], riskTypeIds: [] },
  );
  return { client, storage };
}

/** The client with `audit` spied on. */
function spied(client: DossierClient): { client: DossierClient; calls: ClientAuditQuery[] } {
  const calls: ClientAuditQuery[] = [];
  return {
    calls,
    client: {
      ...client,
      audit: (query) => {
        calls.push({ ...query });
        return client.audit(query);
      },
    },
  };
}

async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const root = (el: DossierAudit) => el.shadowRoot!;
const rows = (el: DossierAudit) => [...root(el).querySelectorAll<HTMLElement>('.body [part~="row"]')];
const loadedRows = (el: DossierAudit) => rows(el).filter((r) => !r.classList.contains('placeholder'));
const clients = (el: DossierAudit) => loadedRows(el).map((r) => r.querySelector('[part~="client"]')!.textContent);

async function settled(el: DossierAudit): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await until(() => !el.busy && el.total !== undefined, 'the audit to settle');
  await el.updateComplete;
  await until(() => !el.busy, 'the audit to settle');
  await el.updateComplete;
}

async function choose(el: DossierAudit, label: string, value: string): Promise<void> {
  const select = [...root(el).querySelectorAll('.filters label')].find((l) => l.textContent!.includes(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await settled(el);
}

const frDays = (since: string) =>
  new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(
    Math.floor((Date.now() - Date.parse(since)) / DAY),
  );

describe('dossier-audit', () => {
  it('lists incomplete contracts only by default, with client, contract, risk, missing pieces, age and last reminder', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('Contrats en attente de pièces');
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('2 contrats');
    expect(clients(el)).to.deep.equal(['Alice Martin', 'David Leroy']);
    const cells = [...loadedRows(el)[0]!.querySelectorAll('[role="cell"]')].map((c) => c.textContent!.trim());
    expect(cells.slice(0, 6)).to.deep.equal([
      'Alice Martin',
      'C-A',
      'Automobile',
      'Permis de conduire, Carte grise',
      frDays('2026-01-01T09:00:00.000Z'),
      'Jamais',
    ]);
    expect(loadedRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
    expect(root(el).querySelector('[role="table"]')!.getAttribute('aria-rowcount')).to.equal('3');
    expect(loadedRows(el)[0]!.querySelector('[part~="remind-button"]')!.getAttribute('aria-label')).to.equal('Relancer Alice Martin');
    await expect(el).to.be.accessible();
  });

  it('counts the contracts whose documents expired by the client’s date, as a recomputation does, and none before', async () => {
    const storage = createMemoryStorage();
    const written = createDossierClient({ storage, now: () => new Date('2026-05-25T09:00:00.000Z') });
    await written.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const attestation = await written.pieces.add('auto', { label: 'Attestation', validityDays: 30 });
    for (const [i, issuedOn] of ['2026-05-20', '2026-05-01', '2026-05-24'].entries()) {
      const id = `P-${i}`;
      await written.dossiers.open({ id, riskTypeId: 'auto', client: { id: `c${i}`, name: `Client ${i}`, email: `c${i}@example.fr` } });
      await written.documents.add(id, { blob: samplePdf(`expiring-${i}`), name: 'attestation.pdf' }, { pieceId: attestation.id, issuedOn });
      await written.dossiers.convert(id, { contractId: `C-${i}` });
    }
    // Attestations expire on 2026-06-19, 2026-05-31 and 2026-06-23.
    for (const [day, expected, text] of [
      ['2026-05-26', [], '0 contrat'],
      ['2026-06-20', ['Client 1', 'Client 0'], '2 contrats'],
      ['2026-07-01', ['Client 1', 'Client 0', 'Client 2'], '3 contrats'],
    ] as const) {
      const now = new Date(`${day}T12:00:00.000Z`);
      const client = createDossierClient({ storage, now: () => now });
      const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
      await settled(el);
      let recomputed = 0;
      for (const i of [0, 1, 2]) if ((await client.completeness(`P-${i}`)).requiredMissing > 0) recomputed += 1;
      expect(recomputed, day).to.equal(expected.length);
      expect(el.total, day).to.equal(recomputed);
      expect(root(el).querySelector('[part~="total"]')!.textContent, day).to.equal(text);
      expect(clients(el).sort(), day).to.deep.equal([...expected].sort());
    }
  });

  it('filters by risk type, phase and completeness', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    await until(() => root(el).querySelectorAll('.filters option[value="habitation"]').length === 1, 'the risk types');
    await choose(el, 'Type de risque', 'habitation');
    expect(el.riskTypeId).to.equal('habitation');
    expect(clients(el)).to.deep.equal(['David Leroy']);
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('1 contrat');
    await choose(el, 'Type de risque', '');
    await choose(el, 'Étape', 'proposal');
    expect(clients(el)).to.deep.equal(['Chloé Durand']);
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('1 proposition');
    await choose(el, 'Étape', 'both');
    expect(clients(el)).to.deep.equal(['Alice Martin', 'Chloé Durand', 'David Leroy']);
    const incomplete = root(el).querySelector<HTMLInputElement>('.filters input[type="checkbox"]')!;
    expect(incomplete.checked).to.equal(true);
    incomplete.click();
    await el.updateComplete;
    await settled(el);
    expect(clients(el)).to.deep.equal(['Alice Martin', 'Bruno Petit', 'Chloé Durand', 'David Leroy']);
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('4 dossiers');
  });

  it('shows the next automatic reminder and filters "relances épuisées"', async () => {
    const { client } = await seeded();
    // Alice: every step sent, pieces still missing. David: a schedule still running.
    await client.reminders.schedule('P-A', { startAt: '2026-01-01T09:00:00.000Z' });
    for (const step of [1, 2, 3]) {
      await client.reminders.record(
        'P-A',
        {
          due: { kind: 'step', step },
          to: 'p-a@example.fr',
          subject: `Relance ${step}`,
          text: 'Bonjour',
          html: '<p>Bonjour</p>',
          pieceIds: [],
          locale: 'fr',
          unsubscribeUrl: null,
        },
        { id: `P-A-${step}`, transport: 'smtp', sentAt: `2026-01-0${step + 1}T10:00:00.000Z` },
      );
    }
    await client.reminders.schedule('P-D');
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    const next = (name: string) =>
      loadedRows(el)
        .find((r) => r.textContent!.includes(name))!
        .querySelector('[part~="next-reminder"]');
    expect(next('David Leroy')!.textContent!.trim()).to.match(/^Prochaine relance le \d/);
    expect(next('Alice Martin')).to.equal(null);
    const box = root(el).querySelector<HTMLInputElement>('[part~="exhausted-filter"]')!;
    expect(box.closest('label')!.textContent!.trim()).to.equal('Relances épuisées seulement');
    box.focus();
    box.click();
    await el.updateComplete;
    await settled(el);
    expect(el.onlyRemindersExhausted).to.equal(true);
    expect(clients(el)).to.deep.equal(['Alice Martin']);
    await expect(el).to.be.accessible();
  });

  it('sorts oldest or newest first', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client} phase="both"></dossier-audit>`);
    await settled(el);
    expect(clients(el)).to.deep.equal(['Alice Martin', 'Chloé Durand', 'David Leroy']);
    await choose(el, 'Tri', 'newest');
    expect(el.order).to.equal('newest');
    expect(clients(el)).to.deep.equal(['David Leroy', 'Chloé Durand', 'Alice Martin']);
  });

  it('renders only the visible rows of 2,000 contracts and loads pages as the list scrolls', async () => {
    const seed = await seededMany(2000);
    const { client, calls } = spied(seed.client);
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client} page-size="50"></dossier-audit>`);
    await settled(el);
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.match(/^2\s000 contrats$/);
    expect(rows(el).length).to.be.greaterThan(5).and.lessThan(60);
    expect(clients(el)[0]).to.equal('Client 0');
    expect(calls).to.have.length(1);
    expect(calls[0]).to.include({ limit: 50, cursor: null, order: 'oldest' });
    const table = root(el).querySelector<HTMLElement>('[part~="table"]')!;
    expect(table.querySelector<HTMLElement>('.body')!.style.height).to.equal(`${2000 * 56}px`);

    // Down to row 300: one request at its offset, none for the pages before it.
    const jumpFrom = calls.length;
    table.scrollTop = 300 * 56;
    await until(() => clients(el).includes('Client 302'), 'row 302');
    await settled(el);
    expect(rows(el).length).to.be.lessThan(60);
    expect(
      loadedRows(el)
        .find((r) => r.textContent!.includes('Client 302'))!
        .getAttribute('aria-rowindex'),
    ).to.equal('304');
    const jump = calls.slice(jumpFrom);
    expect(jump).to.have.length(1);
    expect(jump[0]!.offset).to.equal(294);
    expect(jump[0]!.limit).to.be.lessThan(100);
    expect(calls.every((q) => (q.limit ?? 0) <= 1000)).to.equal(true);

    // A few rows further: from the cursor of the page just read, not another jump.
    const nextFrom = calls.length;
    table.scrollTop = 340 * 56;
    await until(() => clients(el).includes('Client 350'), 'row 350');
    await settled(el);
    expect(calls.slice(nextFrom)).to.have.length.greaterThan(0);
    expect(calls.slice(nextFrom).every((q) => q.offset === undefined && typeof q.cursor === 'string')).to.equal(true);

    // To the bottom: reached from the other end (reverse order), not by loading every page.
    const before = calls.length;
    table.scrollTop = table.scrollHeight;
    await until(() => clients(el).includes('Client 1999'), 'the last row');
    await settled(el);
    expect(rows(el).length).to.be.lessThan(60);
    const last = loadedRows(el).find((r) => r.textContent!.includes('Client 1999'))!;
    expect(last.getAttribute('aria-rowindex')).to.equal('2001');
    const bottomCalls = calls.slice(before);
    expect(bottomCalls.length).to.be.greaterThan(0);
    expect(bottomCalls.every((q) => q.order === 'newest')).to.equal(true);
    expect(bottomCalls.reduce((sum, q) => sum + (q.limit ?? 0), 0)).to.be.lessThan(200);
    // Rows in the DOM are in order, whichever end they came from.
    const names = clients(el).map((n) => Number(n!.slice('Client '.length)));
    expect(names).to.deep.equal([...names].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });

  it('opens the reminder dialog from a row, naming the client', async () => {
    const { client } = await seeded();
    const drafts: unknown[] = [];
    const transport = createCallbackTransport((draft) => void drafts.push(draft), 'host');
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client} .reminderTransport=${transport}></dossier-audit>`);
    await settled(el);
    const button = loadedRows(el)[0]!.querySelector<HTMLButtonElement>('[part~="remind-button"]')!;
    button.click();
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Relancer Alice Martin');
    const reminder = dialog.querySelector<DossierReminder>('dossier-reminder')!;
    expect(reminder.dossierId).to.equal('P-A');
    await until(() => !!reminder.shadowRoot!.querySelector<HTMLTextAreaElement>('#body')?.value, 'the composer');
    expect(reminder.shadowRoot!.querySelector<HTMLTextAreaElement>('#body')!.value).to.contain('Bonjour Alice Martin,');
    await expect(el).to.be.accessible();

    // Sending from the dialog records the reminder; the row shows it after the reload.
    const sent = oneEvent(el, 'dossier-reminder-sent');
    reminder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
    const { detail } = await sent;
    expect(detail.dossierId).to.equal('P-A');
    expect(drafts).to.have.length(1);
    await until(() => !loadedRows(el)[0]!.textContent!.includes('Jamais'), 'the last reminder');
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' }).format(new Date(detail.reminder.sentAt));
    expect(loadedRows(el)[0]!.querySelector('time')!.textContent).to.equal(date);

    dialog.querySelector<HTMLButtonElement>('.close')!.click();
    expect(dialog.open).to.equal(false);
    await until(() => dialog.querySelector('dossier-reminder') === null, 'the dialog to empty');
    expect(dialog.open).to.equal(false);
    // Focus goes back to the row's e-mail button.
    expect(root(el).activeElement?.getAttribute('part')).to.equal('remind-button');
  });

  it('fires dossier-audit-open from the client and the contract', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    const row = loadedRows(el)[1]!;
    setTimeout(() => row.querySelector<HTMLButtonElement>('[part~="client"]')!.click());
    expect((await oneEvent(el, 'dossier-audit-open')).detail).to.deep.equal({ dossierId: 'P-D' });
    setTimeout(() => row.querySelector<HTMLButtonElement>('[part~="contract"]')!.click());
    const event = await oneEvent(el, 'dossier-audit-open');
    expect(event.detail).to.deep.equal({ dossierId: 'P-D' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('removes a contract once its missing documents are added', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    expect(clients(el)).to.deep.equal(['Alice Martin', 'David Leroy']);
    const [permis, carteGrise] = await client.pieces.list('auto');
    await client.documents.add('P-A', { blob: samplePdf('a1'), name: 'permis.pdf' }, { pieceId: permis!.id });
    await until(
      () => loadedRows(el)[0]?.textContent?.includes('Carte grise') === true && !loadedRows(el)[0]!.textContent!.includes('Permis'),
      'the row update',
    );
    await client.documents.add('P-A', { blob: samplePdf('a2'), name: 'carte-grise.pdf' }, { pieceId: carteGrise!.id });
    await until(() => clients(el).length === 1, 'the row removal');
    expect(clients(el)).to.deep.equal(['David Leroy']);
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('1 contrat');
  });

  it('shows hostile client names as text', async () => {
    const { client } = await seeded({ a: HOSTILE });
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    expect(clients(el)[0]).to.equal(HOSTILE);
    const button = loadedRows(el)[0]!.querySelector<HTMLButtonElement>('[part~="remind-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal(`Relancer ${HOSTILE}`);
    button.click();
    await el.updateComplete;
    expect(root(el).querySelector('dialog h2')!.textContent).to.equal(`Relancer ${HOSTILE}`);
    expect(root(el).querySelector('img') === null).to.equal(true);
  });

  it('shows the empty state', async () => {
    const client = createDossierClient({ storage: createMemoryStorage() });
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    expect(root(el).querySelector('[part~="empty"]')!.textContent!.trim()).to.equal('Aucun contrat en attente de pièces');
    expect(root(el).querySelector('[part~="reset-button"]'), 'nothing to reset with the default filters').to.equal(null);
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('0 contrat');
    await expect(el).to.be.accessible();
  });

  it('offers to reset the filters when they leave nothing to show', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client}></dossier-audit>`);
    await settled(el);
    await until(() => root(el).querySelectorAll('.filters option[value="habitation"]').length === 1, 'the risk types');
    await choose(el, 'Type de risque', 'habitation');
    await choose(el, 'Étape', 'proposal');
    expect(root(el).querySelector('[part~="empty"]')!.textContent).to.contain('Aucun dossier ne correspond à ces filtres');
    const reset = root(el).querySelector<HTMLButtonElement>('[part~="reset-button"]')!;
    expect(reset.textContent!.trim()).to.equal('Réinitialiser les filtres');
    await expect(el).to.be.accessible();
    reset.click();
    await el.updateComplete;
    await settled(el);
    expect([el.riskTypeId, el.phase, el.onlyIncomplete]).to.deep.equal(['', 'contract', true]);
    expect(clients(el)).to.deep.equal(['Alice Martin', 'David Leroy']);
    expect(root(el).activeElement).to.equal(root(el).querySelector('.filters select'));
  });

  it('at 1280×800 in a page’s column: names readable, filters on one row, headers on one line', async () => {
    const { client } = await seeded({ a: 'Dr Hélène Marchand-Fontaine' });
    await client.riskTypes.put({ id: 'habitation', label: 'RC professionnelle médicale' });
    await setViewport({ width: 1280, height: 800 });
    try {
      // The width the demo CRM gives it beside its navigation.
      const page = await fixture<HTMLElement>(html`<div style="width: 924px"><dossier-audit .client=${client}></dossier-audit></div>`);
      const el = page.querySelector<DossierAudit>('dossier-audit')!;
      await settled(el);
      await until(() => clients(el).length === 2, 'the rows');
      for (const row of loadedRows(el)) {
        for (const cell of [
          row.querySelector<HTMLElement>('[part~="client"] .clamp')!,
          row.querySelector<HTMLElement>('[part~="risk"]')!,
        ]) {
          expect(
            cell.scrollHeight,
            `"${cell.textContent!.trim()}" not cut (${cell.getBoundingClientRect().width} wide, cols ${[...row.children].map((c) => Math.round(c.getBoundingClientRect().width)).join(',')})`,
          ).to.be.at.most(cell.clientHeight + 1);
          expect(cell.scrollWidth, `"${cell.textContent!.trim()}" not cut`).to.be.at.most(cell.clientWidth + 1);
          expect(cell.getBoundingClientRect().bottom, 'inside its row').to.be.at.most(row.getBoundingClientRect().bottom + 0.5);
        }
      }
      const filterTops = [...root(el).querySelectorAll<HTMLElement>('.filters > *')].map((l) => l.getBoundingClientRect().bottom);
      expect(
        Math.max(...filterTops) - Math.min(...filterTops),
        `the filters on one row (${[...root(el).querySelectorAll<HTMLElement>('.filters > *')].map((l) => Math.round(l.getBoundingClientRect().width)).join(',')} in ${Math.round(root(el).querySelector('.filters')!.getBoundingClientRect().width)})`,
      ).to.be.below(8);
      for (const select of root(el).querySelectorAll('select'))
        expect(select.scrollWidth, 'each choice readable').to.be.at.most(select.clientWidth + 1);
      const first = loadedRows(el)[0]!;
      const middle = (selector: string) => {
        const box = first.querySelector(selector)!.getBoundingClientRect();
        return box.top + box.height / 2;
      };
      expect(
        Math.abs(middle('[part~="client"]') - middle('[part~="contract"]')),
        'the client centred in its row like the rest',
      ).to.be.below(2);
      const headers = [...root(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
      const client0 = headers[0]!.getBoundingClientRect();
      for (const [i, header] of headers.entries()) {
        const box = header.getBoundingClientRect();
        expect(box.height, `"${header.textContent}" on one line`).to.be.at.most(client0.height + 0.5);
        const next = headers[i + 1];
        if (next && header.textContent!.trim())
          expect(header.scrollWidth, `"${header.textContent}" within its column`).to.be.at.most(header.clientWidth + 1);
      }
      expect(headers[5]!.textContent).to.equal('Dernière relance');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows the error state and retries', async () => {
    const { client } = await seeded();
    let fail = true;
    const flaky: DossierClient = {
      ...client,
      audit: (query) => (fail ? client.close().then(() => client.audit(query)) : client.audit(query)),
    };
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${flaky}></dossier-audit>`);
    await until(() => !!root(el).querySelector('.state.error'), 'the error');
    expect(root(el).querySelector('.state.error')!.textContent).to.contain('Stockage indisponible');
    await expect(el).to.be.accessible();
    // The storage is closed for good: a retry fails again, with the same clear message.
    fail = false;
    root(el).querySelector<HTMLButtonElement>('.state.error button')!.click();
    await until(() => !el.busy, 'the retry');
    await el.updateComplete;
    expect(root(el).querySelector('.state.error')!.textContent).to.contain('Stockage indisponible');
  });

  it('speaks English', async () => {
    const { client } = await seeded();
    const el = await fixture<DossierAudit>(html`<dossier-audit .client=${client} locale="en"></dossier-audit>`);
    await settled(el);
    expect(root(el).querySelector('[part~="title"]')!.textContent).to.equal('Contracts awaiting documents');
    expect(root(el).querySelector('[part~="total"]')!.textContent).to.equal('2 contracts');
    const days = Math.floor((Date.now() - Date.parse('2026-01-01T09:00:00.000Z')) / DAY);
    expect(loadedRows(el)[0]!.textContent).to.contain(`${new Intl.NumberFormat('en-GB').format(days)} days`);
    expect(loadedRows(el)[0]!.textContent).to.contain('Never');
    expect(loadedRows(el)[0]!.querySelector('[part~="remind-button"]')!.getAttribute('aria-label')).to.equal(
      'Send a reminder to Alice Martin',
    );
  });

  it('says when there is no client', async () => {
    const el = await fixture<DossierAudit>(html`<dossier-audit></dossier-audit>`);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Aucun client Dossier');
    await expect(el).to.be.accessible();
  });
});
