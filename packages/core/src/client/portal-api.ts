import { cleanFileName } from '../files/clean-file-name.js';
import { hashUploadTokenOnDemand } from '../links/hash-upload-token-on-demand.js';
import type { UploadLink } from '../model/upload-link.js';
import { buildPortalView } from '../portal/build-portal-view.js';
import type { PortalView } from '../portal/portal-view.js';
import { isBlob } from '../realm/is-blob.js';
import { isFile } from '../realm/is-file.js';
import type { ClientContext } from './client-context.js';
import type { DocumentSource, DossierClient } from './dossier-client.js';
import { loadDossierState, summaryOperations, type DossierState } from './dossier-state.js';
import { checkLinkAllows, checkLinkWorks, intakeDocument, linkNotFound, maxBytesOf } from './intake-document.js';

/** `client.portal`: the client's side of upload links, by token. Internal. */
export function createPortalApi(context: ClientContext): DossierClient['portal'] {
  const { storage } = context;

  /**
   * The link a token opens and its dossier's state, once the link works; `not-found` alike for
   * every token that opens nothing usable. The token is only ever hashed.
   */
  const open = async (token: unknown): Promise<{ link: UploadLink; state: DossierState }> => {
    const id = await hashUploadTokenOnDemand(typeof token === 'string' ? token : '');
    const link = await storage.get('uploadLink', id);
    if (!link) throw linkNotFound(context);
    const state = await loadDossierState(context, link.dossierId).catch(() => {
      throw linkNotFound(context);
    });
    // A used-up link still shows what was sent; only a link that does not work is refused here.
    checkLinkWorks(context, link, id, state);
    return { link, state };
  };

  const viewOf = (link: UploadLink, state: DossierState): PortalView =>
    buildPortalView({
      link,
      clientName: state.dossier.client.name,
      pieces: state.pieces,
      documents: state.documents,
      completeness: summaryOperations(context, state).completeness,
      maxBytesOf: (piece) => maxBytesOf(context, piece),
    });

  // A name from the client's device is cleaned before anything keeps it: no path, no control or bidi character, no markup sign.
  const sourceOf = (file: DocumentSource): { blob: Blob; name: string } => {
    if (isFile(file)) return { blob: file, name: cleanFileName(file.name) };
    const candidate = file as { blob?: unknown; name?: unknown } | null;
    if (candidate && isBlob(candidate.blob) && typeof candidate.name === 'string')
      return { blob: candidate.blob, name: cleanFileName(candidate.name) };
    throw context.fail('invalid-input', { field: 'file', reason: 'File or { blob, name }' });
  };

  return {
    view: (token) =>
      context.run(async () => {
        const { link, state } = await open(token);
        return viewOf(link, state);
      }),
    allowUpload: (token, pieceId, size) =>
      context.run(async () => {
        const { link, state } = await open(token);
        const piece = checkLinkAllows(context, link, link.id, state, pieceId);
        const maxBytes = maxBytesOf(context, piece);
        if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) throw context.fail('invalid-input', { field: 'size' });
        if (size === 0) throw context.fail('file-empty', {});
        if (size > maxBytes) throw context.fail('file-too-large', { size, maxBytes });
        const view = viewOf(link, state).pieces.find((candidate) => candidate.id === piece.id);
        if (!view) throw context.notFound('piece', piece.id);
        return view;
      }),
    upload: (token, pieceId, file, options = {}) =>
      context.run(async () => {
        const { link, state } = await open(token);
        const source = sourceOf(file);
        const document = await intakeDocument(context, {
          dossierId: state.dossier.id,
          source,
          pieceId,
          issuedOn: null,
          signal: options.signal,
          link,
        });
        return {
          name: document.originalName,
          size: document.size,
          sentAt: document.addedAt,
          review: document.review?.status ?? null,
          reason: null,
          note: null,
        };
      }),
  };
}
