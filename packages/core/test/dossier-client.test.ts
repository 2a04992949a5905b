import { expect } from 'chai';
import {
  createCallbackTransport,
  createDossierClient,
  createMemoryStorage,
  type DossierClient,
  type DossierClientEvent,
  type ReminderDraft,
} from '@dossier/core';
import { samplePdf, samplePng } from '@dossier/core/testing';
import { rejects } from './support/rejects.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

function makeClient(options: { locale?: 'fr' | 'en'; now?: () => Date } = {}): DossierClient {
  let n = 0;
  return createDossierClient({ storage: createMemoryStorage(), newId: () => `id-${(n += 1)}`, ...options });
}

/** Automobile: permis (PDF, mandatory), carte grise (mandatory), Kbis (mandatory only for professionals). */
async function catalogue(client: DossierClient) {
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const permis = await client.pieces.add('auto', {
    label: 'Permis de conduire',
    accept: ['application/pdf'],
    instructions: 'Recto et verso',
  });
  const carteGrise = await client.pieces.add('auto', { label: 'Carte grise' });
  const kbis = await client.pieces.add('auto', {
    label: 'Extrait Kbis',
    requirement: { mandatoryWhen: { attr: 'type', eq: 'professionnel' } },
  });
  return { permis, carteGrise, kbis };
}

const open = (client: DossierClient, id: string, profile: Record<string, string | number> = { type: 'particulier' }) =>
  client.dossiers.open({
    id,
    riskTypeId: 'auto',
    client: { id: `c-${id}`, name: 'Jeanne Martin', email: 'jeanne@example.fr', profile },
    stage: 'Prospect',
  });

describe('DossierClient', () => {
  describe('catalogue', () => {
    it('adds, lists in order, updates, reorders and removes pieces', async () => {
      const client = makeClient();
      const { permis, carteGrise, kbis } = await catalogue(client);
      expect((await client.pieces.list('auto')).map((p) => p.label)).to.deep.equal(['Permis de conduire', 'Carte grise', 'Extrait Kbis']);
      await client.pieces.reorder('auto', [kbis.id, permis.id, carteGrise.id]);
      expect((await client.pieces.list('auto')).map((p) => p.id)).to.deep.equal([kbis.id, permis.id, carteGrise.id]);
      const renamed = await client.pieces.update(permis.id, { label: 'Permis', instructions: null, maxBytes: 1000 });
      expect(renamed.label).to.equal('Permis');
      expect(renamed).not.to.have.property('instructions');
      expect(renamed.maxBytes).to.equal(1000);
      await client.pieces.remove(carteGrise.id);
      expect((await client.pieces.list('auto')).length).to.equal(2);
    });

    it('refuses bad input with typed errors and changes nothing', async () => {
      const client = makeClient();
      const { permis } = await catalogue(client);
      await rejects(() => client.pieces.add('nope', { label: 'X' }), 'not-found');
      await rejects(() => client.pieces.add('auto', { label: '   ' }), 'invalid-input');
      await rejects(
        () => client.pieces.add('auto', { label: 'X', requirement: { mandatoryWhen: { attr: 'a', eqq: 1 } } as never }),
        'invalid-input',
      );
      await rejects(() => client.pieces.add('auto', { label: 'X', accept: ['<script>'] }), 'invalid-input');
      await rejects(() => client.pieces.add('auto', { label: 'X', maxBytes: -1 }), 'invalid-input');
      await rejects(() => client.pieces.update(permis.id, { label: 'a\nb' }), 'invalid-input');
      await rejects(() => client.pieces.update(permis.id, { evil: 1 } as never), 'invalid-input');
      await rejects(() => client.pieces.reorder('auto', [permis.id]), 'invalid-input');
      await rejects(() => client.riskTypes.put({ id: '', label: 'x' }), 'invalid-input');
      expect((await client.pieces.list('auto')).length).to.equal(3);
    });

    it('keeps hostile labels as text, unchanged', async () => {
      const client = makeClient();
      await client.riskTypes.put({ id: 'auto', label: HOSTILE });
      const piece = await client.pieces.add('auto', { label: HOSTILE });
      expect((await client.riskTypes.get('auto')).label).to.equal(HOSTILE);
      expect((await client.pieces.get(piece.id)).label).to.equal(HOSTILE);
    });

    it('removing a piece keeps its documents, unclassified', async () => {
      const client = makeClient();
      const { permis } = await catalogue(client);
      await open(client, 'P-1');
      const doc = await client.documents.add('P-1', { blob: samplePdf('rm'), name: 'permis.pdf' }, { pieceId: permis.id });
      await client.pieces.remove(permis.id);
      expect((await client.documents.get(doc.id)).pieceId).to.equal(null);
      expect((await client.completeness('P-1')).unclassified).to.equal(1);
    });
  });

  describe('lifecycle', () => {
    it('opens a proposal, moves it through the pipeline, converts and archives it', async () => {
      const client = makeClient();
      const { permis, carteGrise } = await catalogue(client);
      await open(client, 'P-1');
      expect((await client.completeness('P-1')).requiredMissing).to.equal(2);
      expect((await client.dossiers.setStage('P-1', 'Étude')).stage).to.equal('Étude');
      await client.documents.add('P-1', { blob: samplePdf('1'), name: 'permis.pdf' }, { pieceId: permis.id });
      await client.documents.add('P-1', { blob: samplePng(), name: 'cg.png' }, { pieceId: carteGrise.id });
      const contract = await client.dossiers.convert('P-1', { contractId: 'C-2026-001' });
      expect(contract.phase).to.equal('contract');
      await rejects(() => client.dossiers.setStage('P-1', 'Signature'), 'invalid-transition');
      const archived = await client.dossiers.archive('P-1');
      expect(archived.phase).to.equal('archived');
      expect((await client.documents.list('P-1')).every((d) => d.state === 'archived')).to.equal(true);
      await rejects(() => client.documents.add('P-1', { blob: samplePdf('late'), name: 'x.pdf' }), 'invalid-transition');
    });

    it('a professional may be archived without a piece optional for them; a private client may not', async () => {
      const client = makeClient();
      await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
      const permis = await client.pieces.add('auto', { label: 'Permis de conduire' });
      await client.pieces.add('auto', {
        label: 'Relevé d’information',
        requirement: { optionalWhen: { attr: 'type', eq: 'professionnel' } },
      });
      for (const [id, type] of [
        ['PRO', 'professionnel'],
        ['PART', 'particulier'],
      ] as const) {
        await open(client, id, { type });
        await client.documents.add(id, { blob: samplePdf(id), name: 'permis.pdf' }, { pieceId: permis.id });
        await client.dossiers.convert(id, { contractId: `C-${id}` });
      }
      expect((await client.dossiers.archive('PRO')).phase).to.equal('archived');
      const error = await rejects(() => client.dossiers.archive('PART'), 'incomplete-dossier');
      expect(error.message).to.contain('Relevé d’information');
      expect((await client.dossiers.get('PART')).phase).to.equal('contract');
    });

    it('waiving a piece makes the dossier archivable and is reversible', async () => {
      const client = makeClient();
      const { permis, carteGrise } = await catalogue(client);
      await open(client, 'P-1');
      await client.documents.add('P-1', { blob: samplePdf('w'), name: 'permis.pdf' }, { pieceId: permis.id });
      await client.dossiers.waive('P-1', carteGrise.id, 'Véhicule neuf, carte grise en cours');
      await rejects(() => client.dossiers.waive('P-1', carteGrise.id, ''), 'invalid-input');
      await rejects(() => client.dossiers.waive('P-1', 'nope', 'x'), 'not-found');
      const c = await client.completeness('P-1');
      expect(c.pieces.find((p) => p.pieceId === carteGrise.id)?.status).to.equal('waived');
      expect(c.complete).to.equal(true);
      await client.dossiers.unwaive('P-1', carteGrise.id);
      expect((await client.completeness('P-1')).requiredMissing).to.equal(1);
    });

    it('a lost proposal accepts nothing more', async () => {
      const client = makeClient();
      await catalogue(client);
      await open(client, 'P-1');
      await client.dossiers.markLost('P-1');
      await rejects(() => client.dossiers.convert('P-1', { contractId: 'C' }), 'invalid-transition');
      await rejects(() => client.reminders.compose('P-1'), 'invalid-transition');
    });

    it('refuses hostile or malformed dossiers', async () => {
      const client = makeClient();
      await catalogue(client);
      await rejects(() => client.dossiers.open({ id: 'X', riskTypeId: 'nope', client: { id: 'c', name: 'A', email: '' } }), 'not-found');
      await rejects(
        () => client.dossiers.open({ id: 'X', riskTypeId: 'auto', client: { id: 'c', name: 'A', email: 'a@b.fr\r\nBcc: x@y.fr' } }),
        'invalid-input',
      );
      await rejects(
        () =>
          client.dossiers.open({
            id: 'X',
            riskTypeId: 'auto',
            client: { id: 'c', name: 'A', email: '', profile: JSON.parse('{"__proto__":{"x":1}}') },
          }),
        'invalid-input',
      );
      await rejects(
        () =>
          client.dossiers.open({
            id: 'X',
            riskTypeId: 'auto',
            client: { id: 'c', name: 'A', email: '', profile: { nested: {} as never } },
          }),
        'invalid-input',
      );
      await open(client, 'P-1');
      await rejects(() => open(client, 'P-1'), 'conflict');
    });
  });

  describe('documents', () => {
    it('validates files by content before storing anything', async () => {
      const client = makeClient();
      const { permis } = await catalogue(client);
      await open(client, 'P-1');
      const png = new File([await samplePng().arrayBuffer()], 'permis.pdf', { type: 'application/pdf' });
      const error = await rejects(() => client.documents.add('P-1', png, { pieceId: permis.id }), 'file-type-not-accepted');
      expect(error.message).to.contain('permis.pdf');
      await rejects(() => client.documents.add('P-1', { blob: new Blob(['plain text']), name: 'note.bin' }), 'file-type-not-accepted');
      await rejects(
        () => client.documents.add('P-1', { blob: new Blob(['%PDF-1.7\n<html><script>alert(1)</script></html>']), name: 'a.pdf' }),
        'file-damaged',
      );
      await rejects(() => client.documents.add('P-1', 'not a file' as never), 'invalid-input');
      await rejects(
        () => client.documents.add('P-1', { blob: samplePdf('d'), name: 'a.pdf' }, { issuedOn: '2026-02-30' }),
        'invalid-input',
      );
      expect(await client.documents.list('P-1')).to.deep.equal([]);
    });

    it('cleans file names and keeps the original for display; reads the bytes back', async () => {
      const client = makeClient();
      await catalogue(client);
      await open(client, 'P-1');
      const blob = samplePdf('name');
      const doc = await client.documents.add('P-1', { blob, name: `../../${HOSTILE}\u202Efdp.exe` });
      expect(doc.originalName).to.equal(`../../${HOSTILE}\u202Efdp.exe`);
      expect(doc.name).not.to.match(/[/\\<>\u202E]/);
      expect(doc.mediaType).to.equal('application/pdf');
      const back = await client.documents.read(doc.id);
      expect(new Uint8Array(await back.arrayBuffer())).to.deep.equal(new Uint8Array(await blob.arrayBuffer()));
    });

    it('a document older than the validity is expired and counts as missing', async () => {
      let now = new Date('2026-03-01T12:00:00Z');
      const client = makeClient({ now: () => now });
      await client.riskTypes.put({ id: 'mrh', label: 'Multirisque habitation' });
      const justificatif = await client.pieces.add('mrh', { label: 'Justificatif de domicile de moins de 3 mois', validityDays: 90 });
      await client.dossiers.open({ id: 'H-1', riskTypeId: 'mrh', client: { id: 'c', name: 'Paul', email: 'paul@example.fr' } });
      await client.documents.add('H-1', { blob: samplePdf('jd'), name: 'edf.pdf' }, { pieceId: justificatif.id, issuedOn: '2026-01-15' });
      await client.dossiers.convert('H-1', { contractId: 'C-H-1' });
      expect((await client.completeness('H-1')).requiredMissing).to.equal(0);
      expect((await client.audit()).total).to.equal(0);
      now = new Date('2026-04-20T12:00:00Z');
      const c = await client.completeness('H-1');
      expect(c.pieces[0]?.status).to.equal('expired');
      expect(c.requiredMissing).to.equal(1);
      // The stored aggregate went stale with time; the audit refreshes it.
      const audit = await client.audit({ onlyIncomplete: false });
      expect(audit.items[0]?.requiredMissing).to.equal(1);
    });
  });

  describe('audit', () => {
    it('pages through incomplete contracts, most overdue first, with missing labels', async () => {
      let t = Date.parse('2026-01-01T00:00:00Z');
      const client = makeClient({ now: () => new Date((t += 60_000)) });
      const { permis, carteGrise } = await catalogue(client);
      for (let i = 0; i < 25; i += 1) {
        const id = `P-${String(i).padStart(2, '0')}`;
        await open(client, id);
        if (i % 5 === 0) {
          await client.documents.add(id, { blob: samplePdf(id), name: 'p.pdf' }, { pieceId: permis.id });
          await client.documents.add(id, { blob: samplePdf(`${id}b`), name: 'c.pdf' }, { pieceId: carteGrise.id });
        }
        if (i % 2 === 0) await client.dossiers.convert(id, { contractId: `C-${id}` });
      }
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await client.audit({ limit: 4, cursor });
        expect(page.total).to.equal(10);
        ids.push(...page.items.map((r) => r.id));
        for (const row of page.items) {
          expect(row.riskTypeLabel).to.equal('Automobile');
          expect(row.missingLabels).to.deep.equal(['Permis de conduire', 'Carte grise']);
        }
        cursor = page.nextCursor;
      } while (cursor);
      expect(ids).to.deep.equal(['P-02', 'P-04', 'P-06', 'P-08', 'P-12', 'P-14', 'P-16', 'P-18', 'P-22', 'P-24']);
      expect((await client.audit({ phase: 'proposal' })).total).to.equal(10);
      expect((await client.audit({ phase: ['proposal', 'contract'], onlyIncomplete: false })).total).to.equal(25);
      await rejects(() => client.audit({ limit: 0 }), 'invalid-input');
    });
  });

  describe('reminders', () => {
    it('composes with the client, the contract and the missing pieces, sends and records it', async () => {
      const client = makeClient();
      await catalogue(client);
      await open(client, 'P-1');
      await client.dossiers.convert('P-1', { contractId: 'C-77' });
      const draft = await client.reminders.compose('P-1');
      expect(draft.to).to.equal('jeanne@example.fr');
      expect(draft.subject).to.contain('C-77');
      expect(draft.body)
        .to.contain('Jeanne Martin')
        .and.to.contain('Permis de conduire')
        .and.to.contain('Recto et verso')
        .and.to.contain('Carte grise');
      expect(draft.body).not.to.contain('Kbis');
      const english = await client.reminders.compose('P-1', { locale: 'en' });
      expect(english.subject).to.match(/Missing documents/);
      const sent: ReminderDraft[] = [];
      const record = await client.reminders.send(
        'P-1',
        { ...draft, subject: 'Relance' },
        createCallbackTransport((d) => void sent.push(d)),
      );
      expect(sent.map((d) => d.subject)).to.deep.equal(['Relance']);
      expect(record.transport).to.equal('callback');
      expect((await client.reminders.list('P-1')).map((r) => r.id)).to.deep.equal([record.id]);
      expect((await client.audit()).items[0]?.lastReminderAt).to.equal(record.sentAt);
    });

    it('refuses CR/LF in headers and bad addresses, and records nothing', async () => {
      const client = makeClient();
      await catalogue(client);
      await open(client, 'P-1');
      const draft = await client.reminders.compose('P-1');
      let calls = 0;
      const transport = createCallbackTransport(() => void (calls += 1));
      await rejects(
        () => client.reminders.send('P-1', { ...draft, subject: 'Relance\r\nBcc: tous@example.fr' }, transport),
        'unsafe-header',
      );
      await rejects(() => client.reminders.send('P-1', { ...draft, to: 'a@b.fr, c@d.fr' }, transport), 'unsafe-header');
      expect(calls).to.equal(0);
      expect(await client.reminders.list('P-1')).to.deep.equal([]);
    });

    it('a failing transport records nothing', async () => {
      const client = makeClient();
      await catalogue(client);
      await open(client, 'P-1');
      const draft = await client.reminders.compose('P-1');
      await rejects(
        () =>
          client.reminders.send(
            'P-1',
            draft,
            createCallbackTransport(() => Promise.reject(new Error('smtp down'))),
          ),
        'storage-unavailable',
      );
      expect(await client.reminders.list('P-1')).to.deep.equal([]);
    });
  });

  describe('events and locale', () => {
    it('tells subscribers which dossiers and risk types changed', async () => {
      const client = makeClient();
      await catalogue(client);
      await open(client, 'P-1');
      await open(client, 'P-2');
      const events: DossierClientEvent[] = [];
      const stop = client.subscribe((e) => events.push(e));
      await client.documents.add('P-1', { blob: samplePdf('ev'), name: 'a.pdf' });
      await client.pieces.add('auto', { label: 'RIB' });
      stop();
      await client.dossiers.setStage('P-1', 'Signature');
      expect(events.map((e) => [e.dossierIds, e.riskTypeIds])).to.deep.equal([
        [['P-1'], []],
        [['P-1', 'P-2'], ['auto']],
      ]);
    });

    it('speaks English when asked', async () => {
      const client = makeClient({ locale: 'en' });
      const error = await rejects(() => client.dossiers.get('nope'), 'not-found');
      expect(error.message).to.match(/^Not found/);
    });
  });
});
