import { isDossierError } from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { sampleRecords } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase, type PostgresStorage } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { expect } from 'chai';

const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

/** Runs `attempt` until it lands; counts the conflicts met. Any other error fails the test. */
async function untilLanded(attempt: () => Promise<void>, conflicts: { count: number; reasons: string[] }): Promise<void> {
  for (let tries = 0; tries < 500; tries += 1) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (!isDossierError(error, 'conflict')) throw error;
      conflicts.count += 1;
      conflicts.reasons.push(String(error.details.reason ?? ''));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    }
  }
  throw new Error('never landed');
}

describe('storage-postgres under concurrency (real PostgreSQL, two pools)', function () {
  this.timeout(120_000);
  let server: TestDatabase;
  let first: PostgresDatabase;
  let second: PostgresDatabase;
  let tenant = 0;
  /** The same fresh tenant through each pool. */
  const storages = (): [PostgresStorage, PostgresStorage] => {
    tenant += 1;
    return [first.storage(`c${tenant}`), second.storage(`c${tenant}`)];
  };

  before(async () => {
    server = await createTestDatabase('dossier_concurrency');
    first = await openPostgresDatabase({ db: server.pool({ max: 10 }) });
    second = await openPostgresDatabase({ db: server.pool({ max: 10 }) });
  });
  after(async () => {
    await second?.close();
    await first?.close();
    await server?.drop();
  });

  it('20 writers on one dossier through two pools: every write lands or gets conflict, none is lost', async () => {
    const [a, b] = storages();
    const { dossier } = sampleRecords('w');
    await a.commit([{ op: 'put', kind: 'dossier', value: { ...dossier, waivers: {} }, ifRevision: 0 }], NO_SCOPE);
    const conflicts = { count: 0, reasons: [] as string[] };
    // Each writer adds its own waiver by read-modify-write guarded by the revision it read.
    await Promise.all(
      Array.from({ length: 20 }, (_, writer) =>
        untilLanded(async () => {
          const storage = writer % 2 ? b : a;
          const current = await storage.get('dossier', dossier.id);
          if (!current) throw new Error('dossier gone');
          const next = {
            ...current,
            waivers: { ...current.waivers, [`w${writer}`]: { reason: `writer ${writer}`, at: '2026-11-29T00:00:00.000Z' } },
            revision: current.revision + 1,
          };
          await storage.commit([{ op: 'put', kind: 'dossier', value: next, ifRevision: current.revision }], {
            dossierIds: [dossier.id],
            riskTypeIds: [],
          });
        }, conflicts),
      ),
    );
    const stored = await a.get('dossier', dossier.id);
    expect(Object.keys(stored?.waivers ?? {}).sort()).to.deep.equal(Array.from({ length: 20 }, (_, i) => `w${i}`).sort());
    expect(stored?.revision, 'one revision per landed write').to.equal(21);
    expect(conflicts.count, 'the writers did run into each other').to.be.greaterThan(0);
    expect(
      conflicts.reasons.filter((reason) => reason.includes('SQLSTATE')),
      'conflicts come from revision checks, never from a deadlock or a unique violation',
    ).to.deep.equal([]);
    // The feed holds one entry per landed write (plus the seed).
    const feed = await b.changes(0);
    expect(feed.changes.length).to.equal(21);
    expect(feed.changes.map((c) => c.seq)).to.deep.equal(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('commits naming the same records in opposite orders never deadlock', async () => {
    const [a, b] = storages();
    const ids = ['x', 'y', 'z'];
    await a.commit(
      ids.map((id) => ({ op: 'put', kind: 'riskType', value: { id, label: id, revision: 1 }, ifRevision: 0 }) as StorageOperation),
      NO_SCOPE,
    );
    const conflicts = { count: 0, reasons: [] as string[] };
    await Promise.all(
      Array.from({ length: 20 }, (_, writer) =>
        untilLanded(async () => {
          const storage = writer % 2 ? b : a;
          const order = writer % 2 ? [...ids].reverse() : ids;
          const current = await storage.getMany('riskType', order);
          await storage.commit(
            current.map(
              (value) =>
                ({
                  op: 'put',
                  kind: 'riskType',
                  value: { ...value!, revision: value!.revision + 1 },
                  ifRevision: value!.revision,
                }) as StorageOperation,
            ),
            NO_SCOPE,
          );
        }, conflicts),
      ),
    );
    for (const riskType of await a.getMany('riskType', ids)) expect(riskType?.revision).to.equal(21);
    expect(conflicts.reasons.filter((reason) => reason.includes('SQLSTATE'))).to.deep.equal([]);
  });

  it('a catalogue change and a dossier opened meanwhile never both land (checkChildren sees concurrent inserts)', async () => {
    let bothLanded = 0;
    let rounds = 0;
    for (let round = 0; round < 25; round += 1) {
      const [a, b] = storages();
      await a.commit([{ op: 'put', kind: 'riskType', value: { id: 'auto', label: 'Auto', revision: 1 }, ifRevision: 0 }], NO_SCOPE);
      const { dossier } = sampleRecords(`n${round}`);
      // As core writes them: the catalogue change bumps the risk type and checks its dossiers;
      // opening a dossier checks the risk type's revision.
      const catalogue = a.commit(
        [
          { op: 'put', kind: 'riskType', value: { id: 'auto', label: 'Auto', revision: 2 }, ifRevision: 1 },
          { op: 'checkChildren', kind: 'dossier', parentId: 'auto', ids: [] },
        ],
        NO_SCOPE,
      );
      const open = b.commit(
        [
          { op: 'put', kind: 'dossier', value: { ...dossier, riskTypeId: 'auto' }, ifRevision: 0 },
          { op: 'check', kind: 'riskType', id: 'auto', revision: 1 },
        ],
        NO_SCOPE,
      );
      const [catalogueResult, openResult] = await Promise.allSettled([catalogue, open]);
      for (const result of [catalogueResult, openResult]) {
        if (result.status === 'rejected') expect(isDossierError(result.reason, 'conflict'), String(result.reason)).to.equal(true);
      }
      if (catalogueResult.status === 'fulfilled' && openResult.status === 'fulfilled') bothLanded += 1;
      rounds += 1;
    }
    expect(rounds).to.equal(25);
    expect(bothLanded).to.equal(0);
  });

  it('a commit id lands once; the same id with other content is refused', async () => {
    const [a, b] = storages();
    const { riskType } = sampleRecords('i');
    const operations: StorageOperation[] = [{ op: 'put', kind: 'riskType', value: riskType, ifRevision: 0 }];
    const options = { commitId: 'key-1', principal: 'u1', fingerprint: 'f1' };
    const [one, two] = await Promise.all([a.commitWith(operations, NO_SCOPE, options), b.commitWith(operations, NO_SCOPE, options)]);
    expect([one.replayed, two.replayed].sort()).to.deep.equal([false, true]);
    expect(one.seq).to.equal(two.seq);
    expect((await a.changes(0)).changes).to.have.length(1);
    const error = await a.commitWith(operations, NO_SCOPE, { ...options, fingerprint: 'other' }).catch((e: unknown) => e);
    expect(isDossierError(error, 'invalid-input')).to.equal(true);
    // Another principal's same key is another commit.
    const error2 = await a.commitWith(operations, NO_SCOPE, { ...options, principal: 'u2' }).catch((e: unknown) => e);
    expect(isDossierError(error2, 'conflict'), 'it ran (and met ifRevision 0)').to.equal(true);
  });
});
