import { computeCompleteness } from '../completeness/compute-completeness.js';
import { summarizeDossier } from '../completeness/summarize-dossier.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { Completeness } from '../model/completeness.js';
import type { Dossier } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { RiskType } from '../model/risk-type.js';
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
export async function loadDossierState(context: ClientContext, dossierId: string): Promise<DossierState> {
  const { storage } = context;
  const summary = await storage.get('summary', dossierId);
  // The summary names the risk type (it never changes), so both reads can go together.
  const [dossier, early] = await Promise.all([
    storage.get('dossier', dossierId),
    summary ? storage.get('riskType', summary.riskTypeId) : Promise.resolve(undefined),
  ]);
  if (!dossier) throw context.notFound('dossier', dossierId);
  const riskType = summary?.riskTypeId === dossier.riskTypeId ? early : await storage.get('riskType', dossier.riskTypeId);
  const [pieces, documents] = await Promise.all([
    storage.listChildren('piece', dossier.riskTypeId),
    storage.listChildren('document', dossierId),
  ]);
  return { dossier, riskType, pieces, documents, summary };
}

/**
 * The completeness of a state and the operations that store its summary:
 * the summary put, guarded by the revision it was read at, and a check of the
 * risk type's revision, so that the summary is never stored from records a
 * concurrent writer changed.
 */
export function summaryOperations(
  context: ClientContext,
  state: DossierState,
  lastReminderAt?: string | null,
): { completeness: Completeness; operations: StorageOperation[] } {
  const completeness = computeCompleteness({
    dossier: state.dossier,
    pieces: state.pieces,
    documents: state.documents,
    now: context.now(),
  });
  const previous = state.summary;
  const reminderAt = lastReminderAt === undefined ? (previous?.lastReminderAt ?? null) : lastReminderAt;
  const value = summarizeDossier(state.dossier, completeness, reminderAt, (previous?.revision ?? 0) + 1);
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
