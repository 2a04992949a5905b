import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { ReminderRecord } from '../model/reminder.js';
import type { ReminderPolicy } from '../model/reminder-policy.js';
import type { ReminderSchedule } from '../model/reminder-schedule.js';
import type { RiskType } from '../model/risk-type.js';
import type { UploadLink } from '../model/upload-link.js';

/** Every kind of record a storage keeps, by name. All are plain JSON with `id` and `revision`. */
export interface StorageRecords {
  riskType: RiskType;
  piece: ExpectedPiece;
  dossier: Dossier;
  document: CollectedDocument;
  reminder: ReminderRecord;
  summary: DossierSummary;
  uploadLink: UploadLink;
  /** A risk type's reminder policy (keyed by its id) or the cabinet's default (`*`). */
  reminderPolicy: ReminderPolicy;
  /** A dossier's automatic reminders (keyed by the dossier's id). */
  reminderSchedule: ReminderSchedule;
}

/** Name of a record kind. */
export type RecordKind = keyof StorageRecords;

/** Every record kind, in the order storages create their tables. */
export const RECORD_KINDS: readonly RecordKind[] = [
  'riskType',
  'piece',
  'dossier',
  'document',
  'reminder',
  'summary',
  'uploadLink',
  'reminderPolicy',
  'reminderSchedule',
];

/**
 * Record kinds listed by their parent, and the field that names the parent:
 * pieces by risk type, dossiers by risk type, documents, reminders and upload links by dossier.
 */
export interface ChildRecordParents {
  piece: 'riskTypeId';
  dossier: 'riskTypeId';
  document: 'dossierId';
  reminder: 'dossierId';
  uploadLink: 'dossierId';
}

/** A record kind listed by parent. */
export type ChildKind = keyof ChildRecordParents;

/** The parent field of each child kind, for adapters building indexes. */
export const CHILD_PARENT_FIELD: Readonly<ChildRecordParents> = {
  piece: 'riskTypeId',
  dossier: 'riskTypeId',
  document: 'dossierId',
  reminder: 'dossierId',
  uploadLink: 'dossierId',
};
