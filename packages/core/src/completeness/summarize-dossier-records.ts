import type { CollectedDocument } from '../model/collected-document.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { ReminderRecord } from '../model/reminder.js';
import type { ReminderSchedule } from '../model/reminder-schedule.js';
import { lastReminderAt } from '../schedules/last-reminder-at.js';
import { summarizeReminders } from '../schedules/summarize-reminders.js';
import { computeCompleteness } from './compute-completeness.js';
import { summarizeDossier } from './summarize-dossier.js';

/** The stored records one dossier's summary is computed from. */
export interface DossierRecords {
  readonly dossier: Dossier;
  /** The pieces of the dossier's risk type. */
  readonly pieces: readonly ExpectedPiece[];
  /** The dossier's documents. */
  readonly documents: readonly CollectedDocument[];
  /** The dossier's reminders; when absent, the previous summary's `lastReminderAt` and `reminders` are kept. */
  readonly reminders?: readonly ReminderRecord[];
  /**
   * The dossier's reminder schedule (`null`: none), read with `reminders`;
   * when absent, the previous summary's `reminders` are kept.
   */
  readonly schedule?: ReminderSchedule | null;
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
  const last = records.reminders ? lastReminderAt(records.reminders) : (previous?.lastReminderAt ?? null);
  const reminders =
    records.reminders && records.schedule !== undefined
      ? records.schedule && summarizeReminders(records.schedule.policy, { schedule: records.schedule, reminders: records.reminders })
      : (previous?.reminders ?? null);
  return summarizeDossier(dossier, completeness, last, (previous?.revision ?? 0) + 1, reminders);
}
