import type { CollectedDocument } from '../model/collected-document.js';
import { requireText } from '../validation/require-text.js';
import type { ClientContext } from './client-context.js';
import type { DossierClient } from './dossier-client.js';

/** A stored document by id; `not-found` without one. Internal. */
export async function requireDocument(context: ClientContext, documentId: unknown): Promise<CollectedDocument> {
  const id = requireText(documentId, 'documentId', context.locale);
  const document = await context.storage.get('document', id);
  if (!document) throw context.notFound('document', id);
  return document;
}

/**
 * What `client.documents` reads (`list`, `get`, `read`): here with the page, for the checklists
 * that show documents at once, while the writes load on their first call. Internal.
 */
export function createDocumentsReadsApi(context: ClientContext): Pick<DossierClient['documents'], 'list' | 'get' | 'read'> {
  const { storage, locale } = context;
  return {
    list: (dossierId) =>
      context.run(async () => {
        const id = requireText(dossierId, 'dossierId', locale);
        if (!(await storage.get('dossier', id))) throw context.notFound('dossier', id);
        return (await storage.listChildren('document', id)).sort((a, b) =>
          a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1,
        );
      }),
    get: (documentId) => context.run(() => requireDocument(context, documentId)),
    read: (documentId) =>
      context.run(async () => {
        const document = await requireDocument(context, documentId);
        const blob = await storage.getBlob(document.id);
        if (!blob) throw context.notFound('blob', document.id);
        return blob.type === document.mediaType ? blob : new Blob([blob], { type: document.mediaType });
      }),
  };
}
