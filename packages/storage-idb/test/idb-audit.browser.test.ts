import { expect } from 'chai';
import { createMemoryStorage, type AuditPage, type DossierPhase, type DossierSummary, type StoragePort } from '@dossier/core';
import { type AuditQuery } from '@dossier/core/adapter';
import { sampleRecords, seededRandom } from '@dossier/core/testing';
import { createIdbStorage, deleteIdbStorage } from '@dossier/storage-idb';
import { uniqueDbName } from './unique-db-name.js';

const PHASES: DossierPhase[] = ['proposal', 'contract', 'archived', 'lost'];

describe('idb audit query against the memory reference', () => {
  let name: string;
  let idb: StoragePort;
  let memory: StoragePort;
  const random = seededRandom(424242);

  before(async () => {
    name = uniqueDbName('audit');
    idb = createIdbStorage({ name });
    memory = createMemoryStorage();
    const base = sampleRecords('a').summary;
    // Few distinct `since` values, so ties broken by id are everywhere.
    const summaries: DossierSummary[] = Array.from({ length: 400 }, (_, i) => ({
      ...base,
      id: `row-${random.int(100000)}-${i}`,
      phase: random.pick(PHASES),
      riskTypeId: random.pick(['auto', 'mrh', 'pro', 'é\u0000<x>']),
      incomplete: random.pick([0, 1] as const),
      since: `2026-0${1 + random.int(5)}-01T00:00:00.000Z`,
    }));
    const operations = summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const);
    await idb.commit(operations, { dossierIds: [], riskTypeIds: [] });
    await memory.commit(operations, { dossierIds: [], riskTypeIds: [] });
  });
  after(async () => {
    await idb.close();
    await deleteIdbStorage(name);
  });

  it('pages exactly like the reference for 120 random queries', async () => {
    for (let q = 0; q < 120; q += 1) {
      const query: AuditQuery = {
        limit: 1 + random.int(60),
        ...(random.int(2) ? { order: random.pick(['oldest', 'newest'] as const) } : {}),
        ...(random.int(2) ? { onlyIncomplete: true } : {}),
        ...(random.int(2) ? { riskTypeId: random.pick(['auto', 'mrh', 'pro', 'é\u0000<x>', 'unknown']) } : {}),
        // Includes empty lists (every phase) and repeated phases.
        ...(random.int(2) ? { phases: Array.from({ length: random.int(4) }, () => random.pick(PHASES)) } : {}),
      };
      let cursor: string | null = null;
      let pages = 0;
      do {
        const both: [AuditPage, AuditPage] = await Promise.all([
          idb.queryAudit({ ...query, cursor }),
          memory.queryAudit({ ...query, cursor }),
        ]);
        const [fromIdb, fromMemory] = both;
        const label = JSON.stringify({ ...query, cursor });
        expect(
          fromIdb.items.map((s) => s.id),
          label,
        ).to.deep.equal(fromMemory.items.map((s) => s.id));
        expect(fromIdb.total, label).to.equal(fromMemory.total);
        expect(fromIdb.nextCursor, label).to.equal(fromMemory.nextCursor);
        cursor = fromIdb.nextCursor;
        pages += 1;
      } while (cursor && pages < 500);
    }
  });

  it('returns full summaries, as copies', async () => {
    const page = await idb.queryAudit({ limit: 1 });
    const [first] = page.items;
    expect(await idb.get('summary', first!.id)).to.deep.equal(first);
  });

  it('resumes after a cursor whose row was deleted meanwhile', async () => {
    const first = await idb.queryAudit({ limit: 5, order: 'newest' });
    const lastId = first.items[4]!.id;
    const firstMemory = await memory.queryAudit({ limit: 5, order: 'newest' });
    await idb.commit([{ op: 'delete', kind: 'summary', id: lastId }], { dossierIds: [], riskTypeIds: [] });
    await memory.commit([{ op: 'delete', kind: 'summary', id: lastId }], { dossierIds: [], riskTypeIds: [] });
    const [next, nextMemory] = await Promise.all([
      idb.queryAudit({ limit: 5, order: 'newest', cursor: first.nextCursor }),
      memory.queryAudit({ limit: 5, order: 'newest', cursor: firstMemory.nextCursor }),
    ]);
    expect(next.items.map((s) => s.id)).to.deep.equal(nextMemory.items.map((s) => s.id));
    expect(next.items.map((s) => s.id)).not.to.include(lastId);
  });
});
