import type { DossierError } from '../errors/dossier-error.js';
import { validateFile } from '../files/validate-file-on-demand.js';
import type { ValidatedFile } from '../files/validate-file.js';
import { constantTimeEqual } from '../links/constant-time-equal.js';
import { uploadLinkState } from '../links/upload-link-state.js';
import { decideDossierEventOnDemand } from '../machines/decide-dossier-event-on-demand.js';
import type { IntakeProgress } from '../machines/file-intake-machine.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import type { UploadLink } from '../model/upload-link.js';
import { filesReceivedThrough } from '../portal/build-portal-view.js';
import { needsReview } from '../review/needs-review.js';
import type { StorageOperation } from '../storage/storage-operation.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import { loadDossierState, summaryOperations, type DossierState } from './dossier-state.js';

/** One file on its way into a dossier. Internal. */
export interface IntakeRequest {
  readonly dossierId: string;
  readonly source: { readonly blob: Blob; readonly name: string };
  readonly pieceId: string | null | undefined;
  readonly issuedOn: string | null;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: IntakeProgress) => void) | undefined;
  /** The upload link the client sends it through; absent: the broker adds it. */
  readonly link?: UploadLink | undefined;
}

/** The size limit of a piece (or of unclassified documents), within what the storage takes. */
export function maxBytesOf(context: ClientContext, piece: Pick<ExpectedPiece, 'maxBytes'> | null): number {
  return Math.min(piece?.maxBytes ?? context.defaultMaxBytes, context.storage.capabilities.maxBlobBytes);
}

/** The one answer to a link that does not work, whatever the reason: unknown, revoked, expired, closed. Internal. */
export function linkNotFound(context: ClientContext): DossierError {
  return context.fail('not-found', { kind: 'uploadLink' });
}

/** The piece a request names among the dossier's, `null` for none, or `not-found`. */
function pieceOf(context: ClientContext, state: DossierState, pieceId: string | null | undefined): ExpectedPiece | null {
  if (pieceId === null || pieceId === undefined) return null;
  const id = requireText(pieceId, 'pieceId', context.locale);
  const piece = state.pieces.find((p) => p.id === id);
  if (!piece) throw context.notFound('piece', id);
  return piece;
}

/**
 * Checks that `link`, as stored now, still works: the one asked for (compared in constant time),
 * of this dossier, not revoked, not expired, its dossier open to changes. Every way a link fails
 * answers `not-found` alike, so that a client learns nothing from a link that no longer works.
 * Returns whether it is `active` or `used` (as many files as it allows arrived). Internal.
 */
export function checkLinkWorks(
  context: ClientContext,
  link: UploadLink | undefined,
  expectedId: string,
  state: DossierState,
): 'active' | 'used' {
  if (!link || !constantTimeEqual(link.id, expectedId) || link.dossierId !== state.dossier.id) throw linkNotFound(context);
  const standing = uploadLinkState(link, filesReceivedThrough(link, state.documents), context.now());
  if (standing === 'revoked' || standing === 'expired') throw linkNotFound(context);
  if (state.dossier.phase !== 'proposal' && state.dossier.phase !== 'contract') throw linkNotFound(context);
  return standing;
}

/**
 * The piece a working link lets its client send a file for now: one the link asks for, still
 * in the dossier's catalogue (`not-found` otherwise), while the link is not used up (a used-up
 * link says so: its client may see it). Internal.
 */
export function checkLinkAllows(
  context: ClientContext,
  link: UploadLink | undefined,
  expectedId: string,
  state: DossierState,
  pieceId: unknown,
): ExpectedPiece {
  const standing = checkLinkWorks(context, link, expectedId, state);
  const id = requireText(pieceId, 'pieceId', context.locale);
  const piece = link?.pieceIds.includes(id) ? state.pieces.find((p) => p.id === id) : undefined;
  if (!piece) throw context.notFound('piece', id);
  if (standing === 'used') throw context.fail('invalid-input', { field: 'file', reason: { key: 'linkUsedUp' } });
  return piece;
}

/**
 * Validates a file, then stores it with its bytes and the dossier's summary in one commit:
 * `documents.add` for the broker, `portal.upload` for the client (then the link is checked
 * again at each step and guards the commit, so that a revocation meanwhile refuses it).
 * Internal.
 */
export async function intakeDocument(context: ClientContext, request: IntakeRequest): Promise<CollectedDocument> {
  const { storage, locale } = context;
  const { source, link } = request;
  const origin = link ? 'portal' : 'broker';

  /** The state, the piece and the link as stored now; throws when the file may not go in. */
  const current = async (): Promise<{ state: DossierState; piece: ExpectedPiece | null; storedLink: UploadLink | undefined }> => {
    const [state, storedLink] = await Promise.all([
      loadDossierState(context, request.dossierId),
      link ? storage.get('uploadLink', link.id) : Promise.resolve(undefined),
    ]);
    if (link) return { state, piece: checkLinkAllows(context, storedLink, link.id, state, request.pieceId), storedLink };
    await decideDossierEventOnDemand(state.dossier, { type: 'changeDocuments' }, locale);
    return { state, piece: pieceOf(context, state, request.pieceId), storedLink };
  };

  // The intake machine (XState) loads with the first file, as the inspection does, not with the page.
  const { runFileIntake } = await import('../machines/file-intake-machine.js');
  return runFileIntake<ValidatedFile, CollectedDocument>({
    fileName: source.name,
    locale,
    signal: request.signal,
    onProgress: request.onProgress,
    documentIdOf: (document) => document.id,
    // Everything that reads the file (kind, size, digest) happens here, before any write.
    validate: async () => {
      const { state, piece } = await current();
      const validated = await validateFile(source, { accept: piece?.accept ?? [], maxBytes: maxBytesOf(context, piece) }, locale);
      const twin = state.documents.find((d) => d.digest === validated.digest);
      if (twin)
        throw context.fail(
          'duplicate-document',
          link ? { fileName: validated.originalName } : { fileName: validated.originalName, existingDocumentId: twin.id },
        );
      return validated;
    },
    store: async (validated) => {
      // Re-read: the dossier (or the link) may have changed while the file was being read.
      const { state, piece, storedLink } = await current();
      if (state.documents.some((d) => d.digest === validated.digest))
        throw context.fail('duplicate-document', { fileName: validated.originalName });
      const addedAt = context.now().toISOString();
      const document: CollectedDocument = {
        id: context.newId(),
        dossierId: state.dossier.id,
        pieceId: piece?.id ?? null,
        state: 'obtained',
        name: validated.name,
        originalName: validated.originalName,
        mediaType: validated.mediaType,
        size: validated.size,
        digest: validated.digest,
        passwordProtected: validated.passwordProtected,
        issuedOn: request.issuedOn,
        addedAt,
        archivedAt: null,
        ...(link ? { origin, uploadLinkId: link.id } : {}),
        ...(needsReview(piece, origin) ? { review: { status: 'pending' as const, reason: null, note: null, reviewedAt: null } } : {}),
        revision: 1,
      };
      const { operations } = summaryOperations(context, { ...state, documents: [...state.documents, document] });
      const guards: StorageOperation[] = storedLink
        ? [{ op: 'check', kind: 'uploadLink', id: storedLink.id, revision: storedLink.revision }]
        : [];
      // The record and its bytes land together, with the aggregate they alter, or not at all.
      await storage.commit(
        [
          { op: 'put', kind: 'document', value: document, ifRevision: 0 },
          { op: 'putBlob', documentId: document.id, blob: source.blob },
          ...operations,
          ...guards,
        ],
        { dossierIds: [state.dossier.id], riskTypeIds: [] },
      );
      return document;
    },
  });
}
