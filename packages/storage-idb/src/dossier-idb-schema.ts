import type {
  CollectedDocument,
  Dossier,
  DossierSummary,
  ExpectedPiece,
  ReminderPolicy,
  ReminderRecord,
  ReminderSchedule,
  RiskType,
  UploadLink,
} from '@dossier/core';
import type { DBSchema } from 'idb';

/**
 * Current schema version. History:
 * - 1: one store per record kind (keyPath `id`) with parent indexes
 *   (`riskTypeId` on piece and dossier, `dossierId` on document and reminder),
 *   a plain `phase` index on summaries, and a `blobs` store of
 *   `{ documentId, blob }` wrappers (keyPath `documentId`).
 * - 2: Blobs stored bare under the document id (out-of-line key); summaries
 *   indexed for the audit query (`AUDIT_INDEXES`) instead of by phase alone.
 * - 3: summaries keep the timelines their figures change by, and are indexed
 *   by when they stop holding (`OUTDATED_INDEXES`); every summary rebuilt
 *   from its records.
 * - 4: an `uploadLink` store (indexed by `dossierId`), and summaries indexed
 *   by `reviewPending` (`REVIEW_INDEXES`) for the audit's "à vérifier";
 *   reminder policies and schedules (`reminderPolicy`, `reminderSchedule`
 *   stores), summaries indexed by exhausted reminders (`REMINDER_INDEXES`).
 */
export const IDB_SCHEMA_VERSION = 4;

/**
 * Summary indexes serving `queryAudit`: each ends with `since, id`, the audit
 * sort, so a key range over a fixed prefix yields rows already in order.
 */
export const AUDIT_INDEXES = {
  bySince: ['since', 'id'],
  byPhase: ['phase', 'since', 'id'],
  byIncompletePhase: ['incomplete', 'phase', 'since', 'id'],
  byRiskPhase: ['riskTypeId', 'phase', 'since', 'id'],
  byRiskIncompletePhase: ['riskTypeId', 'incomplete', 'phase', 'since', 'id'],
} as const;

/**
 * Summary indexes finding, per phase, the summaries whose figures do not hold
 * at a moment (core's `isOutdated`). A summary whose `staleAt` (`validFrom`)
 * is null is left out of the index: IndexedDB skips keys holding `null`.
 */
export const OUTDATED_INDEXES = {
  byPhaseStaleAt: ['phase', 'staleAt'],
  byPhaseValidFrom: ['phase', 'validFrom'],
} as const;

/**
 * Summary index of the dossiers with documents waiting for review (`reviewPending` 1), in audit
 * order per phase. Those are few at any time: a query `onlyToReview` reads its range and applies
 * the other filters as it reads. Summaries without `reviewPending` are left out of it.
 */
export const REVIEW_INDEXES = {
  byReviewPhase: ['reviewPending', 'phase', 'since', 'id'],
} as const;

/**
 * Summary indexes serving the "relances épuisées" filter (`onlyRemindersExhausted`):
 * summaries written before version 4 have no `remindersExhausted` and are
 * left out, which is right (they had no schedule).
 */
export const REMINDER_INDEXES = {
  byExhaustedPhase: ['remindersExhausted', 'phase', 'since', 'id'],
  byRiskExhaustedPhase: ['riskTypeId', 'remindersExhausted', 'phase', 'since', 'id'],
} as const;

/** Name of a summary index serving the audit query. */
export type AuditIndexName =
  keyof typeof AUDIT_INDEXES | keyof typeof OUTDATED_INDEXES | keyof typeof REVIEW_INDEXES | keyof typeof REMINDER_INDEXES;

/** Name of the object store holding document bytes. */
export const BLOB_STORE = 'blobs';

/** The database layout at the current version, for idb's typed wrappers. */
export interface DossierIdbSchema extends DBSchema {
  riskType: { key: string; value: RiskType };
  piece: { key: string; value: ExpectedPiece; indexes: { riskTypeId: string } };
  dossier: { key: string; value: Dossier; indexes: { riskTypeId: string } };
  document: { key: string; value: CollectedDocument; indexes: { dossierId: string } };
  reminder: { key: string; value: ReminderRecord; indexes: { dossierId: string } };
  summary: { key: string; value: DossierSummary; indexes: Record<AuditIndexName, IDBValidKey> };
  uploadLink: { key: string; value: UploadLink; indexes: { dossierId: string } };
  reminderPolicy: { key: string; value: ReminderPolicy };
  reminderSchedule: { key: string; value: ReminderSchedule };
  blobs: { key: string; value: Blob };
}
