import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import type { CollectedDocument, Dossier, DossierSummary, ExpectedPiece } from '@dossier/core';
import type { RecordKind } from '@dossier/core/adapter';
import { rebuildSummaries } from '@dossier/core/adapter';

/** Current version of the Dexie schema (Dexie's number, not IndexedDB's, which Dexie multiplies by 10). */
export const DEXIE_SCHEMA_VERSION = 4;

/** Table of each record kind: one table per kind, keyed by `id`. */
export const DEXIE_TABLES: Readonly<Record<RecordKind, string>> = {
  riskType: 'riskTypes',
  piece: 'pieces',
  dossier: 'dossiers',
  document: 'documents',
  reminder: 'reminders',
  summary: 'summaries',
  uploadLink: 'uploadLinks',
  reminderPolicy: 'reminderPolicies',
  reminderSchedule: 'reminderSchedules',
};

/** Table of document bytes: rows `{ documentId, blob }`, the Blob stored as a Blob. */
export const DEXIE_BLOB_TABLE = 'blobs';

/**
 * Compound indexes of the summaries table that serve `queryAudit`. Each ends
 * with `since+id`, the audit sort key, so one index range is already in audit
 * order and a cursor `(since, id)` is an exclusive range bound. What comes
 * before `since` is the equality part of the query:
 *
 * | query filters                              | index                                  | key prefix                    |
 * |--------------------------------------------|----------------------------------------|-------------------------------|
 * | phases                                     | `[phase+since+id]`                     | `[phase]`                     |
 * | phases + onlyIncomplete                    | `[incomplete+phase+since+id]`          | `[1, phase]`                  |
 * | phases + riskTypeId                        | `[riskTypeId+phase+since+id]`          | `[riskTypeId, phase]`         |
 * | phases + riskTypeId + onlyIncomplete       | `[riskTypeId+incomplete+phase+since+id]` | `[riskTypeId, 1, phase]`    |
 *
 * A query on several phases (or on every phase, when `phases` is absent or
 * empty) reads one range per phase, each limited to the page size, and merges
 * them; `total` is the sum of the per-phase index `count()`s. There is no
 * phase-less `[since+id]` index: merging at most four ranges costs little at
 * read time, while every index costs on each of the many summary writes.
 */
export const AUDIT_INDEXES = {
  byPhase: '[phase+since+id]',
  byIncompletePhase: '[incomplete+phase+since+id]',
  byRiskTypePhase: '[riskTypeId+phase+since+id]',
  byRiskTypeIncompletePhase: '[riskTypeId+incomplete+phase+since+id]',
} as const;

/**
 * Indexes that find, per phase, the summaries whose stored figures do not
 * hold at a given moment (core's `isOutdated`): `staleAt` passed, or
 * `validFrom` still to come. Summaries whose figures never change by time
 * (`staleAt` and `validFrom` null) are not in them at all: IndexedDB leaves
 * out a record whose key holds `null`.
 */
export const OUTDATED_INDEXES = {
  byPhaseStaleAt: '[phase+staleAt]',
  byPhaseValidFrom: '[phase+validFrom]',
} as const;

/**
 * Index of the summaries with documents waiting for review (`reviewPending` 1), in audit order
 * per phase. Those are few at any time (work in progress): a query `onlyToReview` reads this
 * range and applies its other filters as it reads. Summaries written before reviews existed
 * have no `reviewPending` and are left out, as they should be.
 */
export const REVIEW_INDEX = '[reviewPending+phase+since+id]';

/**
 * Indexes of the "relances épuisées" filter (`onlyRemindersExhausted`, which
 * implies incomplete), same shape as `AUDIT_INDEXES`. Summaries written before
 * version 4 have no `remindersExhausted` and stay out of them (they had no schedule).
 */
export const REMINDER_INDEXES = {
  byExhaustedPhase: '[remindersExhausted+phase+since+id]',
  byRiskTypeExhaustedPhase: '[riskTypeId+remindersExhausted+phase+since+id]',
} as const;

/**
 * Version 1, the first schema shipped: summaries were written without
 * `staleAt`, and the audit could not filter by risk type through an index.
 * Kept so that Dexie can upgrade a database created by that code.
 */
export const DEXIE_STORES_V1: Readonly<Record<string, string>> = {
  [DEXIE_TABLES.riskType]: 'id',
  [DEXIE_TABLES.piece]: 'id, riskTypeId',
  [DEXIE_TABLES.dossier]: 'id, riskTypeId',
  [DEXIE_TABLES.document]: 'id, dossierId',
  [DEXIE_TABLES.reminder]: 'id, dossierId',
  [DEXIE_TABLES.summary]: `id, ${AUDIT_INDEXES.byPhase}, ${AUDIT_INDEXES.byIncompletePhase}`,
  [DEXIE_BLOB_TABLE]: 'documentId',
};

/** Version 2: adds the risk-type audit indexes. */
export const DEXIE_STORES_V2: Readonly<Record<string, string>> = {
  ...DEXIE_STORES_V1,
  [DEXIE_TABLES.summary]: `id, ${Object.values(AUDIT_INDEXES).join(', ')}`,
};

/** Version 3: adds the indexes of outdated summaries. */
export const DEXIE_STORES_V3: Readonly<Record<string, string>> = {
  ...DEXIE_STORES_V2,
  [DEXIE_TABLES.summary]: `id, ${[...Object.values(AUDIT_INDEXES), ...Object.values(OUTDATED_INDEXES)].join(', ')}`,
};

/** Version 4, the current schema: upload links and the index of summaries to review; reminder policies and schedules and the indexes of exhausted reminders. */
export const DEXIE_STORES: Readonly<Record<string, string>> = {
  ...DEXIE_STORES_V3,
  [DEXIE_TABLES.summary]: `id, ${[...Object.values(AUDIT_INDEXES), ...Object.values(OUTDATED_INDEXES), REVIEW_INDEX, ...Object.values(REMINDER_INDEXES)].join(', ')}`,
  [DEXIE_TABLES.uploadLink]: 'id, dossierId',
  [DEXIE_TABLES.reminderPolicy]: 'id',
  [DEXIE_TABLES.reminderSchedule]: 'id',
};

/** Declares every schema version and its upgrade on `db` (before it opens). */
export function defineDexieSchema(db: Dexie): void {
  db.version(1).stores({ ...DEXIE_STORES_V1 });
  db.version(2).stores({ ...DEXIE_STORES_V2 });
  db.version(3)
    .stores({ ...DEXIE_STORES_V3 })
    .upgrade(rebuildStoredSummaries);
  // New tables and indexes only: IndexedDB fills the indexes from the summaries already stored.
  db.version(4).stores({ ...DEXIE_STORES });
}

/**
 * Version 3 stores with each summary the timelines its figures change by
 * (`pieces`, `validFrom`), which earlier versions did not record; their
 * summaries could also have drifted from their records. Every summary is
 * therefore rebuilt from the records, in the upgrade transaction: the first
 * audit after the upgrade is as correct as any later one.
 */
async function rebuildStoredSummaries(transaction: Transaction): Promise<void> {
  const table = (kind: RecordKind) => transaction.table(DEXIE_TABLES[kind]);
  const [dossiers, pieces, documents, summaries] = await Promise.all([
    table('dossier').toArray() as Promise<Dossier[]>,
    table('piece').toArray() as Promise<ExpectedPiece[]>,
    table('document').toArray() as Promise<CollectedDocument[]>,
    table('summary').toArray() as Promise<DossierSummary[]>,
  ]);
  await table('summary').bulkPut(rebuildSummaries({ dossiers, pieces, documents, summaries }, new Date()));
}
