import { createDossierClient } from '../client/create-dossier-client.js';
import type { DossierClient } from '../client/dossier-client.js';
import { computeCompleteness } from '../completeness/compute-completeness.js';
import { summarizeDossier } from '../completeness/summarize-dossier.js';
import { sha256Hex } from '../files/sha256-hex.js';
import type { Requirement } from '../model/requirement.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ReminderEmail } from '../reminders/reminder-email.js';
import { createCallbackTransport } from '../reminders/callback-transport.js';
import { compareAuditRows } from '../storage/compare-audit-rows.js';
import type { StorageChange } from '../storage/storage-change.js';
import type { StoragePort } from '../storage/storage-port.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import type { StorageRecords } from '../storage/storage-records.js';
import { check, checkEqual, checkRejects } from './conformance-assert.js';
import { samplePdf, samplePng } from './sample-files.js';
import { seededRandom } from './seeded-random.js';
import type { StorageConformanceConfig, SuiteFunction, TestFunction } from './storage-conformance-config.js';
import { sampleRecords } from './sample-records.js';
import { registerRaceSuite } from './run-race-suite.js';
import { runFaultInjection } from './run-fault-injection.js';
import { checkPortfolioInvariants } from './portfolio-invariants.js';

const KIB = 1024;
const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

/**
 * Registers the storage conformance suite with the current test runner: every
 * adapter must pass it. Call it at the top level of a test file.
 *
 * @example
 * runStorageConformance({ name: 'memory', create: () => createMemoryStorage() });
 */
export function runStorageConformance(config: StorageConformanceConfig): void {
  const globals = globalThis as unknown as { describe?: SuiteFunction; it?: TestFunction };
  const describe = config.describe ?? globals.describe;
  const it = config.it ?? globals.it;
  if (!describe || !it) throw new Error('runStorageConformance needs mocha-style describe/it (globals or config)');

  /** Runs a test body on a fresh storage, closing and destroying it afterwards. */
  const withStorage = (body: (storage: StoragePort) => Promise<void>) => async () => {
    const storage = await config.create();
    try {
      await body(storage);
    } finally {
      await storage.close().catch(() => undefined);
      await config.destroy?.(storage);
    }
  };
  const test = (name: string, body: (storage: StoragePort) => Promise<void>) => it(name, withStorage(body));

  describe(`storage conformance: ${config.name}`, () => {
    describe('records', () => {
      test('declares its capabilities', async (storage) => {
        const c = storage.capabilities;
        check(typeof c.persistent === 'boolean' && typeof c.crossContextChanges === 'boolean', 'boolean capability flags');
        check(typeof c.maxBlobBytes === 'number' && c.maxBlobBytes > 0, 'maxBlobBytes is a positive number');
      });

      test('puts, gets, lists and deletes every record kind', async (storage) => {
        const records = sampleRecords('x');
        await storage.commit(
          Object.entries(records).map(([kind, value]) => ({ op: 'put', kind, value, ifRevision: 0 }) as never),
          { dossierIds: ['x-dossier'], riskTypeIds: ['x-risk'] },
        );
        for (const [kind, value] of Object.entries(records) as [keyof StorageRecords, StorageRecords[keyof StorageRecords]][]) {
          checkEqual(await storage.get(kind, value.id), value, `get ${kind}`);
          checkEqual(await storage.getMany(kind, [value.id, 'nope']), [value, undefined], `getMany ${kind}`);
        }
        checkEqual(await storage.listRiskTypes(), [records.riskType], 'listRiskTypes');
        checkEqual(await storage.listChildren('piece', 'x-risk'), [records.piece], 'pieces by risk type');
        checkEqual(await storage.listChildren('dossier', 'x-risk'), [records.dossier], 'dossiers by risk type');
        checkEqual(await storage.listChildren('document', 'x-dossier'), [records.document], 'documents by dossier');
        checkEqual(await storage.listChildren('reminder', 'x-dossier'), [records.reminder], 'reminders by dossier');
        checkEqual(await storage.listChildren('uploadLink', 'x-dossier'), [records.uploadLink], 'upload links by dossier');
        checkEqual(await storage.listChildren('document', 'other'), [], 'no documents of another dossier');
        check((await storage.get('dossier', 'nope')) === undefined, 'a missing record is undefined');

        const changed = { ...records.piece, label: 'Carte grise', revision: 2 };
        await storage.commit([{ op: 'put', kind: 'piece', value: changed, ifRevision: 1 }], NO_SCOPE);
        checkEqual(await storage.get('piece', changed.id), changed, 'replaced piece');

        await storage.commit(
          Object.entries(records).map(([kind, value]) => ({ op: 'delete', kind, id: value.id }) as never),
          NO_SCOPE,
        );
        for (const [kind, value] of Object.entries(records) as [keyof StorageRecords, { id: string }][]) {
          check((await storage.get(kind, value.id)) === undefined, `deleted ${kind}`);
        }
        await storage.commit([{ op: 'delete', kind: 'dossier', id: 'never-existed' }], NO_SCOPE);
      });

      test('returns copies: changing a result changes nothing stored', async (storage) => {
        const { dossier } = sampleRecords('c');
        await storage.commit([{ op: 'put', kind: 'dossier', value: dossier }], NO_SCOPE);
        const read = (await storage.get('dossier', dossier.id)) as { client: { name: string } };
        read.client.name = 'changed';
        checkEqual(await storage.get('dossier', dossier.id), dossier, 'stored dossier unchanged');
      });

      test('keeps hostile text byte for byte', async (storage) => {
        const hostile = `<img src=x onerror=alert(1)>\u202E\u0000'"; DROP TABLE x;--\uD83D\uDE00 ${'é'.repeat(300)}`;
        const { riskType } = sampleRecords('h');
        const value = { ...riskType, label: hostile };
        await storage.commit([{ op: 'put', kind: 'riskType', value }], NO_SCOPE);
        checkEqual(await storage.get('riskType', value.id), value, 'hostile label round trip');
      });
    });

    describe('blobs', () => {
      const sizes = [1, 64 * KIB - 1, 64 * KIB, 64 * KIB + 1, ...(config.capabilities?.largeBlobs === false ? [] : [20 * 1000 * 1000])];
      for (const size of sizes) {
        test(`stores and reads back ${size} bytes exactly`, async (storage) => {
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
          const blob = new Blob([bytes], { type: 'application/octet-stream' });
          const { document } = sampleRecords(`b${size}`);
          await storage.commit(
            [
              { op: 'put', kind: 'document', value: { ...document, size } },
              { op: 'putBlob', documentId: document.id, blob },
            ],
            NO_SCOPE,
          );
          const back = await storage.getBlob(document.id);
          check(back !== undefined, 'blob found');
          check(back.size === size, `size ${back.size} === ${size}`);
          check((await sha256Hex(back)) === (await sha256Hex(blob)), 'same SHA-256');
          await storage.commit([{ op: 'deleteBlob', documentId: document.id }], NO_SCOPE);
          check((await storage.getBlob(document.id)) === undefined, 'blob deleted');
        });
      }
    });

    describe('atomicity', () => {
      test('a commit with a revision conflict writes nothing', async (storage) => {
        const a = sampleRecords('a');
        await storage.commit([{ op: 'put', kind: 'riskType', value: a.riskType }], NO_SCOPE);
        const b = sampleRecords('b');
        await checkRejects(
          () =>
            storage.commit(
              [
                { op: 'put', kind: 'dossier', value: b.dossier, ifRevision: 0 },
                { op: 'put', kind: 'document', value: b.document, ifRevision: 0 },
                { op: 'putBlob', documentId: b.document.id, blob: samplePdf('atomic') },
                { op: 'put', kind: 'riskType', value: { ...a.riskType, revision: 2 }, ifRevision: 7 },
              ],
              NO_SCOPE,
            ),
          'conflict',
          'stale ifRevision',
        );
        check((await storage.get('dossier', b.dossier.id)) === undefined, 'dossier not written');
        check((await storage.get('document', b.document.id)) === undefined, 'document not written');
        check((await storage.getBlob(b.document.id)) === undefined, 'blob not written');
        checkEqual(await storage.get('riskType', a.riskType.id), a.riskType, 'risk type unchanged');
      });

      test('a malformed operation is refused with invalid-input and writes nothing', async (storage) => {
        const b = sampleRecords('m');
        await checkRejects(
          () =>
            storage.commit(
              [
                { op: 'put', kind: 'dossier', value: b.dossier },
                { op: 'putBlob', documentId: 'm', blob: 'not a blob' as unknown as Blob },
              ],
              NO_SCOPE,
            ),
          'invalid-input',
          'putBlob without a Blob',
        );
        check((await storage.get('dossier', b.dossier.id)) === undefined, 'nothing written');
      });

      test('a malformed change scope is refused with invalid-input and writes nothing', async (storage) => {
        const { riskType } = sampleRecords('sc');
        for (const scope of [
          undefined,
          null,
          {},
          { dossierIds: 'd1', riskTypeIds: [] },
          { dossierIds: [1], riskTypeIds: [] },
          { dossierIds: [] },
        ]) {
          await checkRejects(
            () => storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], scope as never),
            'invalid-input',
            `scope ${JSON.stringify(scope)}`,
          );
        }
        check((await storage.get('riskType', riskType.id)) === undefined, 'nothing written');
      });

      const inject = config.capabilities?.injectCommitFailure;
      if (inject) {
        test('a failure in the middle of a commit leaves everything as it was', async (storage) => {
          const before = sampleRecords('f0');
          await storage.commit([{ op: 'put', kind: 'dossier', value: before.dossier }], NO_SCOPE);
          const b = sampleRecords('f');
          inject(storage);
          let failed: unknown;
          try {
            await storage.commit(
              [
                { op: 'put', kind: 'document', value: b.document },
                { op: 'putBlob', documentId: b.document.id, blob: samplePdf('inject') },
                { op: 'put', kind: 'dossier', value: { ...before.dossier, stage: 'changed', revision: 2 } },
                { op: 'put', kind: 'summary', value: b.summary },
              ],
              NO_SCOPE,
            );
          } catch (error) {
            failed = error;
          }
          check(failed !== undefined, 'the armed commit failed');
          const e = failed as { name?: string; code?: string };
          check(
            e.name === 'DossierError' && (e.code === 'storage-unavailable' || e.code === 'quota-exceeded'),
            `typed failure, got ${e.name}/${e.code}`,
          );
          check((await storage.get('document', b.document.id)) === undefined, 'document not written');
          check((await storage.getBlob(b.document.id)) === undefined, 'blob not written');
          check((await storage.get('summary', b.summary.id)) === undefined, 'summary not written');
          checkEqual(await storage.get('dossier', before.dossier.id), before.dossier, 'dossier unchanged');
        });

        test('the client reports an injected failure and the dossier is unchanged', async (storage) => {
          const client = await seededClient(storage);
          inject(storage);
          const error = await checkRejectsAny(() => client.documents.add('P-1', { blob: samplePdf('client-inject'), name: 'permis.pdf' }));
          check(error.code === 'storage-unavailable' || error.code === 'quota-exceeded', `typed failure, got ${error.code}`);
          checkEqual(await client.documents.list('P-1'), [], 'no document');
          check((await client.completeness('P-1')).requiredMissing === 2, 'still two missing');
        });
      }
    });

    describe('after close()', () => {
      it('every call is refused with storage-unavailable, and listeners hear nothing more', async () => {
        const storage = await config.create();
        try {
          const { riskType, document } = sampleRecords('closed');
          await storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], NO_SCOPE);
          const heard: StorageChange[] = [];
          storage.subscribe((change) => heard.push(change));
          await storage.close();
          const calls: [string, () => Promise<unknown>][] = [
            ['get', () => storage.get('riskType', riskType.id)],
            ['getMany', () => storage.getMany('riskType', [riskType.id])],
            ['listRiskTypes', () => storage.listRiskTypes()],
            ['listChildren', () => storage.listChildren('piece', riskType.id)],
            ['getBlob', () => storage.getBlob(document.id)],
            ['queryAudit', () => storage.queryAudit({ limit: 10 })],
            ['commit', () => storage.commit([{ op: 'put', kind: 'riskType', value: { ...riskType, revision: 2 } }], NO_SCOPE)],
          ];
          for (const [name, call] of calls) await checkRejects(call, 'storage-unavailable', `${name} after close()`);
          const unsubscribe = storage.subscribe((change) => heard.push(change));
          check(typeof unsubscribe === 'function', 'subscribe after close() still returns an unsubscribe function');
          unsubscribe();
          await storage.close(); // closing twice is harmless
          await pause(50);
          check(heard.length === 0, `no change heard after close(): ${JSON.stringify(heard)}`);
        } finally {
          await config.destroy?.(storage);
        }
      });
    });

    describe('concurrency', () => {
      test('ifRevision 0 refuses to overwrite, a stale revision refuses to delete', async (storage) => {
        const { dossier } = sampleRecords('r');
        await storage.commit([{ op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 }], NO_SCOPE);
        await checkRejects(
          () => storage.commit([{ op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 }], NO_SCOPE),
          'conflict',
          'create twice',
        );
        await checkRejects(
          () => storage.commit([{ op: 'delete', kind: 'dossier', id: dossier.id, ifRevision: 5 }], NO_SCOPE),
          'conflict',
          'stale delete',
        );
        await storage.commit([{ op: 'put', kind: 'dossier', value: { ...dossier, revision: 2 }, ifRevision: 1 }], NO_SCOPE);
        check((await storage.get('dossier', dossier.id))?.revision === 2, 'revision 2 stored');
      });

      test('check and checkChildren guard a commit without writing', async (storage) => {
        const { riskType, dossier, piece } = sampleRecords('g');
        await storage.commit(
          [
            { op: 'put', kind: 'riskType', value: riskType },
            { op: 'put', kind: 'dossier', value: dossier },
            { op: 'put', kind: 'piece', value: piece },
          ],
          NO_SCOPE,
        );
        const other = { ...sampleRecords('g2').dossier, riskTypeId: riskType.id };
        // Each guard fails on its own, and the whole commit with it.
        const failing: StorageOperation[][] = [
          [{ op: 'check', kind: 'riskType', id: riskType.id, revision: riskType.revision + 1 }],
          [{ op: 'check', kind: 'dossier', id: 'absent', revision: 1 }],
          [{ op: 'check', kind: 'dossier', id: dossier.id, revision: 0 }],
          [{ op: 'checkChildren', kind: 'dossier', parentId: riskType.id, ids: [] }],
          [{ op: 'checkChildren', kind: 'dossier', parentId: riskType.id, ids: [dossier.id, 'absent'] }],
          [{ op: 'checkChildren', kind: 'piece', parentId: 'other-risk', ids: [piece.id] }],
        ];
        for (const guards of failing) {
          await checkRejects(
            () => storage.commit([{ op: 'put', kind: 'dossier', value: other, ifRevision: 0 }, ...guards], NO_SCOPE),
            'conflict',
            JSON.stringify(guards),
          );
          check((await storage.get('dossier', other.id)) === undefined, `nothing written after ${JSON.stringify(guards)}`);
        }
        await storage.commit(
          [
            { op: 'check', kind: 'riskType', id: riskType.id, revision: riskType.revision },
            { op: 'check', kind: 'dossier', id: 'absent', revision: 0 },
            { op: 'checkChildren', kind: 'dossier', parentId: riskType.id, ids: [dossier.id] },
            { op: 'checkChildren', kind: 'document', parentId: dossier.id, ids: [] },
            { op: 'put', kind: 'dossier', value: other, ifRevision: 0 },
          ],
          NO_SCOPE,
        );
        checkEqual(await storage.get('dossier', other.id), other, 'written once every guard held');
        checkEqual(await storage.get('riskType', riskType.id), riskType, 'a checked record is left as it was');
        await checkRejects(
          () => storage.commit([{ op: 'check', kind: 'nope' as never, id: 'x', revision: 1 }], NO_SCOPE),
          'invalid-input',
          'check of an unknown kind',
        );
        await checkRejects(
          () => storage.commit([{ op: 'check', kind: 'dossier', id: 'x', revision: -1 }], NO_SCOPE),
          'invalid-input',
          'negative revision',
        );
        await checkRejects(
          () => storage.commit([{ op: 'checkChildren', kind: 'riskType' as never, parentId: 'x', ids: [] }], NO_SCOPE),
          'invalid-input',
          'riskType has no parent',
        );
        await checkRejects(
          () => storage.commit([{ op: 'checkChildren', kind: 'dossier', parentId: 'x', ids: [3 as never] }], NO_SCOPE),
          'invalid-input',
          'ids not strings',
        );
      });

      test('concurrent client writes on one dossier all land, with a correct aggregate', async (storage) => {
        const client = await seededClient(storage);
        const files = ['a', 'b', 'c', 'd'].map((seed) => ({ blob: samplePdf(`concurrent-${seed}`), name: `${seed}.pdf` }));
        await Promise.all(files.map((file) => client.documents.add('P-1', file)));
        check((await client.documents.list('P-1')).length === 4, 'four documents');
        await checkAggregates(storage);
        const summary = await storage.get('summary', 'P-1');
        check(summary?.unclassified === 4, 'four unclassified in the stored summary');
      });

      test('twelve writers at once on one dossier and its catalogue: every write lands, retries stay invisible', async (storage) => {
        const client = await seededClient(storage);
        const [permis] = await client.pieces.list('auto');
        const transport = createCallbackTransport(() => undefined);
        const writes: Promise<unknown>[] = [
          ...['e', 'f', 'g', 'h', 'i', 'j'].map((seed) =>
            client.documents.add('P-1', { blob: samplePdf(`twelve-${seed}`), name: `${seed}.pdf` }),
          ),
          client.pieces.add('auto', { label: 'Attestation' }),
          client.pieces.add('auto', { label: 'Relevé' }),
          client.dossiers.setStage('P-1', 'Signature'),
          client.dossiers.waive('P-1', permis!.id, 'Dispense'),
          client.dossiers.open({ id: 'P-2', riskTypeId: 'auto', client: { id: 'c2', name: 'Paul', email: 'paul@example.fr' } }),
          client.reminders.compose('P-1').then((draft) => client.reminders.send('P-1', draft, transport)),
        ];
        const outcomes = await Promise.allSettled(writes);
        const failed = outcomes.flatMap((o) => (o.status === 'rejected' ? [String((o.reason as Error)?.message)] : []));
        check(failed.length === 0, `every write lands: ${failed.join('; ')}`);
        check((await client.documents.list('P-1')).length === 6, 'six documents');
        const orders = (await client.pieces.list('auto')).map((p) => p.order);
        check(new Set(orders).size === 4, `four pieces with distinct orders: ${orders.join(', ')}`);
        await checkAggregates(storage);
      });
    });

    describe('aggregates', () => {
      const sequences = config.randomSequences ?? 3;
      for (let run = 0; run < sequences; run += 1) {
        const seed = (config.seed ?? 20261128) + run;
        test(`stored summaries equal a recomputation after random operations (seed ${seed})`, async (storage) => {
          await randomOperations(storage, seed, 40);
          await checkAggregates(storage);
        });
      }
    });

    describe('upload links and reviews', () => {
      test('keeps an upload link under its token’s hash, listed by dossier, revoked under its revision', async (storage) => {
        const { uploadLink, dossier } = sampleRecords('u');
        await storage.commit(
          [
            { op: 'put', kind: 'dossier', value: dossier, ifRevision: 0 },
            { op: 'put', kind: 'uploadLink', value: uploadLink, ifRevision: 0 },
          ],
          NO_SCOPE,
        );
        checkEqual(await storage.get('uploadLink', uploadLink.id), uploadLink, 'found by its hash');
        check(
          (await storage.get(
            'uploadLink',
            uploadLink.id.replace(/^./, (c) => (c === '0' ? '1' : '0')),
          )) === undefined,
          'another hash finds nothing',
        );
        const revoked = { ...uploadLink, revokedAt: '2026-11-04T09:00:00.000Z', revision: 2 };
        await storage.commit([{ op: 'put', kind: 'uploadLink', value: revoked, ifRevision: 1 }], NO_SCOPE);
        await checkRejects(
          () => storage.commit([{ op: 'put', kind: 'uploadLink', value: { ...uploadLink, revision: 2 }, ifRevision: 1 }], NO_SCOPE),
          'conflict',
          'a stale revocation',
        );
        checkEqual(await storage.listChildren('uploadLink', dossier.id), [revoked], 'listed by dossier, revoked');
      });

      test('the broker’s upload links and reviews through the client: created, listed, revoked; accepted and refused', async (storage) => {
        const client = await seededClient(storage);
        const created = await client.uploadLinks.create('P-1', { expiresInDays: 7, maxFiles: 3 });
        check(/^[A-Za-z0-9_-]{43}$/.test(created.token), 'a 43-character base64url token');
        const stored = await storage.get('uploadLink', created.link.id);
        check(stored !== undefined && !JSON.stringify(stored).includes(created.token), 'stored without its token');
        checkEqual(stored?.pieceIds, ['id-1', 'id-2'], 'asks for the pieces still to collect');
        check((await client.uploadLinks.list('P-1'))[0]?.state === 'active', 'listed active');
        check((await client.uploadLinks.revoke(created.link.id)).state === 'revoked', 'revoked');
        check((await client.uploadLinks.list('P-1'))[0]?.state === 'revoked', 'listed revoked');

        const piece = await client.pieces.add('auto', { label: 'Relevé d’information', review: 'always' });
        const first = await client.documents.add('P-1', { blob: samplePdf('review-a'), name: 'releve-a.pdf' }, { pieceId: piece.id });
        check(first.review?.status === 'pending', 'a document for a piece reviewed always waits');
        let completeness = await client.completeness('P-1');
        check(
          completeness.toReview === 1 && completeness.pieces.find((p) => p.pieceId === piece.id)?.status === 'pending-review',
          'pending-review, counted to review',
        );
        const toReview = await client.audit({ phase: ['proposal', 'contract'], onlyIncomplete: false, onlyToReview: true });
        checkEqual(
          toReview.items.map((row) => row.id),
          ['P-1'],
          'the audit finds it "à vérifier"',
        );
        check(toReview.total === 1, 'with its count');
        await checkAggregates(storage);
        const refused = await client.documents.reject(first.id, { reason: 'illegible', note: 'Photo floue' });
        check(refused.review?.status === 'rejected' && refused.review.reason === 'illegible', 'refused with its reason');
        await checkRejectsAny(() => client.documents.accept(first.id));
        const second = await client.documents.add('P-1', { blob: samplePdf('review-b'), name: 'releve-b.pdf' }, { pieceId: piece.id });
        await client.documents.accept(second.id);
        completeness = await client.completeness('P-1');
        check(
          completeness.toReview === 0 && completeness.pieces.find((p) => p.pieceId === piece.id)?.status === 'obtained',
          'obtained once accepted',
        );
        check((await client.documents.list('P-1')).length === 2, 'the refused one kept in the history');
        check(
          (await client.audit({ phase: ['proposal', 'contract'], onlyIncomplete: false, onlyToReview: true })).total === 0,
          'nothing left to review',
        );
        await checkAggregates(storage);
      });

      test('pages through the dossiers waiting for review ("à vérifier") with the right total', async (storage) => {
        const summaries = manySummaries(137).map((summary, i) =>
          i % 5 === 0 ? { ...summary, toReview: 1 + (i % 3), reviewPending: 1 as const, incomplete: 1 as const } : summary,
        );
        await storage.commit(
          summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
          NO_SCOPE,
        );
        for (const order of ['oldest', 'newest'] as const) {
          for (const filter of [
            { onlyToReview: true },
            { onlyToReview: true, onlyIncomplete: true },
            { onlyToReview: true, phases: ['contract'] as const, riskTypeId: 'auto' },
          ]) {
            const expected = summaries
              .filter((s) => s.reviewPending === 1 && (!('phases' in filter) || (s.phase === 'contract' && s.riskTypeId === 'auto')))
              .sort((a, b) => compareAuditRows(a, b, order))
              .map((s) => s.id);
            const seen: string[] = [];
            let cursor: string | null = null;
            let pages = 0;
            do {
              const page = await storage.queryAudit({ ...filter, order, limit: 4, cursor });
              check(page.total === expected.length, `total ${page.total} === ${expected.length} (${order} ${JSON.stringify(filter)})`);
              seen.push(...page.items.map((s) => s.id));
              cursor = page.nextCursor;
              pages += 1;
              check(pages < 100, 'paging ends');
            } while (cursor);
            checkEqual(seen, expected, `rows in audit order (${order} ${JSON.stringify(filter)})`);
          }
        }
        await checkRejects(
          () => storage.queryAudit({ limit: 10, onlyToReview: 'yes' as never }),
          'invalid-input',
          'onlyToReview not a boolean',
        );
      });
    });

    describe('audit paging', () => {
      test('pages through every matching row once, in order, with the right total', async (storage) => {
        const summaries = manySummaries(137);
        await storage.commit(
          summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
          NO_SCOPE,
        );
        for (const order of ['oldest', 'newest'] as const) {
          const filters = [
            {},
            { onlyIncomplete: true },
            { phases: ['contract'] as const, riskTypeId: 'auto' },
            { onlyRemindersExhausted: true },
            { phases: ['contract'] as const, riskTypeId: 'auto', onlyIncomplete: true, onlyRemindersExhausted: true },
          ];
          for (const filter of filters) {
            const expected = summaries
              .filter(
                (s) =>
                  (!('onlyIncomplete' in filter) || s.incomplete === 1) &&
                  (!('onlyRemindersExhausted' in filter) || s.remindersExhausted === 1) &&
                  (!('phases' in filter) || (s.phase === 'contract' && s.riskTypeId === 'auto')),
              )
              .sort((a, b) => compareAuditRows(a, b, order))
              .map((s) => s.id);
            const seen: string[] = [];
            let cursor: string | null = null;
            let pages = 0;
            do {
              const page = await storage.queryAudit({ ...filter, order, limit: 10, cursor });
              check(page.total === expected.length, `total ${page.total} === ${expected.length} (${order} ${JSON.stringify(filter)})`);
              check(page.items.length <= 10, 'at most limit rows');
              seen.push(...page.items.map((s) => s.id));
              cursor = page.nextCursor;
              pages += 1;
              check(pages < 100, 'paging ends');
            } while (cursor);
            checkEqual(seen, expected, `rows in audit order (${order} ${JSON.stringify(filter)})`);
          }
        }
      });

      test('jumps to any offset in one query: the rows paging would reach there, and a cursor on from them', async (storage) => {
        const summaries = manySummaries(137);
        await storage.commit(
          summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
          NO_SCOPE,
        );
        const filters = [
          {},
          { onlyIncomplete: true },
          { phases: ['proposal', 'contract'] as const },
          { phases: ['contract'] as const, riskTypeId: 'auto' },
        ];
        for (const order of ['oldest', 'newest'] as const) {
          for (const filter of filters) {
            const expected = summaries
              .filter(
                (s) =>
                  (!('onlyIncomplete' in filter) || s.incomplete === 1) &&
                  (!('phases' in filter) || (filter.phases as readonly string[]).includes(s.phase)) &&
                  (!('riskTypeId' in filter) || s.riskTypeId === filter.riskTypeId),
              )
              .sort((a, b) => compareAuditRows(a, b, order))
              .map((s) => s.id);
            const label = `${order} ${JSON.stringify(filter)}`;
            for (const offset of [1, 9, 10, 57, expected.length - 1, expected.length, expected.length + 5]) {
              const page = await storage.queryAudit({ ...filter, order, limit: 10, offset });
              check(page.total === expected.length, `total ${page.total} === ${expected.length} at offset ${offset} (${label})`);
              checkEqual(
                page.items.map((s) => s.id),
                expected.slice(offset, offset + 10),
                `rows at offset ${offset} (${label})`,
              );
              check(
                (page.nextCursor !== null) === offset + 10 < expected.length,
                `a next cursor only when rows follow offset ${offset} (${label})`,
              );
              if (page.nextCursor) {
                const next = await storage.queryAudit({ ...filter, order, limit: 10, cursor: page.nextCursor });
                checkEqual(
                  next.items.map((s) => s.id),
                  expected.slice(offset + 10, offset + 20),
                  `the page after offset ${offset} (${label})`,
                );
              }
            }
          }
        }
      });

      test('a row added behind the cursor neither repeats nor skips rows', async (storage) => {
        const summaries = manySummaries(30);
        await storage.commit(
          summaries.map((value) => ({ op: 'put', kind: 'summary', value }) as const),
          NO_SCOPE,
        );
        const first = await storage.queryAudit({ limit: 10 });
        const early = { ...summaries[0]!, id: 'zz-early', since: '2000-01-01T00:00:00.000Z' };
        await storage.commit([{ op: 'put', kind: 'summary', value: early }], NO_SCOPE);
        const rest: string[] = [];
        let cursor = first.nextCursor;
        while (cursor) {
          const page = await storage.queryAudit({ limit: 10, cursor });
          rest.push(...page.items.map((s) => s.id));
          cursor = page.nextCursor;
        }
        const all = [...first.items.map((s) => s.id), ...rest];
        checkEqual(
          all,
          [...summaries].sort((a, b) => compareAuditRows(a, b)).map((s) => s.id),
          'original rows once each, in order',
        );
      });

      test('rows and totals equal a recomputation at ten dates across expiries, in any order', async (storage) => {
        await expiringPortfolio(storage);
        // Forward, backward and repeated: each answer depends only on the date asked about.
        const dates = [
          '2026-07-01',
          '2026-03-01',
          '2026-12-31',
          '2026-06-01',
          '2027-06-01',
          '2026-08-15',
          '2026-01-15',
          '2026-09-30',
          '2030-01-01',
          '2026-07-01',
        ];
        for (const day of dates) {
          const now = new Date(`${day}T12:00:00.000Z`);
          const client = createDossierClient({ storage, now: () => now });
          const anomalies = await checkPortfolioInvariants(storage, client, now);
          check(anomalies.length === 0, `at ${day}:\n- ${anomalies.join('\n- ')}`);
        }
      });

      test('reading writes nothing: audits and completeness make no commit', async (storage) => {
        await expiringPortfolio(storage);
        let commits = 0;
        const counting: StoragePort = {
          ...storage,
          capabilities: storage.capabilities,
          commit: (operations, scope) => ((commits += 1), storage.commit(operations, scope)),
        };
        const client = createDossierClient({ storage: counting, now: () => new Date('2027-01-01T00:00:00.000Z') });
        await Promise.all([
          client.audit(),
          client.audit({ order: 'newest' }),
          client.audit({ phase: ['proposal', 'contract'], onlyIncomplete: false }),
          client.completeness('E-0'),
        ]);
        check(commits === 0, `${commits} commits while reading`);
      });

      test('refuses a malformed query with invalid-input', async (storage) => {
        await checkRejects(() => storage.queryAudit({ limit: 0 }), 'invalid-input', 'limit 0');
        await checkRejects(() => storage.queryAudit({ limit: 5000 }), 'invalid-input', 'limit 5000');
        await checkRejects(() => storage.queryAudit({ limit: 10, cursor: 'garbage' }), 'invalid-input', 'foreign cursor');
        await checkRejects(() => storage.queryAudit({ limit: 10, phases: ['nope' as never] }), 'invalid-input', 'unknown phase');
        await checkRejects(() => storage.queryAudit({ limit: 10, riskTypeId: 42 as never }), 'invalid-input', 'a number as risk type');
        await checkRejects(() => storage.queryAudit({ limit: 10, now: 'not a date' }), 'invalid-input', 'now not a timestamp');
        await checkRejects(() => storage.queryAudit({ limit: 10, offset: -1 }), 'invalid-input', 'a negative offset');
        await checkRejects(() => storage.queryAudit({ limit: 10, offset: 2.5 }), 'invalid-input', 'an offset not whole');
        const first = await storage.queryAudit({ limit: 1 });
        if (first.nextCursor)
          await checkRejects(
            () => storage.queryAudit({ limit: 10, offset: 3, cursor: first.nextCursor }),
            'invalid-input',
            'an offset with a cursor',
          );
      });
    });

    describe('change notifications', () => {
      test('tells subscribers what a commit touched, until they unsubscribe', async (storage) => {
        const seen: StorageChange[] = [];
        const unsubscribe = storage.subscribe((change) => seen.push(change));
        const { riskType } = sampleRecords('n');
        await storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: ['d1'], riskTypeIds: [riskType.id] });
        await until(() => seen.length >= 1);
        checkEqual({ ...seen[0] }, { dossierIds: ['d1'], riskTypeIds: [riskType.id], origin: 'local' }, 'change event');
        unsubscribe();
        await storage.commit([{ op: 'put', kind: 'riskType', value: { ...riskType, revision: 2 } }], {
          dossierIds: ['d2'],
          riskTypeIds: [],
        });
        await pause(50);
        check(seen.length === 1, 'no event after unsubscribe');
      });

      test('a failed commit tells nobody', async (storage) => {
        const seen: StorageChange[] = [];
        storage.subscribe((change) => seen.push(change));
        const { riskType } = sampleRecords('q');
        await checkRejects(
          () => storage.commit([{ op: 'put', kind: 'riskType', value: riskType, ifRevision: 3 }], { dossierIds: ['d1'], riskTypeIds: [] }),
          'conflict',
          'conflicting commit',
        );
        await pause(50);
        check(seen.length === 0, 'no event');
      });

      if (config.connectAgain) {
        test('another connection sees the change as remote', async (storage) => {
          if (!storage.capabilities.crossContextChanges) return;
          const other = await config.connectAgain!(storage);
          try {
            const seen: StorageChange[] = [];
            other.subscribe((change) => seen.push(change));
            const { riskType } = sampleRecords('x');
            await storage.commit([{ op: 'put', kind: 'riskType', value: riskType }], { dossierIds: ['d9'], riskTypeIds: [riskType.id] });
            await until(() => seen.some((c) => c.dossierIds.includes('d9')));
            check(seen.find((c) => c.dossierIds.includes('d9'))?.origin === 'remote', 'origin remote');
            checkEqual(await other.get('riskType', riskType.id), riskType, 'other connection reads it');
          } finally {
            await other.close();
          }
        });
      }
    });

    registerRaceSuite(config, describe, (name, body) => it(name, body));

    const faultInjection = config.faultInjection;
    if (faultInjection !== false) {
      describe('fault injection (random writes, failing reads and commits, aborts, two at once)', () => {
        const runs = faultInjection?.runs ?? 200;
        const seed = faultInjection?.seed ?? 20261129;
        // Five runs per test: a REST run takes about 1.5 s, so a chunk stays well inside a test's time-out on a busy machine.
        const chunk = 5;
        for (let first = 0; first < runs; first += chunk) {
          const count = Math.min(chunk, runs - first);
          it(`runs ${first + 1}–${first + count} (seeds ${seed + first}–${seed + first + count - 1}): no anomaly`, async () => {
            const inject = config.capabilities?.injectCommitFailure;
            const report = await runFaultInjection({
              create: config.create,
              ...(config.destroy ? { destroy: config.destroy } : {}),
              ...(inject ? { injectCommitFailure: inject } : {}),
              runs: count,
              seed: seed + first,
            });
            check(report.anomalies.length === 0, `${report.anomalies.length} anomalies:\n- ${report.anomalies.join('\n- ')}`);
          });
        }
      });
    }

    describe('typed errors through the client', () => {
      test('unknown records, bad files, duplicates and lifecycle errors', async (storage) => {
        const client = await seededClient(storage);
        await checkRejects(() => client.dossiers.get('nope'), 'not-found', 'unknown dossier');
        await checkRejects(() => client.documents.add('P-1', { blob: new Blob([]), name: 'vide.pdf' }), 'file-empty', 'empty file');
        const [permis] = await client.pieces.list('auto');
        await checkRejects(
          () => client.documents.add('P-1', { blob: samplePng(), name: 'permis.pdf' }, { pieceId: permis!.id }),
          'file-type-not-accepted',
          'PNG renamed .pdf',
        );
        await client.documents.add('P-1', { blob: samplePdf('dup'), name: 'permis.pdf' });
        await checkRejects(
          () => client.documents.add('P-1', { blob: samplePdf('dup'), name: 'copie.pdf' }),
          'duplicate-document',
          'same bytes twice',
        );
        await checkRejects(() => client.dossiers.archive('P-1'), 'invalid-transition', 'archive a proposal');
        check((await client.documents.list('P-1')).length === 1, 'only the accepted document is stored');
      });

      test('conversion keeps documents, classifications, waivers and reminders', async (storage) => {
        const client = await seededClient(storage);
        const [permis, carteGrise] = await client.pieces.list('auto');
        const doc = await client.documents.add('P-1', { blob: samplePdf('keep'), name: 'permis.pdf' }, { pieceId: permis!.id });
        await client.dossiers.waive('P-1', carteGrise!.id, 'Véhicule de fonction');
        await client.reminders.send(
          'P-1',
          await client.reminders.compose('P-1'),
          createCallbackTransport(() => undefined),
        );
        const before = { documents: await client.documents.list('P-1'), reminders: await client.reminders.list('P-1') };
        const converted = await client.dossiers.convert('P-1', { contractId: 'C-1' });
        check(converted.phase === 'contract' && converted.contractId === 'C-1', 'converted');
        checkEqual(await client.documents.list('P-1'), before.documents, 'same documents');
        checkEqual(await client.reminders.list('P-1'), before.reminders, 'same reminders');
        check(converted.waivers[carteGrise!.id]?.reason === 'Véhicule de fonction', 'waiver kept');
        check((await sha256Hex(await client.documents.read(doc.id))) === doc.digest, 'same bytes');
        const archived = await client.dossiers.archive('P-1');
        check(archived.phase === 'archived', 'archived');
        check((await client.documents.get(doc.id)).state === 'archived', 'its document filed as archived');
        await checkAggregates(storage);
      });
    });
  });
}

/** A client on `storage` with the "auto" risk type (two mandatory PDF pieces) and the proposal P-1. */
async function seededClient(storage: StoragePort): Promise<DossierClient> {
  let n = 0;
  const client = createDossierClient({ storage, newId: () => `id-${(n += 1)}`, now: () => new Date('2026-11-28T10:00:00Z') });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  await client.pieces.add('auto', { label: 'Permis de conduire', accept: ['application/pdf'] });
  await client.pieces.add('auto', { label: 'Carte grise', accept: ['application/pdf', 'image/*'] });
  await client.dossiers.open({ id: 'P-1', riskTypeId: 'auto', client: { id: 'c1', name: 'Jeanne Martin', email: 'jeanne@example.fr' } });
  return client;
}

/** Every stored summary equals one recomputed from the stored records, and every dossier has one. */
async function checkAggregates(storage: StoragePort): Promise<void> {
  for (const riskType of await storage.listRiskTypes()) {
    const pieces = await storage.listChildren('piece', riskType.id);
    for (const dossier of await storage.listChildren('dossier', riskType.id)) {
      const stored = await storage.get('summary', dossier.id);
      check(stored !== undefined, `summary of ${dossier.id} exists`);
      const documents = await storage.listChildren('document', dossier.id);
      // Recompute at the instant the summary was written? Expiry is time-dependent, so use a fixed clock.
      const completeness = computeCompleteness({ dossier, pieces, documents, now: new Date('2026-11-28T10:00:00Z') });
      const expected = summarizeDossier(dossier, completeness, stored.lastReminderAt, stored.revision);
      checkEqual(stored, expected, `summary of ${dossier.id} equals a recomputation`);
    }
  }
}

/** A seeded random walk through the client's write operations; expected errors are part of the walk. */
async function randomOperations(storage: StoragePort, seed: number, steps: number): Promise<void> {
  const random = seededRandom(seed);
  const client = await seededClient(storage);
  await client.riskTypes.put({ id: 'mrh', label: 'Multirisque habitation' });
  const requirements: Requirement[] = [
    'mandatory',
    'optional',
    { mandatoryWhen: { attr: 'kind', eq: 'pro' } },
    { optionalWhen: { attr: 'age', gt: 60 } },
  ];
  let fileSeed = 0;
  let landed = 0;
  for (let step = 0; step < steps; step += 1) {
    const riskTypeId = random.pick(['auto', 'mrh']);
    const pieces = await client.pieces.list(riskTypeId);
    const dossiers = await storage.listChildren('dossier', riskTypeId);
    const dossier = dossiers.length ? random.pick(dossiers) : undefined;
    const documents = dossier ? await storage.listChildren('document', dossier.id) : [];
    const choice = random.int(11);
    try {
      if (choice === 0 || !dossier) {
        await client.dossiers.open({
          id: `D-${seed}-${step}`,
          riskTypeId,
          client: {
            id: `c${step}`,
            name: `Client ${step}`,
            email: `c${step}@example.fr`,
            profile: { kind: random.pick(['pro', 'part']), age: random.int(90) },
          },
        });
      } else if (choice === 1) {
        await client.pieces.add(riskTypeId, {
          label: `Pièce ${step}`,
          requirement: random.pick(requirements),
          ...(random.int(2) ? { validityDays: 90 } : {}),
        });
      } else if (choice === 2 && pieces.length) {
        await client.pieces.update(random.pick(pieces).id, { requirement: random.pick(requirements) });
      } else if (choice === 3 && pieces.length > 1) {
        await client.pieces.remove(random.pick(pieces).id);
      } else if (choice <= 5) {
        const pieceId = pieces.length && random.int(2) ? random.pick(pieces).id : null;
        await client.documents.add(
          dossier.id,
          { blob: samplePdf(`r${seed}-${(fileSeed += 1)}`), name: 'doc.pdf' },
          {
            pieceId,
            issuedOn: random.pick(['2026-01-10', '2026-10-01', null]),
          },
        );
      } else if (choice === 6 && documents.length) {
        await client.documents.classify(random.pick(documents).id, pieces.length ? random.pick(pieces).id : null);
      } else if (choice === 7 && documents.length) {
        await client.documents[random.int(2) ? 'archive' : 'remove'](random.pick(documents).id);
      } else if (choice === 8 && pieces.length) {
        await client.dossiers.waive(dossier.id, random.pick(pieces).id, 'Dispense');
      } else if (choice === 9) {
        await client.dossiers.convert(dossier.id, { contractId: `C-${step}` });
      } else {
        await client.dossiers[random.int(3) ? 'archive' : 'markLost'](dossier.id);
      }
      landed += 1;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const expected = ['invalid-transition', 'incomplete-dossier', 'invalid-input', 'file-type-not-accepted'];
      if (!expected.includes(code ?? '')) throw error;
    }
  }
  // A walk made only of refused operations would prove nothing.
  check(landed >= steps / 2, `at least half the random operations land (${landed}/${steps})`);
}

/**
 * Contracts and proposals whose documents expire at different dates of 2026
 * (validity 30, 90 and 365 days; issued from January to October), a waived
 * piece, an archived document, written by a client on 2026-01-01.
 */
async function expiringPortfolio(storage: StoragePort): Promise<void> {
  let n = 0;
  const client = createDossierClient({ storage, newId: () => `e-${(n += 1)}`, now: () => new Date('2026-01-01T09:00:00.000Z') });
  await client.riskTypes.put({ id: 'auto', label: 'Automobile' });
  const attestation = await client.pieces.add('auto', { label: 'Attestation', validityDays: 30 });
  const domicile = await client.pieces.add('auto', { label: 'Justificatif de domicile', validityDays: 90 });
  const permis = await client.pieces.add('auto', { label: 'Permis', validityDays: 365, requirement: 'optional' });
  const issued = ['2026-01-10', '2026-03-05', '2026-05-20', '2026-06-25', '2026-08-01', '2026-10-15'];
  for (let i = 0; i < 12; i += 1) {
    const id = `E-${i}`;
    await client.dossiers.open({ id, riskTypeId: 'auto', client: { id: `c${i}`, name: `Client ${i}`, email: `c${i}@example.fr` } });
    const file = (piece: string) => ({ blob: samplePdf(`expiring-${i}-${piece}`), name: `${piece}.pdf` });
    const attestationDocument = await client.documents.add(id, file('attestation'), {
      pieceId: attestation.id,
      issuedOn: issued[i % issued.length]!,
    });
    if (i % 3 !== 0) await client.documents.add(id, file('domicile'), { pieceId: domicile.id, issuedOn: issued[(i + 2) % issued.length]! });
    else await client.dossiers.waive(id, domicile.id, 'Hébergé');
    if (i % 2 === 0) await client.documents.add(id, file('permis'), { pieceId: permis.id, issuedOn: issued[(i + 4) % issued.length]! });
    if (i % 4 === 1) await client.documents.archive(attestationDocument.id);
    // Automatic reminders: every step sent on some ("relances épuisées" once a document expires), one on others, a pause.
    if (i % 4 !== 0) {
      await client.reminders.schedule(id, { startAt: '2025-12-01T09:00:00.000Z' });
      const steps = i % 4 === 3 ? 3 : i % 4;
      for (let step = 1; step <= steps; step += 1) {
        await client.reminders.record(id, automaticEmail(`c${i}@example.fr`, step), {
          id: `${id}-step-${step}`,
          transport: 'smtp',
          sentAt: `2025-12-${String(3 + step * 4).padStart(2, '0')}T10:00:00.000Z`,
        });
      }
      if (i % 6 === 5) await client.reminders.pause(id);
    }
    if (i % 3 !== 2) await client.dossiers.convert(id, { contractId: `CT-${i}` });
  }
}

/** The e-mail of an automatic step, as a sender records it. */
function automaticEmail(to: string, step: number): ReminderEmail {
  return {
    due: { kind: 'step', step },
    to,
    subject: `Relance n° ${step}`,
    text: 'Bonjour,\nIl manque une pièce.',
    html: '<p>Bonjour</p>',
    pieceIds: [],
    locale: 'fr',
    unsubscribeUrl: null,
  };
}

/** 137 summaries with repeated `since` values, two phases, two risk types, some complete, some with their reminders exhausted. */
function manySummaries(count: number): DossierSummary[] {
  const base = sampleRecords('s').summary;
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `s-${String(i).padStart(4, '0')}`,
    since: `2026-0${1 + (i % 9)}-1${i % 7}T00:00:00.000Z`,
    phase: i % 3 === 0 ? 'proposal' : 'contract',
    riskTypeId: i % 2 ? 'auto' : 'mrh',
    incomplete: i % 4 === 0 ? 0 : 1,
    requiredMissing: i % 4 === 0 ? 0 : 1 + (i % 3),
    remindersExhausted: i % 4 !== 0 && i % 5 < 2 ? 1 : 0,
  }));
}

async function checkRejectsAny(task: () => Promise<unknown>): Promise<{ code: string }> {
  try {
    await task();
  } catch (error) {
    check((error as Error).name === 'DossierError', `a DossierError, got ${String(error)}`);
    return error as { code: string };
  }
  throw new Error('expected a rejection');
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    check(Date.now() - start < timeoutMs, 'condition not met in time');
    await pause(10);
  }
}
