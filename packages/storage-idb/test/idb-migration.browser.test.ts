import { expect } from 'chai';
import { type DossierSummary } from '@dossier/core';
import { compareAuditRows, sha256Hex } from '@dossier/core/adapter';
import { sampleRecords } from '@dossier/core/testing';
import { summarizeDossierRecords } from '@dossier/core/adapter';
import { createIdbStorage, deleteIdbStorage, IDB_SCHEMA_VERSION } from '@dossier/storage-idb';
import { openDB } from 'idb';
import { uniqueDbName } from './unique-db-name.js';

/** Builds a database exactly as version 1 of the adapter laid it out, written here by hand on purpose. */
async function createVersion1Database(name: string, fill: (db: Awaited<ReturnType<typeof openDB>>) => Promise<void>): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('riskType', { keyPath: 'id' });
      database.createObjectStore('piece', { keyPath: 'id' }).createIndex('riskTypeId', 'riskTypeId');
      database.createObjectStore('dossier', { keyPath: 'id' }).createIndex('riskTypeId', 'riskTypeId');
      database.createObjectStore('document', { keyPath: 'id' }).createIndex('dossierId', 'dossierId');
      database.createObjectStore('reminder', { keyPath: 'id' }).createIndex('dossierId', 'dossierId');
      database.createObjectStore('summary', { keyPath: 'id' }).createIndex('phase', 'phase');
      database.createObjectStore('blobs', { keyPath: 'documentId' });
    },
  });
  await fill(db);
  db.close();
}

describe('idb schema migration', () => {
  it('is at version 4', () => {
    expect(IDB_SCHEMA_VERSION).to.equal(4);
  });

  it('opens a version 1 database and finds every record, blob and audit row', async () => {
    const name = uniqueDbName('migration');
    // Only the kinds version 1 had: reminder policies and schedules came with version 4.
    const { reminderPolicy: _policy, reminderSchedule: _schedule, ...records } = sampleRecords('v1');
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) & 0xff);
    const blob = new Blob([bytes], { type: 'application/pdf' });
    const summaries: DossierSummary[] = Array.from({ length: 25 }, (_, i) => ({
      ...records.summary,
      id: `v1-s${i}`,
      phase: i % 2 ? 'contract' : 'proposal',
      incomplete: i % 3 ? 1 : 0,
      since: `2026-0${1 + (i % 9)}-01T00:00:00.000Z`,
    }));
    await createVersion1Database(name, async (db) => {
      const stores = ['riskType', 'piece', 'dossier', 'document', 'reminder', 'summary', 'blobs'];
      const tx = db.transaction(stores, 'readwrite');
      // Upload links came with version 4: a version 1 database has none.
      for (const [kind, value] of Object.entries(records)) if (kind !== 'uploadLink') void tx.objectStore(kind).put(value);
      for (const summary of summaries) void tx.objectStore('summary').put(summary);
      void tx.objectStore('blobs').put({ documentId: records.document.id, blob });
      // A corrupt v1 row (no bytes) is dropped rather than failing the upgrade.
      void tx.objectStore('blobs').put({ documentId: 'corrupt' });
      await tx.done;
    });

    const storage = createIdbStorage({ name });
    try {
      for (const [kind, value] of Object.entries(records)) {
        if (kind === 'summary' || kind === 'uploadLink') continue;
        expect(await storage.get(kind as never, value.id), kind).to.deep.equal(value);
      }
      // Version 3 rebuilds the summary of every dossier from its records.
      const rebuilt = summarizeDossierRecords(
        { dossier: records.dossier, pieces: [records.piece], documents: [records.document], previous: records.summary },
        new Date(),
      );
      expect(await storage.get('summary', records.summary.id)).to.deep.equal(rebuilt);
      expect(await storage.listRiskTypes()).to.deep.equal([records.riskType]);
      expect(await storage.listChildren('piece', records.riskType.id)).to.deep.equal([records.piece]);
      expect(await storage.listChildren('dossier', records.riskType.id)).to.deep.equal([records.dossier]);
      expect(await storage.listChildren('document', records.dossier.id)).to.deep.equal([records.document]);
      expect(await storage.listChildren('reminder', records.dossier.id)).to.deep.equal([records.reminder]);

      const back = await storage.getBlob(records.document.id);
      expect(back).to.be.instanceOf(Blob);
      expect(back!.size).to.equal(bytes.length);
      expect(await sha256Hex(back!)).to.equal(await sha256Hex(blob));
      expect(await storage.getBlob('corrupt')).to.equal(undefined);

      const all = [...summaries, rebuilt];
      const page = await storage.queryAudit({ limit: 1000, onlyIncomplete: true, phases: ['contract', 'proposal'] });
      const expected = all.filter((s) => s.incomplete === 1).sort((a, b) => compareAuditRows(a, b));
      expect(page.total).to.equal(expected.length);
      expect(page.items.map((s) => s.id)).to.deep.equal(expected.map((s) => s.id));

      // The migrated database takes new writes in the current layout, upload links included.
      await storage.commit([{ op: 'putBlob', documentId: 'new-doc', blob: new Blob(['x']) }], { dossierIds: [], riskTypeIds: [] });
      expect(await storage.listChildren('uploadLink', records.dossier.id)).to.deep.equal([]);
      await storage.commit([{ op: 'put', kind: 'uploadLink', value: records.uploadLink, ifRevision: 0 }], {
        dossierIds: [],
        riskTypeIds: [],
      });
      expect(await storage.listChildren('uploadLink', records.dossier.id)).to.deep.equal([records.uploadLink]);
      expect((await storage.getBlob('new-doc'))?.size).to.equal(1);
    } finally {
      await storage.close();
      await deleteIdbStorage(name);
    }
  });

  it('leaves the version 4 layout behind: bare Blobs, the audit indexes, the upload links and the reminder stores', async () => {
    const name = uniqueDbName('layout');
    await createVersion1Database(name, async (db) => {
      await db.put('blobs', { documentId: 'd1', blob: new Blob(['abc']) });
    });
    const storage = createIdbStorage({ name });
    await storage.listRiskTypes();
    await storage.close();
    const raw = await openDB(name);
    try {
      expect(raw.version).to.equal(4);
      expect([...raw.objectStoreNames].sort()).to.deep.equal([
        'blobs',
        'document',
        'dossier',
        'piece',
        'reminder',
        'reminderPolicy',
        'reminderSchedule',
        'riskType',
        'summary',
        'uploadLink',
      ]);
      expect([...raw.transaction('uploadLink').store.indexNames]).to.deep.equal(['dossierId']);
      const blob: unknown = await raw.get('blobs', 'd1');
      expect(blob).to.be.instanceOf(Blob);
      const indexes = [...raw.transaction('summary').store.indexNames].sort();
      expect(indexes).to.deep.equal([
        'byExhaustedPhase',
        'byIncompletePhase',
        'byPhase',
        'byPhaseStaleAt',
        'byPhaseValidFrom',
        'byReviewPhase',
        'byRiskExhaustedPhase',
        'byRiskIncompletePhase',
        'byRiskPhase',
        'bySince',
      ]);
    } finally {
      raw.close();
      await deleteIdbStorage(name);
    }
  });

  it('reports a database from a newer version of the code as storage-unavailable', async () => {
    const name = uniqueDbName('future');
    (await openDB(name, 7, { upgrade: (db) => void db.createObjectStore('other') })).close();
    const storage = createIdbStorage({ name });
    try {
      const error = await storage.get('dossier', 'x').then(
        () => undefined,
        (e: unknown) => e as { name: string; code: string },
      );
      expect(error?.name).to.equal('DossierError');
      expect(error?.code).to.equal('storage-unavailable');
    } finally {
      await storage.close();
      await deleteIdbStorage(name);
    }
  });
});
