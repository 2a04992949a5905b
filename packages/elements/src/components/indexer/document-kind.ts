import type { CollectedDocument } from '@dossier/core';

/** How the indexer previews a document: the first page of a PDF, an image thumbnail, or a kind icon. */
export type DocumentKind = 'pdf' | 'image' | 'other';

/** The preview kind of a document, from its media type. */
export function kindOf(document: CollectedDocument): DocumentKind {
  if (document.mediaType === 'application/pdf') return 'pdf';
  return document.mediaType.startsWith('image/') ? 'image' : 'other';
}
