// Storage benchmarks, in headless Chromium: Dexie and idb adapters side by side, raw Dexie as the baseline.
import Dexie from 'dexie';
import type { CollectedDocument, Dossier, DossierSummary, StoragePort } from '@dossier/core';
import type { StorageOperation } from '@dossier/core/adapter';
import { createDexieStorage } from '@dossier/storage-dexie';
import { createIdbStorage } from '@dossier/storage-idb';
import { host, publish, time } from './bench-page.js';

const DOSSIERS = 10_000;
const PIECES = 8;
const BATCH = 250;
const AUDIT_ROWS = 100_000;
const BLOB_MB = 200;
const NO_SCOPE = { dossierIds: [], riskTypeIds: [] };

function dossierRecords(i: number): { dossier: Dossier; summary: DossierSummary; documents: CollectedDocument[] } {
  const id = `D-${String(i).padStart(6, '0')}`;
  const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const incomplete = i % 5 === 0 ? 1 : 0;
  return {
    dossier: {
      id,
      riskTypeId: 'auto',
      phase: 'contract',
      stage: null,
      client: { id: `c${i}`, name: `Client ${i}`, email: `c${i}@example.fr`, profile: { type: 'particulier' } },
      contractId: `C-${i}`,
      openedAt: at,
      convertedAt: at,
      closedAt: null,
      updatedAt: at,
      waivers: {},
      revision: 1,
    },
    summary: {
      id,
      riskTypeId: 'auto',
      phase: 'contract',
      stage: null,
      clientName: `Client ${i}`,
      contractId: `C-${i}`,
      requiredMissing: incomplete,
      toArchive: 0,
      unclassified: 0,
      incomplete,
      missingLabels: incomplete ? ['Permis de conduire'] : [],
      missingPieceIds: incomplete ? ['p0'] : [],
      since: at,
      lastReminderAt: null,
      staleAt: null,
      revision: 1,
    },
    documents: Array.from({ length: PIECES }, (_, p) => ({
      id: `${id}-doc-${p}`,
      dossierId: id,
      pieceId: `p${p}`,
      state: 'obtained' as const,
      name: `piece-${p}.pdf`,
      originalName: `piece-${p}.pdf`,
      mediaType: 'application/pdf',
      size: 1000 + p,
      digest: 'f'.repeat(64),
      issuedOn: null,
      addedAt: at,
      archivedAt: null,
      revision: 1,
    })),
  };
}

function batchOperations(from: number, to: number, summariesOnly = false): StorageOperation[] {
  const operations: StorageOperation[] = [];
  for (let i = from; i < to; i += 1) {
    const r = dossierRecords(i);
    operations.push({ op: 'put', kind: 'summary', value: r.summary });
    if (summariesOnly) continue;
    operations.push({ op: 'put', kind: 'dossier', value: r.dossier });
    for (const d of r.documents) operations.push({ op: 'put', kind: 'document', value: d });
  }
  return operations;
}

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Raw Dexie with plain tables: the baseline of what IndexedDB costs through Dexie. */
async function rawWrite(): Promise<number> {
  await deleteDatabase('bench-raw');
  const db = new Dexie('bench-raw');
  db.version(1).stores({ dossiers: 'id', summaries: 'id', documents: 'id' });
  await db.open();
  const ms = await time(async () => {
    for (let from = 0; from < DOSSIERS; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, DOSSIERS - from) }, (_, k) => dossierRecords(from + k));
      await db.transaction('rw', db.table('dossiers'), db.table('summaries'), db.table('documents'), async () => {
        await db.table('dossiers').bulkPut(rows.map((r) => r.dossier));
        await db.table('summaries').bulkPut(rows.map((r) => r.summary));
        await db.table('documents').bulkPut(rows.flatMap((r) => r.documents));
      });
    }
  });
  db.close();
  await deleteDatabase('bench-raw');
  return ms;
}

async function adapterWrite(storage: StoragePort): Promise<number> {
  return time(async () => {
    for (let from = 0; from < DOSSIERS; from += BATCH) {
      await storage.commit(batchOperations(from, Math.min(from + BATCH, DOSSIERS)), NO_SCOPE);
    }
  });
}

/** Every summary read straight from IndexedDB (no index), filtered and sorted: what an audit without indexes costs. */
async function fullScan(databaseName: string): Promise<{ ms: number; total: number }> {
  let total = 0;
  const ms = await time(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const storeName = [...db.objectStoreNames].find((n) => /summar/i.test(n));
    if (!storeName) throw new Error(`no summary store in ${databaseName}: ${[...db.objectStoreNames].join(', ')}`);
    const rows = await new Promise<DossierSummary[]>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result as DossierSummary[]);
      request.onerror = () => reject(request.error);
    });
    const matching = rows
      .filter((s) => s.phase === 'contract' && s.incomplete === 1)
      .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.id < b.id ? -1 : 1));
    total = matching.length;
    matching.slice(0, 50);
    db.close();
  });
  return { ms, total };
}

async function auditBench(storage: StoragePort, databaseName: string) {
  for (let from = 0; from < AUDIT_ROWS; from += 5000) {
    await storage.commit(batchOperations(from, Math.min(from + 5000, AUDIT_ROWS), true), NO_SCOPE);
  }
  let total = 0;
  let rows = 0;
  // First query warms the connection; the second is measured.
  await storage.queryAudit({ phases: ['contract'], onlyIncomplete: true, limit: 50 });
  const indexedMs = await time(async () => {
    const page = await storage.queryAudit({ phases: ['contract'], onlyIncomplete: true, limit: 50 });
    total = page.total;
    rows = page.items.length;
  });
  const scan = await fullScan(databaseName);
  if (scan.total !== total) throw new Error(`audit total ${total} differs from the full scan's ${scan.total}`);
  return { indexedMs, scanMs: scan.ms, ratio: scan.ms / indexedMs, total, rows };
}

function chunk(index: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(1024 * 1024);
  let x = (index + 1) * 2654435761;
  for (let i = 0; i < bytes.length; i += 4) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    bytes[i] = x & 0xff;
    bytes[i + 1] = (x >>> 8) & 0xff;
    bytes[i + 2] = (x >>> 16) & 0xff;
    bytes[i + 3] = (x >>> 24) & 0xff;
  }
  return bytes;
}

async function blobBench(storage: StoragePort) {
  const blob = new Blob(
    Array.from({ length: BLOB_MB }, (_, i) => chunk(i)),
    { type: 'application/pdf' },
  );
  const heapBefore = await host.benchHeapUsed();
  const { document } = { document: dossierRecords(0).documents[0]! };
  const storeMs = await time(() =>
    storage.commit(
      [
        { op: 'put', kind: 'document', value: { ...document, id: 'big', size: blob.size } },
        { op: 'putBlob', documentId: 'big', blob },
      ],
      NO_SCOPE,
    ),
  );
  let back: Blob | undefined;
  const readMs = await time(async () => {
    back = await storage.getBlob('big');
  });
  if (!back || back.size !== blob.size) throw new Error('200 MB blob: size differs');
  let equal = true;
  const compareMs = await time(async () => {
    for (let i = 0; i < BLOB_MB && equal; i += 1) {
      const part = new Uint8Array(await back!.slice(i * 1024 * 1024, (i + 1) * 1024 * 1024).arrayBuffer());
      const expected = chunk(i);
      for (let k = 0; k < part.length; k += 1)
        if (part[k] !== expected[k]) {
          equal = false;
          break;
        }
    }
  });
  back = undefined;
  const heapAfter = await host.benchHeapUsed();
  return { storeMs, readMs, compareMs, equal, heapGrowthMB: (heapAfter - heapBefore) / 1048576 };
}

publish(async () => {
  const results: Record<string, unknown> = {};
  await host.benchLog('raw Dexie bulkPut baseline…');
  const rawMs = await rawWrite();
  results.rawDexieWriteMs = rawMs;
  const adapters: [string, (name: string) => StoragePort, string][] = [
    ['dexie', (name) => createDexieStorage({ name, requestPersistence: false }), 'bench-dexie'],
    ['idb', (name) => createIdbStorage({ name }), 'bench-idb'],
  ];
  for (const [label, create, name] of adapters) {
    await deleteDatabase(name);
    await host.benchLog(`${label}: write ${DOSSIERS} dossiers × ${PIECES} pieces…`);
    let storage = create(name);
    const writeMs = await adapterWrite(storage);
    await storage.close();
    await deleteDatabase(name);
    await host.benchLog(`${label}: audit of ${AUDIT_ROWS} dossiers…`);
    storage = create(name);
    const audit = await auditBench(storage, name);
    await host.benchLog(`${label}: ${BLOB_MB} MB blob…`);
    const blob = await blobBench(storage);
    await storage.close();
    await deleteDatabase(name);
    results[label] = { writeMs, writeRatioToRaw: writeMs / rawMs, audit, blob };
  }
  return results;
});
