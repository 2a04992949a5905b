import { comparePieces } from '../model/compare-pieces.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { RiskType } from '../model/risk-type.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';

/** A stored risk type by id; `not-found` without one. Internal. */
export async function requireRiskType(context: ClientContext, riskTypeId: unknown): Promise<RiskType> {
  const id = requireText(riskTypeId, 'riskTypeId', context.locale);
  const riskType = await context.storage.get('riskType', id);
  if (!riskType) throw context.notFound('riskType', id);
  return riskType;
}

/** A stored expected piece by id; `not-found` without one. Internal. */
export async function requirePiece(context: ClientContext, pieceId: unknown): Promise<ExpectedPiece> {
  const id = requireText(pieceId, 'pieceId', context.locale);
  const piece = await context.storage.get('piece', id);
  if (!piece) throw context.notFound('piece', id);
  return piece;
}

/** The pieces of a risk type, in order. Internal. */
export async function sortedPieces(context: ClientContext, riskTypeId: string): Promise<ExpectedPiece[]> {
  return (await context.storage.listChildren('piece', riskTypeId)).sort(comparePieces);
}

/**
 * What `client.pieces` reads (`list`, `get`): here with the page, while the catalogue's writes
 * (and their validation) load on their first call. Internal.
 */
export function createPiecesReadsApi(context: ClientContext): Pick<DossierClient['pieces'], 'list' | 'get'> {
  return {
    list: (riskTypeId) => context.run(async () => sortedPieces(context, (await requireRiskType(context, riskTypeId)).id)),
    get: (pieceId) => context.run(() => requirePiece(context, pieceId)),
  };
}
