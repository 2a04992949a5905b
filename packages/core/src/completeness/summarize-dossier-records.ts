import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { ReminderRecord } from '../model/reminder.js';
import { computeCompleteness } from './compute-completeness.js';
import { summarizeDossier } from './summarize-dossier.js';

/** The stored records one dossier's summary is computed from. */
export interface DossierRecords {
  readonly dossier: Dossier;
  /** The pieces of the dossier's risk type. */
  readonly pieces: readonly ExpectedPiece[];
  /** The dossier's documents. */
  readonly documents: readonly CollectedDocument[];
  /** The dossier's reminders; when absent, the previous summary's `lastReminderAt` is kept. */
  readonly reminders?: readonly ReminderRecord[];
  /** The summary stored so far, if any: the new one takes the next revision. */
  readonly previous?: DossierSummary;
}

/**
 * The summary of a dossier from its stored records, as core writes it. For
 * adapters that rebuild summaries themselves (a schema migration, a server
 * re-checking a commit); the figures are those at `now`, and hold at any other
 * moment through `summaryAt`.
 */
export function summarizeDossierRecords(records: DossierRecords, now: Date): DossierSummary {
  const { dossier, previous } = records;
  const completeness = computeCompleteness({ dossier, pieces: records.pieces, documents: records.documents, now });
  const lastReminderAt = records.reminders
    ? records.reminders.reduce<string | null>((latest, reminder) => (latest === null || reminder.sentAt > latest ? reminder.sentAt : latest), null)
    : (previous?.lastReminderAt ?? null);
  return summarizeDossier(dossier, completeness, lastReminderAt, (previous?.revision ?? 0) + 1);
}
