import { expect } from 'chai';
import { createMemoryStorage, type DossierPhase, type DossierSummary, type StoragePort } from '@dossier/core';
import { compareAuditRows, type AuditQuery } from '@dossier/core/adapter';
import { sampleRecords, seededRandom } from '@dossier/core/testing';
import { AUDIT_INDEXES, createDexieStorage, deleteDexieStorage, DEXIE_TABLES, type DexieStorage } from '@dossier/storage-dexie';
import { createRequestSpy } from './support/request-spy.js';
import { uniqueDbName } from './support/unique-db-name.js';

const PHASES: DossierPhase[] = ['proposal', 'contract', 'archived', 'lost'];
const RISK_TYPES = ['auto', 'mrh', 'sante'];

/** `count` summaries over every phase and risk type, with many equal `since` values. */
function summaries(count: number, seed: number): DossierSummary[] {
  const random = seededRandom(seed);
  const base = sampleRecords('a').summary;
  return Array.from({ length: count }, (_, i) => {
    const incomplete = random.int(5) === 0 ? 0 : 1;
    return {
      ...base,
      id: `d-${random.int(1_000_000).toString(36)}-${i}`,
      riskTypeId: random.pick(RISK_TYPES),
      phase: random.pick(PHASES),
      incomplete,
      requiredMissing: incomplete ? 1 + random.int(3) : 0,
      since: `2026-0${1 + random.int(9)}-1${random.int(3)}T00:00:00.000Z`,
    } satisfies DossierSummary;
  });
}

/** Every page of a query, in order. */
async function pageThrough(storage: StoragePort, query: Omit<AuditQuery, 'cursor'>): Promise<{ ids: string[][]; totals: number[] }> {
  const ids: string[][] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await storage.queryAudit({ ...query, cursor });
    ids.push(page.items.map((s) => s.id));
    totals.push(page.total);
    cursor = page.nextCursor;
    expect(ids.length, 'paging ends').to.be.below(500);
  } while (cursor);
  return { ids, totals };
}

describe('dexie audit queries', () => {
  let storage: DexieStorage;
  let memory: StoragePort;
  let spy: ReturnType<typeof createRequestSpy>;
  const rows = summaries(400, 7);

  before(async () => {
    spy = createRequestSpy();
    storage = createDexieStorage({ name: uniqueDbName('audit'), middleware: [spy.middleware], requestPersistence: false });
    memory = createMemoryStorage();
    const operations = rows.map((value) => ({ op: 'put', kind: 'summary', value }) as const);
    await storage.commit(operations, { dossierIds: [], riskTypeIds: [] });
    await memory.commit(operations, { dossierIds: [], riskTypeIds: [] });
  });
  after(async () => {
    await storage.close();
    await deleteDexieStorage(storage.name);
  });

  it('pages exactly like the reference storage for random filter combinations', async () => {
    const random = seededRandom(20261128);
    for (let run = 0; run < 40; run += 1) {
      const phases = PHASES.filter(() => random.int(2) === 1);
      const query: Omit<AuditQuery, 'cursor'> = {
        ...(random.int(4) ? { phases: random.int(6) ? phases : [...phases, ...phases] } : {}),
        ...(random.int(2) ? { riskTypeId: random.pick([...RISK_TYPES, 'unknown']) } : {}),
        ...(random.int(2) ? { onlyIncomplete: true } : {}),
        order: random.pick(['oldest', 'newest'] as const),
        limit: random.pick([1, 7, 50, 1000]),
      };
      const expected = await pageThrough(memory, query);
      const actual = await pageThrough(storage, query);
      expect(actual, JSON.stringify(query)).to.deep.equal(expected);
    }
  });

  it('returns every phase, in audit order, when phases is empty or absent', async () => {
    for (const query of [{ limit: 1000 }, { phases: [], limit: 1000 }] as const) {
      const page = await storage.queryAudit(query);
      expect(page.total).to.equal(rows.length);
      expect(page.items.map((s) => s.id)).to.deep.equal([...rows].sort((a, b) => compareAuditRows(a, b)).map((s) => s.id));
      expect(page.nextCursor).to.equal(null);
    }
  });

  it('reads only index ranges, at most limit + 1 rows per phase, and counts through the index', async () => {
    const cases: [AuditQuery, string][] = [
      [{ phases: ['contract'], limit: 10 }, AUDIT_INDEXES.byPhase],
      [{ phases: ['contract', 'proposal'], onlyIncomplete: true, limit: 10, order: 'newest' }, AUDIT_INDEXES.byIncompletePhase],
      [{ phases: ['contract'], riskTypeId: 'auto', limit: 10 }, AUDIT_INDEXES.byRiskTypePhase],
      [{ riskTypeId: 'auto', onlyIncomplete: true, limit: 10 }, AUDIT_INDEXES.byRiskTypeIncompletePhase],
    ];
    for (const [query, index] of cases) {
      const first = await storage.queryAudit(query);
      for (const cursor of [null, first.nextCursor]) {
        spy.reads.length = 0;
        await storage.queryAudit({ ...query, cursor });
        const phaseCount = query.phases?.length ?? PHASES.length;
        const summaryReads = spy.reads.filter((read) => read.table === DEXIE_TABLES.summary);
        expect(summaryReads.length, JSON.stringify(query)).to.equal(2 * phaseCount);
        for (const read of summaryReads) {
          expect(read.index, `${read.method} ${JSON.stringify(query)}`).to.equal(index);
          expect(read.method).to.be.oneOf(['query', 'count']);
          if (read.method === 'query') {
            expect(read.limit).to.equal(query.limit + 1);
            expect(read.size).to.be.at.most(query.limit + 1);
          }
        }
        const rowsRead = summaryReads.filter((read) => read.method === 'query').reduce((sum, read) => sum + read.size, 0);
        expect(rowsRead).to.be.at.most(phaseCount * (query.limit + 1));
      }
    }
  });

  it('sorts ids by code unit like compareAuditRows, hostile ids included', async () => {
    const name = uniqueDbName('audit-ids');
    const other = createDexieStorage({ name, requestPersistence: false });
    try {
      const base = sampleRecords('h').summary;
      const ids = ['b', 'B', 'é', 'e\u0301', '\uD83D\uDE00', '\uFFFF', '', ' ', '<script>', 'a'.repeat(500)].map((id, i) => `${id}#${i}`);
      const values = ids.map((id) => ({ ...base, id, since: '2026-01-01T00:00:00.000Z' }));
      await other.commit(
        values.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
        { dossierIds: [], riskTypeIds: [] },
      );
      for (const order of ['oldest', 'newest'] as const) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await other.queryAudit({ limit: 3, order, cursor });
          seen.push(...page.items.map((s) => s.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).to.deep.equal([...values].sort((a, b) => compareAuditRows(a, b, order)).map((s) => s.id));
      }
    } finally {
      await other.close();
      await deleteDexieStorage(name);
    }
  });

  it('refuses malformed queries with invalid-input', async () => {
    for (const query of [
      { limit: 10, riskTypeId: { evil: true } as unknown as string },
      { limit: 10, phases: 'contract' as unknown as DossierPhase[] },
      { limit: 1.5 },
      { limit: 10, cursor: '["only-one"]' },
      null as unknown as AuditQuery,
    ]) {
      const error = await storage.queryAudit(query).then(
        () => undefined,
        (e: unknown) => e as { name?: string; code?: string },
      );
      expect(error?.name, JSON.stringify(query)).to.equal('DossierError');
      expect(error?.code).to.equal('invalid-input');
    }
  });
});
