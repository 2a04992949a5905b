import { computeCompleteness } from '../completeness/compute-completeness.js';
import { summarizeDossier } from '../completeness/summarize-dossier.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Completeness } from '../model/completeness.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { ReminderHistory } from '../model/reminder-plan.js';
import type { RiskType } from '../model/risk-type.js';
import { lastReminderAt } from '../schedules/last-reminder-at.js';
import { summarizeReminders } from '../schedules/summarize-reminders.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import type { ClientContext } from './client-context.js';

/**
 * Everything a dossier's completeness depends on, read so that a commit
 * guarded by `summaryOperations` lands only if none of it changed meanwhile.
 * Internal.
 */
export interface DossierState {
  readonly dossier: Dossier;
  /** The risk type as read before its pieces: its revision guards the catalogue. `undefined` if it is gone. */
  readonly riskType: RiskType | undefined;
  readonly pieces: readonly ExpectedPiece[];
  readonly documents: readonly CollectedDocument[];
  /** The stored summary as read before everything else: its revision guards the dossier and its documents. */
  readonly summary: DossierSummary | undefined;
  /**
   * The dossier's reminder schedule and reminders, when the operation reads
   * or changes them; absent otherwise, and then the summary keeps what it
   * says of reminders (every write to them rewrites the summary, whose
   * revision guards them).
   */
  readonly history?: ReminderHistory;
}

/** What `loadDossierState` reads beside what completeness depends on. */
export interface DossierStateReads {
  /** Also read the reminder schedule and the reminders. */
  readonly history?: boolean;
}

/**
 * Loads a dossier and what its completeness depends on, or throws `not-found`.
 *
 * Order matters: every commit that changes a dossier or its documents also
 * rewrites its summary, and every change to a risk type's pieces bumps the
 * risk type's revision. So the summary is read before the dossier and its
 * documents, and the risk type before its pieces: when the commit later finds
 * both revisions unchanged, nothing read after them can have changed either.
 */
export async function loadDossierState(context: ClientContext, dossierId: string, reads: DossierStateReads = {}): Promise<DossierState> {
  const { storage } = context;
  const summary = await storage.get('summary', dossierId);
  // The summary names the risk type (it never changes), so both reads can go together.
  const [dossier, early] = await Promise.all([
    storage.get('dossier', dossierId),
    summary ? storage.get('riskType', summary.riskTypeId) : Promise.resolve(undefined),
  ]);
  if (!dossier) throw context.notFound('dossier', dossierId);
  const riskType = summary?.riskTypeId === dossier.riskTypeId ? early : await storage.get('riskType', dossier.riskTypeId);
  const [pieces, documents, schedule, reminders] = await Promise.all([
    storage.listChildren('piece', dossier.riskTypeId),
    storage.listChildren('document', dossierId),
    reads.history ? storage.get('reminderSchedule', dossierId) : undefined,
    reads.history ? storage.listChildren('reminder', dossierId) : undefined,
  ]);
  const history = reminders ? { history: { schedule: schedule ?? null, reminders } } : {};
  return { dossier, riskType, pieces, documents, summary, ...history };
}

/**
 * The completeness of a state and the operations that store its summary:
 * the summary put, guarded by the revision it was read at, and a check of the
 * risk type's revision, so that the summary is never stored from records a
 * concurrent writer changed. What the summary says of reminders comes from
 * the state's `history` when it has one, else from the stored summary.
 */
export function summaryOperations(
  context: ClientContext,
  state: DossierState,
): { completeness: Completeness; operations: StorageOperation[] } {
  const completeness = computeCompleteness({
    dossier: state.dossier,
    pieces: state.pieces,
    documents: state.documents,
    now: context.now(),
  });
  const previous = state.summary;
  const { history } = state;
  const reminderAt = history ? lastReminderAt(history.reminders) : (previous?.lastReminderAt ?? null);
  const reminders = history ? history.schedule && summarizeReminders(history.schedule.policy, history) : (previous?.reminders ?? null);
  const value = summarizeDossier(state.dossier, completeness, reminderAt, (previous?.revision ?? 0) + 1, reminders);
  return {
    completeness,
    operations: [
      { op: 'put', kind: 'summary', value, ifRevision: previous?.revision ?? 0 },
      { op: 'check', kind: 'riskType', id: state.dossier.riskTypeId, revision: state.riskType?.revision ?? 0 },
    ],
  };
}

/** A record with its revision bumped. */
export function nextRevision<T extends { readonly revision: number }>(record: T, changes: Partial<T>): T {
  return { ...record, ...changes, revision: record.revision + 1 };
}
