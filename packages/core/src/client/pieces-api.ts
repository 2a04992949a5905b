import type { CollectedDocument } from '../model/collected-document.js';
import type { ExpectedPiece, ExpectedPiecePatch } from '../model/expected-piece.js';
import type { RiskType } from '../model/risk-type.js';
import { validateRequirement } from '../requirement/validate-requirement.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import { requireAcceptList } from '../validation/require-accept-list.js';
import { requireCount } from '../validation/require-count.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import { nextRevision } from './dossier-state.js';
import type { DossierClient } from './dossier-client.js';
import {
  createPiecesReadsApi,
  requirePiece as requirePieceIn,
  requireRiskType as requireRiskTypeIn,
  sortedPieces,
} from './pieces-reads-api.js';
import { recomputeRiskTypeSummaries } from './recompute-risk-type-summaries.js';
import { PIECE_REVIEW_POLICIES } from '../model/piece-review-policy.js';

/** `client.pieces`. Every change rewrites the summaries of the risk type's dossiers in the same commit. Internal. */
export function createPiecesApi(context: ClientContext): DossierClient['pieces'] {
  const { storage, locale } = context;
  const MAX_DAYS = 36_600;

  const requireRiskType = (riskTypeId: unknown): Promise<RiskType> => requireRiskTypeIn(context, riskTypeId);
  const requirePiece = (pieceId: unknown): Promise<ExpectedPiece> => requirePieceIn(context, pieceId);
  const sorted = (riskTypeId: string): Promise<ExpectedPiece[]> => sortedPieces(context, riskTypeId);

  /**
   * The catalogue of a piece's risk type, read in guard order (risk type, then
   * pieces), with the piece as that read found it.
   */
  const catalogueOf = async (pieceId: unknown): Promise<{ riskType: RiskType; pieces: ExpectedPiece[]; piece: ExpectedPiece }> => {
    const found = await requirePiece(pieceId);
    const riskType = await requireRiskType(found.riskTypeId);
    const pieces = await sorted(riskType.id);
    const piece = pieces.find((p) => p.id === found.id);
    if (!piece) throw context.notFound('piece', found.id);
    return { riskType, pieces, piece };
  };

  /** Commits piece writes with the risk type's revision bump and the summaries they alter. */
  const commitWithSummaries = async (
    riskType: RiskType,
    pieces: readonly ExpectedPiece[],
    pieceOperations: StorageOperation[],
    documentChanges?: (documents: readonly CollectedDocument[]) => CollectedDocument[],
  ): Promise<void> => {
    const { operations, documentOperations, dossierIds } = await recomputeRiskTypeSummaries(context, riskType, pieces, documentChanges);
    await storage.commit([...pieceOperations, ...documentOperations, ...operations], { dossierIds, riskTypeIds: [riskType.id] });
  };

  const normalizePatch = (patch: ExpectedPiecePatch): Partial<Record<keyof ExpectedPiece, unknown>> => {
    if (!patch || typeof patch !== 'object') throw context.fail('invalid-input', { field: 'patch' });
    const out: Partial<Record<keyof ExpectedPiece, unknown>> = {};
    const known = new Set(['label', 'instructions', 'requirement', 'accept', 'maxBytes', 'validityDays', 'review']);
    for (const key of Object.keys(patch)) if (!known.has(key)) throw context.fail('invalid-input', { field: key });
    if (patch.label !== undefined) out.label = requireText(patch.label, 'label', locale);
    if (patch.instructions !== undefined) {
      out.instructions =
        patch.instructions === null
          ? undefined
          : requireText(patch.instructions, 'instructions', locale, { max: 2000, allowEmpty: true }) || undefined;
    }
    if (patch.requirement !== undefined) out.requirement = validateRequirement(patch.requirement, locale);
    if (patch.accept !== undefined) out.accept = requireAcceptList(patch.accept, locale);
    if (patch.maxBytes !== undefined) out.maxBytes = patch.maxBytes === null ? undefined : requireCount(patch.maxBytes, 'maxBytes', locale);
    if (patch.validityDays !== undefined) {
      out.validityDays = patch.validityDays === null ? undefined : requireCount(patch.validityDays, 'validityDays', locale, MAX_DAYS);
    }
    if (patch.review !== undefined) {
      if (patch.review !== null && !PIECE_REVIEW_POLICIES.includes(patch.review))
        throw context.fail('invalid-input', { field: 'review', reason: PIECE_REVIEW_POLICIES.join(', ') });
      // The default is left unwritten, so that pieces stored before reviews existed and new ones read alike.
      out.review = patch.review === null || patch.review === 'portal' ? undefined : patch.review;
    }
    return out;
  };

  const withoutUndefined = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

  return {
    ...createPiecesReadsApi(context),
    add: (riskTypeId, input) =>
      context.run(async () => {
        const riskType = await requireRiskType(riskTypeId);
        const fields = normalizePatch({ requirement: 'mandatory', ...input, label: input?.label ?? '' } as ExpectedPiecePatch);
        const existing = await sorted(riskType.id);
        if (existing.length >= 200) throw context.fail('invalid-input', { field: 'pieces', reason: '≤ 200' });
        const piece = withoutUndefined({
          accept: [],
          ...fields,
          id: context.newId(),
          riskTypeId: riskType.id,
          order: existing.length === 0 ? 0 : (existing[existing.length - 1]?.order ?? 0) + 1,
          revision: 1,
        }) as ExpectedPiece;
        await commitWithSummaries(riskType, [...existing, piece], [{ op: 'put', kind: 'piece', value: piece, ifRevision: 0 }]);
        return piece;
      }),
    update: (pieceId, patch) =>
      context.run(async () => {
        const fields = normalizePatch(patch);
        const { riskType, pieces, piece } = await catalogueOf(pieceId);
        // An explicit null clears a field: `withoutUndefined` drops it.
        const updated = withoutUndefined(nextRevision(piece, fields as Partial<ExpectedPiece>));
        await commitWithSummaries(
          riskType,
          pieces.map((p) => (p.id === piece.id ? updated : p)),
          [{ op: 'put', kind: 'piece', value: updated, ifRevision: piece.revision }],
        );
        return updated;
      }),
    remove: (pieceId) =>
      context.run(async () => {
        const { riskType, pieces, piece } = await catalogueOf(pieceId);
        await commitWithSummaries(
          riskType,
          pieces.filter((p) => p.id !== piece.id),
          [{ op: 'delete', kind: 'piece', id: piece.id, ifRevision: piece.revision }],
          // Documents classified to it are kept, back among the unclassified: nothing is lost.
          (documents) => documents.filter((d) => d.pieceId === piece.id).map((d) => nextRevision(d, { pieceId: null })),
        );
      }),
    reorder: (riskTypeId, pieceIds) =>
      context.run(async () => {
        const riskType = await requireRiskType(riskTypeId);
        const pieces = await sorted(riskType.id);
        const ids = Array.isArray(pieceIds) ? pieceIds : [];
        const sameSet = ids.length === pieces.length && new Set(ids).size === ids.length && pieces.every((p) => ids.includes(p.id));
        if (!sameSet) throw context.fail('invalid-input', { field: 'pieceIds', reason: { key: 'everyPieceOnce' } });
        const byId = new Map(pieces.map((p) => [p.id, p]));
        const reordered = ids.map((pieceId, order) => {
          const piece = byId.get(pieceId) as ExpectedPiece;
          return piece.order === order ? piece : nextRevision(piece, { order });
        });
        const changed = reordered.filter((p) => p !== byId.get(p.id));
        if (changed.length > 0) {
          await commitWithSummaries(
            riskType,
            reordered,
            changed.map((value) => ({ op: 'put', kind: 'piece', value, ifRevision: value.revision - 1 }) as StorageOperation),
          );
        }
        return reordered;
      }),
  };
}
