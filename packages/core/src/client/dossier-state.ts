import { computeCompleteness } from '../completeness/compute-completeness.js';
import { summarizeDossier } from '../completeness/summarize-dossier.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Completeness } from '../model/completeness.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { PutOperation } from '../storage/storage-operation.js';
import type { ClientContext } from './client-context.js';

/** Everything completeness depends on for one dossier. Internal. */
export interface DossierState {
  readonly dossier: Dossier;
  readonly pieces: readonly ExpectedPiece[];
  readonly documents: readonly CollectedDocument[];
  readonly summary: DossierSummary | undefined;
}

/** Loads a dossier and what its completeness depends on, or throws `not-found`. */
export async function loadDossierState(context: ClientContext, dossierId: string): Promise<DossierState> {
  const dossier = await context.storage.get('dossier', dossierId);
  if (!dossier) throw context.notFound('dossier', dossierId);
  const [pieces, documents, summary] = await Promise.all([
    context.storage.listChildren('piece', dossier.riskTypeId),
    context.storage.listChildren('document', dossierId),
    context.storage.get('summary', dossierId),
  ]);
  return { dossier, pieces, documents, summary };
}

/**
 * The completeness of a state and the operation writing its stored summary,
 * guarded by the summary's revision so that two concurrent writers cannot both
 * store an aggregate computed from stale data.
 */
export function summaryOperation(
  context: ClientContext,
  state: DossierState,
  lastReminderAt?: string | null,
): { completeness: Completeness; operation: PutOperation } {
  const completeness = computeCompleteness({
    dossier: state.dossier,
    pieces: state.pieces,
    documents: state.documents,
    now: context.now(),
  });
  const previous = state.summary;
  const reminderAt = lastReminderAt === undefined ? (previous?.lastReminderAt ?? null) : lastReminderAt;
  const value = summarizeDossier(state.dossier, completeness, reminderAt, (previous?.revision ?? 0) + 1);
  return { completeness, operation: { op: 'put', kind: 'summary', value, ifRevision: previous?.revision ?? 0 } };
}

/** A record with its revision bumped. */
export function nextRevision<T extends { readonly revision: number }>(record: T, changes: Partial<T>): T {
  return { ...record, ...changes, revision: record.revision + 1 };
}
