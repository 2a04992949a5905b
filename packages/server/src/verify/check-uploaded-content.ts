import { openAsBlob } from 'node:fs';
import type { CollectedDocument } from '@dossier/core';
import { inspectFile, nameForMediaType } from '@dossier/core/adapter';
import type { UploadedPart } from '../commits/uploaded-part.js';
import { forged } from './forged.js';

/**
 * Inspects the bytes of each new document again, with the same code the
 * browser ran (`inspectFile`: the kind read from the content and structure,
 * never from the name or the declared type; the file cut short or damaged;
 * a password needed to open it), and refuses a document whose record says
 * otherwise. Reads only the parts of the temporary file it needs (head,
 * tail, a few ranges), before the commit's transaction takes its locks.
 */
export async function checkUploadedContent(
  newDocuments: readonly { readonly document: CollectedDocument; readonly upload: UploadedPart }[],
): Promise<void> {
  for (const { document, upload } of newDocuments) {
    const inspection = await inspectFile(await openAsBlob(upload.path), document.originalName);
    if (inspection.mediaType !== document.mediaType) throw forged('the bytes are not of the kind the document says', 'document.mediaType');
    if (inspection.damage !== null) throw forged('the bytes are cut short or damaged', 'document.mediaType');
    if (inspection.passwordProtected !== (document.passwordProtected ?? false))
      throw forged('the password flag is not what the bytes say', 'document.passwordProtected');
    if (document.name !== nameForMediaType(document.originalName, document.mediaType))
      throw forged('the stored name is the cleaned original name with the kind’s extension', 'document.name');
  }
}
