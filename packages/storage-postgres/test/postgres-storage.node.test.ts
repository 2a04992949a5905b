import { createDossierClient, createMemoryStorage, isDossierError, type AuditPage, type DossierSummary } from '@dossier/core';
import { type StorageChange } from '@dossier/core/adapter';
import { samplePdf, sampleRecords, seededRandom } from '@dossier/core/testing';
import { auditStatement, openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { expect } from 'chai';

const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

describe('storage-postgres on PostgreSQL: tenancy, hostile keys, indexes, notifications', function () {
  this.timeout(120_000);
  let server: TestDatabase;
  let database: PostgresDatabase;
  let other: PostgresDatabase;

  before(async () => {
    server = await createTestDatabase('dossier_storage');
    database = await openPostgresDatabase({ db: server.pool() });
    other = await openPostgresDatabase({ db: server.pool() });
  });
  after(async () => {
    await other?.close();
    await database?.close();
    await server?.drop();
  });

  it('keeps every tenant to its own rows: records, children, blobs, audit, changes', async () => {
    const mine = database.storage('tenant-a');
    const theirs = database.storage('tenant-b');
    const r = sampleRecords('t');
    await mine.commit(
      [
        ...Object.entries(r).map(([kind, value]) => ({ op: 'put', kind, value }) as never),
        { op: 'putBlob', documentId: r.document.id, blob: samplePdf('tenant') },
      ],
      { dossierIds: [r.dossier.id], riskTypeIds: [] },
    );
    expect(await theirs.get('dossier', r.dossier.id)).to.equal(undefined);
    expect(await theirs.getMany('summary', [r.summary.id])).to.deep.equal([undefined]);
    expect(await theirs.listRiskTypes()).to.deep.equal([]);
    expect(await theirs.listChildren('document', r.dossier.id)).to.deep.equal([]);
    expect(await theirs.getBlob(r.document.id)).to.equal(undefined);
    expect(await theirs.openBlob(r.document.id)).to.equal(undefined);
    expect((await theirs.queryAudit({ limit: 10 })).total).to.equal(0);
    expect((await theirs.changes(0)).changes).to.deep.equal([]);
    // The same ids in another tenant are other records: no conflict across tenants.
    await theirs.commit([{ op: 'put', kind: 'dossier', value: { ...r.dossier, stage: 'theirs' }, ifRevision: 0 }], NO_SCOPE);
    expect((await mine.get('dossier', r.dossier.id))?.stage).to.equal(r.dossier.stage);
    expect((await mine.queryAudit({ limit: 10 })).total).to.equal(1);
  });

  it('erases one tenant whole, telling its listeners, and nobody else’s rows', async () => {
    const gone = database.storage('erase-me');
    const kept = database.storage('keep-me');
    const r = sampleRecords('e');
    for (const storage of [gone, kept]) {
      await storage.commit(
        Object.entries(r).map(([kind, value]) => ({ op: 'put', kind, value }) as never),
        { dossierIds: [r.dossier.id], riskTypeIds: [] },
      );
    }
    const elsewhere = other.storage('erase-me');
    const seen: StorageChange[] = [];
    elsewhere.subscribe((change) => seen.push(change));
    await database.eraseTenant('erase-me');
    expect(await gone.listRiskTypes()).to.deep.equal([]);
    expect(await gone.get('dossier', r.dossier.id)).to.equal(undefined);
    expect((await gone.queryAudit({ limit: 5 })).total).to.equal(0);
    expect(await kept.get('dossier', r.dossier.id)).to.deep.equal(r.dossier);
    for (let wait = 0; seen.length === 0 && wait < 100; wait += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen[0]?.dossierIds).to.deep.equal([r.dossier.id]);
    expect((await gone.changes(0)).changes).to.have.length(1);
  });

  it('refuses keys PostgreSQL would change (NUL, lone surrogates) and never finds them', async () => {
    const storage = database.storage('hostile');
    const { riskType } = sampleRecords('h');
    for (const id of ['a\u0000b', 'x\uD800', '\uDC00y']) {
      const error = await storage.commit([{ op: 'put', kind: 'riskType', value: { ...riskType, id } }], NO_SCOPE).catch((e: unknown) => e);
      expect(isDossierError(error, 'invalid-input'), `put ${JSON.stringify(id)}`).to.equal(true);
      expect(await storage.get('riskType', id)).to.equal(undefined);
      expect(await storage.listChildren('piece', id)).to.deep.equal([]);
    }
    // '\uD800' would be stored as U+FFFD: the record under that id must not answer for it.
    await storage.commit([{ op: 'put', kind: 'riskType', value: { ...riskType, id: '\uFFFD' } }], NO_SCOPE);
    expect(await storage.get('riskType', '\uD800')).to.equal(undefined);
    expect(await storage.listRiskTypes()).to.have.length(1);
  });

  it('serves audit pages by index scans (EXPLAIN), with totals from counters', async () => {
    const tenantId = 'explain';
    const storage = database.storage(tenantId);
    const phases = ['proposal', 'contract', 'archived', 'lost'] as const;
    // 40,000 summaries through plain SQL (the storage's own commit path is tested elsewhere), then counters as commits keep them.
    await database.sql.query(
      `INSERT INTO dossier_summary (tenant_id, id, risk_type_id, phase, incomplete, since, stale_at, valid_from, revision, body)
       SELECT $1, 'd' || lpad(i::text, 6, '0'), 'r' || (i % 7), ($2::text[])[1 + i % 4], (i % 3 > 0)::int, '2026-01-01T00:00:00.000Z', NULL, NULL, 1,
              json_build_object('id', 'd' || lpad(i::text, 6, '0'))::text
       FROM generate_series(1, 40000) AS i`,
      [tenantId, phases],
    );
    await database.sql.query(
      `INSERT INTO dossier_summary_count (tenant_id, risk_type_id, phase, incomplete, rows)
       SELECT tenant_id, risk_type_id, phase, incomplete, count(*) FROM dossier_summary WHERE tenant_id = $1 GROUP BY 1, 2, 3, 4`,
      [tenantId],
    );
    await database.sql.query('ANALYZE dossier_summary');
    for (const query of [
      { limit: 50, phases: ['contract' as const], onlyIncomplete: true },
      { limit: 50 },
      { limit: 50, riskTypeId: 'r3', order: 'newest' as const },
      { limit: 50, phases: ['proposal' as const, 'contract' as const], cursor: JSON.stringify(['2026-01-01T00:00:00.000Z', 'd020000']) },
      { limit: 50, phases: ['contract' as const], onlyIncomplete: true, now: '2026-11-29T00:00:00.000Z' },
    ]) {
      const statement = auditStatement(tenantId, query, 51);
      const plan = (await database.sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${statement.text}`, statement.params)).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      expect(plan, plan).to.match(/Index (Only )?Scan.*dossier_summary_audit/);
      // Summaries are only ever read through indexes; the small counters table may be scanned.
      expect(plan, plan).not.to.match(/Seq Scan on dossier_summary\b(?!_count)/);
      if (query.now) expect(plan, plan).to.match(/dossier_summary_(stale|valid_from)/);
    }
    const page = await storage.queryAudit({ limit: 50, phases: ['contract'], onlyIncomplete: true });
    expect(page.total).to.equal(Array.from({ length: 40000 }, (_, k) => k + 1).filter((i) => i % 4 === 1 && i % 3 > 0).length);
    expect(page.items).to.have.length(50);
  });

  it('answers audits at any `now` as the reference adapter does (outdated summaries, paging, totals)', async () => {
    const storage = database.storage('audit-now');
    let n = 0;
    const client = createDossierClient({ storage, newId: () => `id-${(n += 1)}`, now: () => new Date('2026-01-01T09:00:00Z') });
    await client.riskTypes.put({ id: 'auto', label: 'Auto' });
    await client.riskTypes.put({ id: 'mrh', label: 'MRH' });
    const pieces = [
      await client.pieces.add('auto', { label: 'Permis', validityDays: 30 }),
      await client.pieces.add('auto', { label: 'Relevé', validityDays: 200 }),
      await client.pieces.add('mrh', { label: 'Attestation', validityDays: 90 }),
    ];
    const random = seededRandom(42);
    for (let d = 0; d < 40; d += 1) {
      const riskTypeId = d % 3 === 0 ? 'mrh' : 'auto';
      await client.dossiers.open({ id: `D-${d}`, riskTypeId, client: { id: `c${d}`, name: `Client ${d}`, email: `c${d}@example.fr` } });
      for (const piece of pieces.filter((p) => p.riskTypeId === riskTypeId)) {
        if (random.int(3) === 0) continue;
        const issuedOn = `2026-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
        await client.documents.add(`D-${d}`, { blob: samplePdf(`now-${d}-${piece.id}`), name: 'doc.pdf' }, { pieceId: piece.id, issuedOn });
      }
      if (d % 2 === 0) await client.dossiers.convert(`D-${d}`, { contractId: `C-${d}` });
    }
    const memory = createMemoryStorage();
    const summaries = (
      await storage.getMany(
        'summary',
        Array.from({ length: 40 }, (_, d) => `D-${d}`),
      )
    ).filter((s) => s !== undefined);
    await memory.commit(
      summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
      NO_SCOPE,
    );
    expect(summaries.filter((s) => s.staleAt !== null).length, 'summaries that go stale with time').to.be.greaterThan(20);
    for (const now of [
      undefined,
      '2026-01-01T00:00:00.000Z',
      '2026-03-15T00:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
      '2026-12-31T00:00:00.000Z',
      '2027-09-01T00:00:00.000Z',
    ]) {
      for (const filter of [
        {},
        { phases: ['contract' as const], onlyIncomplete: true },
        { riskTypeId: 'auto', onlyIncomplete: true },
        { phases: ['proposal' as const, 'contract' as const] },
      ]) {
        for (const order of ['oldest', 'newest'] as const) {
          const query = { ...filter, order, limit: 7, ...(now ? { now } : {}) };
          let cursor: string | null = null;
          let pages = 0;
          do {
            const [mine, reference]: [AuditPage, AuditPage] = await Promise.all([
              storage.queryAudit({ ...query, cursor }),
              memory.queryAudit({ ...query, cursor }),
            ]);
            expect(mine, JSON.stringify({ query, cursor })).to.deep.equal(reference);
            cursor = mine.nextCursor;
            pages += 1;
          } while (cursor && pages < 20);
        }
      }
    }
  });

  it('keeps the audit counters equal to the rows through puts, moves and deletes', async () => {
    const storage = database.storage('counters');
    const base = sampleRecords('k').summary;
    const summaries: DossierSummary[] = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      id: `k${i}`,
      phase: i % 2 ? 'contract' : 'proposal',
      incomplete: (i % 3 ? 1 : 0) as 0 | 1,
      riskTypeId: `r${i % 2}`,
    }));
    await storage.commit(
      summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
      NO_SCOPE,
    );
    await storage.commit(
      [
        { op: 'put', kind: 'summary', value: { ...summaries[1]!, phase: 'archived', incomplete: 0, revision: 2 } },
        { op: 'delete', kind: 'summary', id: 'k2' },
        { op: 'put', kind: 'summary', value: { ...summaries[3]!, incomplete: 1, revision: 2 } },
        { op: 'delete', kind: 'summary', id: 'k3' },
        { op: 'delete', kind: 'summary', id: 'never' },
      ],
      NO_SCOPE,
    );
    const { rows } = await database.sql.query<{ phase: string; incomplete: number; risk_type_id: string; counted: string; actual: string }>(
      `SELECT c.phase, c.incomplete, c.risk_type_id, c.rows::text AS counted,
              (SELECT count(*) FROM dossier_summary s WHERE s.tenant_id = c.tenant_id AND s.phase = c.phase AND s.incomplete = c.incomplete AND s.risk_type_id = c.risk_type_id)::text AS actual
       FROM dossier_summary_count c WHERE c.tenant_id = 'counters'`,
    );
    for (const row of rows) expect(row.counted, JSON.stringify(row)).to.equal(row.actual);
    expect((await storage.queryAudit({ limit: 1 })).total).to.equal(28);
  });

  it('tells another instance a change whose scope is too large for one notification', async () => {
    const storage = database.storage('big-scope');
    const elsewhere = other.storage('big-scope');
    const seen: StorageChange[] = [];
    elsewhere.subscribe((change) => seen.push(change));
    const dossierIds = Array.from({ length: 2000 }, (_, i) => `dossier-with-a-long-id-${i}`);
    await storage.commit([{ op: 'put', kind: 'riskType', value: sampleRecords('b').riskType }], { dossierIds, riskTypeIds: ['b-risk'] });
    for (let wait = 0; seen.length === 0 && wait < 100; wait += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).to.have.length(1);
    expect(seen[0]?.origin).to.equal('remote');
    expect(seen[0]?.dossierIds).to.deep.equal(dossierIds);
  });

  it('streams a document’s bytes and sweeps only bytes nobody refers to', async () => {
    const storage = database.storage('sweep');
    const r = sampleRecords('s');
    const pdf = samplePdf('sweep');
    await storage.commit(
      [
        { op: 'put', kind: 'document', value: r.document },
        { op: 'putBlob', documentId: r.document.id, blob: pdf },
      ],
      NO_SCOPE,
    );
    const opened = await storage.openBlob(r.document.id);
    expect(opened?.size).to.equal(pdf.size);
    expect(opened?.mediaType).to.equal(pdf.type);
    const streamed = new Uint8Array(await new Response(opened!.stream).arrayBuffer());
    expect(streamed).to.deep.equal(new Uint8Array(await pdf.arrayBuffer()));
    // A commit that failed after storing its bytes leaves them unreferenced.
    const orphan = samplePdf('orphan');
    await storage
      .commit(
        [
          { op: 'putBlob', documentId: 'o', blob: orphan },
          { op: 'check', kind: 'dossier', id: 'nope', revision: 3 },
        ],
        NO_SCOPE,
      )
      .catch(() => undefined);
    expect(await database.sweepBlobs(new Date(Date.now() - 60_000)), 'nothing old enough').to.equal(0);
    const swept = await database.sweepBlobs(new Date(Date.now() + 60_000));
    expect(swept).to.be.greaterThan(0);
    expect(await storage.getBlob(r.document.id), 'referenced bytes stay').not.to.equal(undefined);
  });
});
