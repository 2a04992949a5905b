import type { CollectedDocument } from '../model/collected-document.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { RiskType } from '../model/risk-type.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import type { ClientContext } from './client-context.js';
import { summaryOperations } from './dossier-state.js';

/** What a catalogue change commits beside its own piece writes. Internal. */
export interface CatalogueChange {
  /** The risk type's revision bump, the guard of the dossier set, and every dossier's summary. */
  readonly operations: StorageOperation[];
  readonly dossierIds: string[];
}

/**
 * The writes that go with a change to a risk type's pieces: the risk type's
 * revision bumped (so that a dossier write computed from the old pieces fails
 * its check and retries), a check that the risk type's dossiers are still the
 * ones read here (so that a dossier opened meanwhile is not left with an old
 * summary), and the summary of each dossier as it will be once the pieces are
 * `pieces` and, where given, documents are replaced by `documentChanges`.
 *
 * `riskType` must have been read before `pieces`. Each summary is read before
 * its dossier and documents, and written guarded by its revision. Editing the
 * catalogue is rare, so reading each dossier's documents here is accepted.
 */
export async function recomputeRiskTypeSummaries(
  context: ClientContext,
  riskType: RiskType,
  pieces: readonly ExpectedPiece[],
  documentChanges: (documents: readonly CollectedDocument[]) => CollectedDocument[] = () => [],
): Promise<CatalogueChange & { documentOperations: StorageOperation[] }> {
  const { storage } = context;
  const listed = await storage.listChildren('dossier', riskType.id);
  const ids = listed.map((d) => d.id);
  const summaries = await storage.getMany('summary', ids);
  // Read again after the summaries, so that each dossier is at least as new as the summary guarding it.
  const dossiers = await storage.getMany('dossier', ids);
  const operations: StorageOperation[] = [
    { op: 'put', kind: 'riskType', value: { ...riskType, revision: riskType.revision + 1 }, ifRevision: riskType.revision },
    { op: 'checkChildren', kind: 'dossier', parentId: riskType.id, ids },
  ];
  const documentOperations: StorageOperation[] = [];
  for (const [index, dossier] of dossiers.entries()) {
    if (!dossier) continue; // gone meanwhile: the children check refuses the commit
    const documents = await storage.listChildren('document', dossier.id);
    const changed = documentChanges(documents);
    const current = documents.map((d) => changed.find((c) => c.id === d.id) ?? d);
    documentOperations.push(
      ...changed.map((value): StorageOperation => ({ op: 'put', kind: 'document', value, ifRevision: value.revision - 1 })),
    );
    const state = { dossier, riskType, pieces, documents: current, summary: summaries[index] };
    // The risk type's own bump guards this commit: the per-dossier risk type check is left out.
    operations.push(...summaryOperations(context, state).operations.filter((operation) => operation.op !== 'check'));
  }
  return { operations, documentOperations, dossierIds: ids };
}
