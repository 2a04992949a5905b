import type { CollectedDocument } from '../model/collected-document.js';
import type { Completeness, PieceStatusValue } from '../model/completeness.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { UploadLink } from '../model/upload-link.js';
import { clientFirstName } from './client-first-name.js';
import type { PortalDocument, PortalPiece, PortalPieceStatus, PortalView } from './portal-view.js';

/** What a portal view is built from. */
export interface PortalViewSources {
  readonly link: UploadLink;
  readonly clientName: string;
  readonly pieces: readonly ExpectedPiece[];
  readonly documents: readonly CollectedDocument[];
  readonly completeness: Completeness;
  /** The size limit of a piece without its own. */
  readonly maxBytesOf: (piece: ExpectedPiece) => number;
}

/** The link's own documents, newest first. */
function linkDocuments(link: UploadLink, documents: readonly CollectedDocument[]): CollectedDocument[] {
  return documents
    .filter((document) => document.uploadLinkId === link.id)
    .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : a.id < b.id ? 1 : -1));
}

/** Files a link brought that were not refused: what counts against its `maxFiles`. */
export function filesReceivedThrough(link: UploadLink, documents: readonly CollectedDocument[]): number {
  return documents.filter((document) => document.uploadLinkId === link.id && document.review?.status !== 'rejected').length;
}

function portalStatus(status: PieceStatusValue | undefined, sent: readonly PortalDocument[]): PortalPieceStatus {
  if (status === 'obtained' || status === 'archived' || status === 'waived') return 'complete';
  if (status === 'pending-review') return 'received';
  return sent[0]?.review === 'rejected' ? 'rejected' : 'requested';
}

/**
 * What the client sees behind a link: the requested pieces (in the link's order, those still
 * in the catalogue) with their instructions, accepted kinds, size limit and status, and the
 * files sent through this link. Pure.
 */
export function buildPortalView(sources: PortalViewSources): PortalView {
  const { link, completeness } = sources;
  const own = linkDocuments(link, sources.documents);
  const statusOf = new Map(completeness.pieces.map((piece) => [piece.pieceId, piece.status]));
  const pieces: PortalPiece[] = [];
  for (const pieceId of link.pieceIds) {
    const piece = sources.pieces.find((candidate) => candidate.id === pieceId);
    if (!piece) continue;
    const sent = own
      .filter((document) => document.pieceId === piece.id)
      .map((document): PortalDocument => ({
        name: document.originalName,
        size: document.size,
        sentAt: document.addedAt,
        review: document.review?.status ?? null,
        reason: document.review?.reason ?? null,
        note: document.review?.note ?? null,
      }));
    pieces.push({
      id: piece.id,
      label: piece.label,
      instructions: piece.instructions ?? null,
      accept: [...piece.accept],
      maxBytes: sources.maxBytesOf(piece),
      status: portalStatus(statusOf.get(piece.id), sent),
      documents: sent,
    });
  }
  const received = filesReceivedThrough(link, sources.documents);
  return {
    cabinetName: link.cabinetName,
    clientFirstName: clientFirstName(sources.clientName),
    expiresAt: link.expiresAt,
    filesLeft: link.maxFiles === null ? null : Math.max(0, link.maxFiles - received),
    pieces,
  };
}
