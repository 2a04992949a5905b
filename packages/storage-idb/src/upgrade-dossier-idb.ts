import { CHILD_PARENT_FIELD, rebuildSummaries } from '@dossier/core/adapter';
import type { CollectedDocument, Dossier, DossierSummary, ExpectedPiece } from '@dossier/core';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import {
  AUDIT_INDEXES,
  BLOB_STORE,
  OUTDATED_INDEXES,
  REMINDER_INDEXES,
  REVIEW_INDEXES,
  type DossierIdbSchema,
} from './dossier-idb-schema.js';

/** The record kinds of version 1 (later kinds get their stores in their own version). */
const VERSION_1_KINDS = ['riskType', 'piece', 'dossier', 'document', 'reminder', 'summary'] as const;

type AnyDatabase = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * The `upgrade` callback of `openDB`: brings a database of any older version
 * to the current schema, keeping its data. A new database goes through every
 * step too, so the migration path runs on each first open.
 *
 * Only IndexedDB requests are awaited, so the upgrade transaction stays alive;
 * a failing step aborts it, leaving the database at its old version.
 */
export function upgradeDossierIdb(
  database: IDBPDatabase<DossierIdbSchema>,
  oldVersion: number,
  _newVersion: number | null,
  transaction: IDBPTransaction<DossierIdbSchema, StoreNames<DossierIdbSchema>[], 'versionchange'>,
): void {
  // Older layouts differ from the current typed schema: work untyped here.
  const db = database as unknown as AnyDatabase;
  const tx = transaction as unknown as UpgradeTransaction;
  if (oldVersion < 1) createVersion1(db);
  const steps = async (): Promise<void> => {
    if (oldVersion < 2) await migrateToVersion2(db, tx);
    if (oldVersion < 3) await migrateToVersion3(tx);
  };
  // Version 4 only adds stores and indexes: no data moves, so it runs before the asynchronous steps.
  if (oldVersion < 4) migrateToVersion4(db, tx);
  steps().catch(() => {
    try {
      tx.abort();
    } catch {
      // already finished or aborting: openDB reports the failure
    }
  });
}

function createVersion1(db: AnyDatabase): void {
  for (const kind of VERSION_1_KINDS) {
    const store = db.createObjectStore(kind, { keyPath: 'id' });
    const parentField = (CHILD_PARENT_FIELD as Readonly<Record<string, string>>)[kind];
    if (parentField) store.createIndex(parentField, parentField);
    if (kind === 'summary') store.createIndex('phase', 'phase');
  }
  db.createObjectStore(BLOB_STORE, { keyPath: 'documentId' });
}

async function migrateToVersion2(db: AnyDatabase, tx: UpgradeTransaction): Promise<void> {
  const summaries = tx.objectStore('summary');
  if (summaries.indexNames.contains('phase')) summaries.deleteIndex('phase');
  for (const [name, keyPath] of Object.entries(AUDIT_INDEXES)) summaries.createIndex(name, [...keyPath]);

  // v1 wrapped each Blob in { documentId, blob }; v2 stores the Blob itself.
  const wrapped = (await tx.objectStore(BLOB_STORE).getAll()) as unknown[];
  db.deleteObjectStore(BLOB_STORE);
  const blobs = db.createObjectStore(BLOB_STORE);
  for (const row of wrapped) {
    const { documentId, blob } = (row ?? {}) as { documentId?: unknown; blob?: unknown };
    // A wrapper without bytes carries nothing to keep.
    if (typeof documentId === 'string' && blob instanceof Blob) void blobs.put(blob, documentId).catch(() => undefined);
  }
}

/**
 * Version 3: summaries keep their timelines (`pieces`, `validFrom`), which
 * older versions did not record, and are indexed by when they stop holding.
 * Every summary is rebuilt from its records, so the first audit after the
 * upgrade is as correct as any later one.
 */
async function migrateToVersion3(tx: UpgradeTransaction): Promise<void> {
  const summaries = tx.objectStore('summary');
  for (const [name, keyPath] of Object.entries(OUTDATED_INDEXES)) summaries.createIndex(name, [...keyPath]);
  const [dossiers, pieces, documents, previous] = await Promise.all([
    tx.objectStore('dossier').getAll() as Promise<Dossier[]>,
    tx.objectStore('piece').getAll() as Promise<ExpectedPiece[]>,
    tx.objectStore('document').getAll() as Promise<CollectedDocument[]>,
    summaries.getAll() as Promise<DossierSummary[]>,
  ]);
  const rebuilt = rebuildSummaries({ dossiers, pieces, documents, summaries: previous }, new Date());
  await Promise.all(rebuilt.map((summary) => summaries.put(summary)));
}

/**
 * Version 4: the upload links' store and the summaries' index of those waiting for review;
 * reminder policies and schedules get their stores, summaries the indexes of exhausted
 * reminders. Older summaries have no schedule and no review, so none needs rebuilding.
 */
function migrateToVersion4(db: AnyDatabase, tx: UpgradeTransaction): void {
  const links = db.createObjectStore('uploadLink', { keyPath: 'id' });
  links.createIndex('dossierId', 'dossierId');
  db.createObjectStore('reminderPolicy', { keyPath: 'id' });
  db.createObjectStore('reminderSchedule', { keyPath: 'id' });
  const summaries = tx.objectStore('summary');
  for (const [name, keyPath] of Object.entries({ ...REVIEW_INDEXES, ...REMINDER_INDEXES })) summaries.createIndex(name, [...keyPath]);
}
