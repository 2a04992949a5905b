import type { CollectedDocument } from '../model/collected-document.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import type { ClientContext } from './client-context.js';
import { summaryOperation } from './dossier-state.js';

/**
 * Summary writes for every dossier of a risk type, as they will be once its
 * pieces are `pieces` and, where given, documents are replaced by `documentChanges`.
 * Editing the catalogue is rare, so reading each dossier's documents here is accepted.
 */
export async function recomputeRiskTypeSummaries(
  context: ClientContext,
  riskTypeId: string,
  pieces: readonly ExpectedPiece[],
  documentChanges: ReadonlyMap<string, CollectedDocument> = new Map(),
): Promise<{ operations: StorageOperation[]; dossierIds: string[] }> {
  const dossiers = await context.storage.listChildren('dossier', riskTypeId);
  const operations: StorageOperation[] = [];
  for (const dossier of dossiers) {
    const [documents, summary] = await Promise.all([
      context.storage.listChildren('document', dossier.id),
      context.storage.get('summary', dossier.id),
    ]);
    const current = documents.map((d) => documentChanges.get(d.id) ?? d);
    operations.push(summaryOperation(context, { dossier, pieces, documents: current, summary }).operation);
  }
  return { operations, dossierIds: dossiers.map((d) => d.id) };
}
