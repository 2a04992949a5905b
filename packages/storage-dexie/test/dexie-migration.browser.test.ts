import { expect } from 'chai';
import Dexie from 'dexie';
import { computeCompleteness, createCallbackTransport, createDossierClient, createMemoryStorage, type StoragePort } from '@dossier/core';
import { sha256Hex, summarizeDossier, type RecordKind, type StorageRecords } from '@dossier/core/adapter';
import { samplePdf } from '@dossier/core/testing';
import {
  createDexieDatabase,
  createDexieStorage,
  DEXIE_BLOB_TABLE,
  DEXIE_SCHEMA_VERSION,
  DEXIE_STORES_V1,
  DEXIE_TABLES,
  deleteDexieStorage,
  DEXIE_STORES_V2,
} from '@dossier/storage-dexie';
import { uniqueDbName } from './support/unique-db-name.js';

const NOW = new Date('2026-11-28T10:00:00Z');

type Everything = { [K in RecordKind]: StorageRecords[K][] } & { blobs: { documentId: string; blob: Blob }[] };

/** A realistic data set, made by the client on a memory storage: risk types, pieces, dossiers, documents, reminders. */
async function buildData(): Promise<Everything> {
  const memory = createMemoryStorage();
  let n = 0;
  const client = createDossierClient({ storage: memory, now: () => NOW, newId: () => `id-${(n += 1)}` });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.riskTypes.put({ id: 'mrh', label: 'Multirisque habitation' });
  const permis = await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf'], validityDays: 90 });
  await client.pieces.add('mrh', { label: 'Titre de propriété' });
  for (const [id, riskTypeId] of [
    ['P-1', 'auto'],
    ['P-2', 'auto'],
    ['P-3', 'mrh'],
  ] as const) {
    await client.dossiers.open({
      id,
      riskTypeId,
      client: { id: `c-${id}`, name: `Client ${id}`, email: `${id.toLowerCase()}@example.fr` },
    });
  }
  await client.documents.add('P-1', { blob: samplePdf('migration-1'), name: 'permis.pdf' }, { pieceId: permis.id });
  await client.documents.add('P-2', { blob: samplePdf('migration-2'), name: 'vrac.pdf' });
  await client.reminders.send(
    'P-2',
    await client.reminders.compose('P-2'),
    createCallbackTransport(() => undefined),
  );
  await client.dossiers.convert('P-1', { contractId: 'C-1' });
  await client.dossiers.convert('P-3', { contractId: 'C-3' });
  return dump(memory);
}

/** Every record and blob of a storage, by walking from the risk types. */
async function dump(storage: StoragePort): Promise<Everything> {
  const all: Everything = {
    riskType: [],
    piece: [],
    dossier: [],
    document: [],
    reminder: [],
    summary: [],
    uploadLink: [],
    reminderPolicy: [],
    reminderSchedule: [],
    blobs: [],
  };
  all.riskType = await storage.listRiskTypes();
  for (const riskType of all.riskType) {
    all.piece.push(...(await storage.listChildren('piece', riskType.id)));
    for (const dossier of await storage.listChildren('dossier', riskType.id)) {
      all.dossier.push(dossier);
      all.reminder.push(...(await storage.listChildren('reminder', dossier.id)));
      all.uploadLink.push(...(await storage.listChildren('uploadLink', dossier.id)));
      const summary = await storage.get('summary', dossier.id);
      if (summary) all.summary.push(summary);
      for (const document of await storage.listChildren('document', dossier.id)) {
        all.document.push(document);
        const blob = await storage.getBlob(document.id);
        if (blob) all.blobs.push({ documentId: document.id, blob });
      }
    }
  }
  return all;
}

describe('dexie schema upgrade', () => {
  let name: string;
  let data: Everything;

  beforeEach(async () => {
    name = uniqueDbName('migration');
    data = await buildData();
    // What the first release wrote: the version 1 schema, summaries without `staleAt`.
    const v1 = new Dexie(name);
    v1.version(1).stores({ ...DEXIE_STORES_V1 });
    await v1.open();
    for (const kind of Object.keys(DEXIE_TABLES) as RecordKind[]) {
      // Kinds that came later (upload links, version 4) have no table in version 1.
      if (!Object.hasOwn(DEXIE_STORES_V1, DEXIE_TABLES[kind])) continue;
      const rows = kind === 'summary' ? data.summary.map(({ staleAt: _dropped, ...v1Summary }) => v1Summary) : data[kind];
      await v1.table(DEXIE_TABLES[kind]).bulkPut(rows);
    }
    await v1.table(DEXIE_BLOB_TABLE).bulkPut(data.blobs);
    v1.close();
  });
  afterEach(() => deleteDexieStorage(name));

  it('opens a version 1 database and finds every record and blob', async () => {
    expect(data.dossier).to.have.length(3);
    expect(data.document).to.have.length(2);
    expect(data.reminder).to.have.length(1);
    const storage = createDexieStorage({ name, requestPersistence: false });
    try {
      const after = await dump(storage);
      for (const kind of ['riskType', 'piece', 'dossier', 'document', 'reminder'] as const) {
        expect(after[kind], kind).to.deep.equal(data[kind]);
      }
      // Rebuilt from the records in the upgrade: the same figures, one revision further.
      expect(after.summary).to.deep.equal(data.summary.map((summary) => ({ ...summary, revision: summary.revision + 1 })));
      expect(after.blobs.map((b) => b.documentId)).to.deep.equal(data.blobs.map((b) => b.documentId));
      for (const [i, { blob }] of after.blobs.entries()) {
        expect(blob).to.be.instanceOf(Blob);
        expect(await sha256Hex(blob)).to.equal(await sha256Hex(data.blobs[i]!.blob));
      }
      // The risk-type audit index only exists from version 2.
      const page = await storage.queryAudit({ riskTypeId: 'auto', phases: ['contract', 'proposal'], limit: 10 });
      expect(page.items.map((s) => s.id).sort()).to.deep.equal(['P-1', 'P-2']);
      expect(page.total).to.equal(2);
    } finally {
      await storage.close();
    }
    const raw = createDexieDatabase(name);
    await raw.open();
    expect(raw.verno).to.equal(DEXIE_SCHEMA_VERSION);
    raw.close();
  });

  it('migrated summaries are rebuilt from their records: the first audit equals a recomputation', async () => {
    const storage = createDexieStorage({ name, requestPersistence: false });
    try {
      const client = createDossierClient({ storage, now: () => NOW });
      const page = await client.audit({ phase: ['proposal', 'contract'], onlyIncomplete: false, limit: 50 });
      expect(page.total).to.equal(3);
      for (const dossier of data.dossier) {
        const stored = await storage.get('summary', dossier.id);
        const pieces = await storage.listChildren('piece', dossier.riskTypeId);
        const documents = await storage.listChildren('document', dossier.id);
        const completeness = computeCompleteness({ dossier: (await storage.get('dossier', dossier.id))!, pieces, documents, now: NOW });
        expect(stored, dossier.id).to.deep.equal(summarizeDossier(dossier, completeness, stored!.lastReminderAt, stored!.revision));
      }
    } finally {
      await storage.close();
    }
  });
});

describe('dexie schema upgrade of a version 2 portfolio whose documents expired', () => {
  const COUNT = 2000;
  const WRITTEN = new Date('2026-06-01T10:00:00Z');
  let name: string;

  beforeEach(async () => {
    name = uniqueDbName('expired');
    // What version 2 held: contracts whose only attestation (30 days, issued 2026-05-20) was valid when
    // their summaries were written, and a tenth of summaries from version 1 without `staleAt` at all.
    const memory = createMemoryStorage();
    let n = 0;
    const client = createDossierClient({ storage: memory, now: () => WRITTEN, newId: () => `id-${(n += 1)}` });
    await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
    const attestation = await client.pieces.add('auto', { label: 'Attestation', validityDays: 30 });
    await client.dossiers.open({ id: 'D-0', riskTypeId: 'auto', client: { id: 'c', name: 'Client', email: 'c@example.fr' } });
    await client.documents.add(
      'D-0',
      { blob: samplePdf('expiring'), name: 'attestation.pdf' },
      { pieceId: attestation.id, issuedOn: '2026-05-20' },
    );
    await client.dossiers.convert('D-0', { contractId: 'C-0' });
    const template = await dump(memory);
    const v2 = new Dexie(name);
    v2.version(2).stores({ ...DEXIE_STORES_V2 });
    await v2.open();
    const copies = Array.from({ length: COUNT }, (_, i) => `D-${i}`);
    const rename = <T extends { id: string }>(record: T, id: string, extra: Partial<T> = {}): T => ({ ...record, id, ...extra });
    await v2.table(DEXIE_TABLES.riskType).bulkPut(template.riskType);
    await v2.table(DEXIE_TABLES.piece).bulkPut(template.piece);
    await v2.table(DEXIE_TABLES.dossier).bulkPut(copies.map((id) => rename(template.dossier[0]!, id)));
    await v2.table(DEXIE_TABLES.document).bulkPut(copies.map((id, i) => rename(template.document[0]!, `doc-${i}`, { dossierId: id })));
    await v2.table(DEXIE_TABLES.summary).bulkPut(
      copies.map((id, i) => {
        const { pieces: _pieces, validFrom: _validFrom, ...v2Summary } = rename(template.summary[0]!, id);
        if (i % 10 !== 0) return v2Summary;
        const { staleAt: _staleAt, ...v1Summary } = v2Summary;
        return v1Summary;
      }),
    );
    v2.close();
  });
  afterEach(() => deleteDexieStorage(name));

  it('counts every expired contract in the first default audit, and none before the expiry', async () => {
    const storage = createDexieStorage({ name, requestPersistence: false });
    try {
      const july = createDossierClient({ storage, now: () => new Date('2026-07-01T00:00:00Z') });
      const page = await july.audit({ phase: 'contract' });
      expect(page.total).to.equal(COUNT);
      expect(page.items[0]?.missingLabels).to.deep.equal(['Attestation']);
      expect((await july.completeness('D-7')).requiredMissing).to.equal(1);
      const june = createDossierClient({ storage, now: () => new Date('2026-06-10T00:00:00Z') });
      expect((await june.audit({ phase: 'contract' })).total).to.equal(0);
    } finally {
      await storage.close();
    }
  });
});
