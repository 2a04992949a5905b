import { mediaTypeMatches } from '../files/media-type-matches.js';
import { decideDossierEventOnDemand } from '../machines/decide-dossier-event-on-demand.js';
import type { CollectedDocument } from '../model/collected-document.js';
import type { ExpectedPiece } from '../model/expected-piece.js';
import { isBlob } from '../realm/is-blob.js';
import { isFile } from '../realm/is-file.js';
import { requireDate } from '../validation/require-date.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DocumentSource, DossierClient } from './dossier-client.js';
import { loadDossierState, nextRevision, summaryOperations, type DossierState } from './dossier-state.js';
import { createDocumentsReadsApi, requireDocument as requireDocumentIn } from './documents-reads-api.js';
import { intakeDocument, maxBytesOf } from './intake-document.js';
import { readRejection } from './read-rejection.js';

/** `client.documents`. Internal. */
export function createDocumentsApi(context: ClientContext): DossierClient['documents'] {
  const { storage, locale } = context;

  const requireDocument = (documentId: unknown): Promise<CollectedDocument> => requireDocumentIn(context, documentId);

  /**
   * The state of a document's dossier, with the document as that state read
   * it (it may have changed since it was first looked up), once the dossier's
   * phase allows changing its documents.
   */
  const documentState = async (documentId: unknown): Promise<{ state: DossierState; document: CollectedDocument }> => {
    const found = await requireDocument(documentId);
    const state = await loadDossierState(context, found.dossierId);
    const document = state.documents.find((d) => d.id === found.id);
    if (!document) throw context.notFound('document', found.id);
    await decideDossierEventOnDemand(state.dossier, { type: 'changeDocuments' }, locale);
    return { state, document };
  };

  const pieceOf = (state: DossierState, pieceId: string | null | undefined): ExpectedPiece | null => {
    if (pieceId === null || pieceId === undefined) return null;
    const id = requireText(pieceId, 'pieceId', locale);
    const piece = state.pieces.find((p) => p.id === id);
    if (!piece) throw context.notFound('piece', id);
    return piece;
  };

  /** Writes changed documents (and optional blob operations) with the dossier's summary, atomically. */
  const commitDocuments = async (state: DossierState, changed: CollectedDocument[], removedId?: string): Promise<void> => {
    const documents = state.documents.filter((d) => d.id !== removedId).map((d) => changed.find((c) => c.id === d.id) ?? d);
    const { operations } = summaryOperations(context, { ...state, documents });
    await storage.commit(
      [
        ...changed.map((value) => ({ op: 'put' as const, kind: 'document' as const, value, ifRevision: value.revision - 1 })),
        ...(removedId
          ? [
              {
                op: 'delete' as const,
                kind: 'document' as const,
                id: removedId,
                ifRevision: state.documents.find((d) => d.id === removedId)?.revision ?? 0,
              },
              { op: 'deleteBlob' as const, documentId: removedId },
            ]
          : []),
        ...operations,
      ],
      { dossierIds: [state.dossier.id], riskTypeIds: [] },
    );
  };

  /** Only a document waiting for review is accepted or refused: a decision is never taken back silently. */
  const reviewRefused = (document: CollectedDocument) =>
    context.fail('invalid-transition', { event: 'review', from: document.review?.status ?? 'not-reviewed' });

  const sourceOf = (file: DocumentSource): { blob: Blob; name: string } => {
    // Realm-independent: a File picked in an iframe, handed to this page's client, is not `instanceof File` here.
    if (isFile(file)) return { blob: file, name: file.name };
    const candidate = file as { blob?: unknown; name?: unknown } | null;
    if (candidate && isBlob(candidate.blob) && typeof candidate.name === 'string') return { blob: candidate.blob, name: candidate.name };
    throw context.fail('invalid-input', { field: 'file', reason: 'File or { blob, name }' });
  };

  return {
    ...createDocumentsReadsApi(context),
    add: (dossierId, file, options = {}) =>
      context.run(async () => {
        const id = requireText(dossierId, 'dossierId', locale);
        const source = sourceOf(file);
        const issuedOn =
          options.issuedOn === undefined || options.issuedOn === null ? null : requireDate(options.issuedOn, 'issuedOn', locale);
        return intakeDocument(context, {
          dossierId: id,
          source,
          pieceId: options.pieceId,
          issuedOn,
          signal: options.signal,
          onProgress: options.onProgress,
        });
      }),
    classify: (documentId, pieceId) =>
      context.run(async () => {
        const { state, document } = await documentState(documentId);
        const piece = pieceOf(state, pieceId);
        if (piece) {
          if (!mediaTypeMatches(document.mediaType, piece.accept)) {
            throw context.fail('file-type-not-accepted', {
              fileName: document.originalName,
              mediaType: document.mediaType,
              accepted: piece.accept,
            });
          }
          if (document.size > maxBytesOf(context, piece)) {
            throw context.fail('file-too-large', {
              fileName: document.originalName,
              size: document.size,
              maxBytes: maxBytesOf(context, piece),
            });
          }
        }
        if ((piece?.id ?? null) === document.pieceId) return document;
        const updated = nextRevision(document, { pieceId: piece?.id ?? null });
        await commitDocuments(state, [updated]);
        return updated;
      }),
    archive: (documentId) =>
      context.run(async () => {
        const { state, document } = await documentState(documentId);
        if (document.pieceId === null) throw context.fail('invalid-input', { field: 'documentId', reason: { key: 'classifyFirst' } });
        if (document.review && document.review.status !== 'accepted')
          throw context.fail('invalid-input', { field: 'documentId', reason: { key: 'notAccepted' } });
        if (document.state === 'archived') return document;
        const updated = nextRevision(document, { state: 'archived', archivedAt: context.now().toISOString() });
        await commitDocuments(state, [updated]);
        return updated;
      }),
    remove: (documentId) =>
      context.run(async () => {
        const { state, document } = await documentState(documentId);
        await commitDocuments(state, [], document.id);
      }),
    accept: (documentId) =>
      context.run(async () => {
        const { state, document } = await documentState(documentId);
        if (document.review?.status !== 'pending') throw reviewRefused(document);
        const updated = nextRevision(document, {
          review: { status: 'accepted', reason: null, note: null, reviewedAt: context.now().toISOString() },
        });
        await commitDocuments(state, [updated]);
        return updated;
      }),
    reject: (documentId, rejection) =>
      context.run(async () => {
        const review = readRejection(context, rejection);
        const { state, document } = await documentState(documentId);
        if (document.review?.status !== 'pending') throw reviewRefused(document);
        const updated = nextRevision(document, { review: { status: 'rejected', ...review, reviewedAt: context.now().toISOString() } });
        await commitDocuments(state, [updated]);
        return updated;
      }),
  };
}
