import { isDossierError, REJECTION_REASONS, type CollectedDocument, type RejectionReason } from '@dossier/core';
import { requireDate } from '@dossier/core/adapter';
import { forged } from '../forged.js';
import { recordFields, storedText, storedTextOrNull, timestamp, timestampOrNull, wholeNumber } from './record-fields.js';

/** A collected document as `client.documents` writes it. */
export function checkDocumentShape(value: unknown): CollectedDocument {
  const record = recordFields(
    value,
    'document',
    [
      'id',
      'dossierId',
      'pieceId',
      'state',
      'name',
      'originalName',
      'mediaType',
      'size',
      'digest',
      'issuedOn',
      'addedAt',
      'archivedAt',
      'revision',
    ],
    ['passwordProtected', 'origin', 'uploadLinkId', 'review'],
  );
  storedText(record['id'], 'document.id');
  storedText(record['dossierId'], 'document.dossierId');
  storedTextOrNull(record['pieceId'], 'document.pieceId');
  if (record['state'] !== 'obtained' && record['state'] !== 'archived') throw forged('unknown document state', 'document.state');
  // The names come from the user's file: core keeps the original as given (shown as text only), and a cleaned one.
  if (typeof record['originalName'] !== 'string' || record['originalName'].length > 1000)
    throw forged('originalName must be a text', 'document.originalName');
  storedText(record['name'], 'document.name', 255);
  if (typeof record['mediaType'] !== 'string' || !/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(record['mediaType'])) {
    throw forged('not a media type', 'document.mediaType');
  }
  wholeNumber(record['size'], 'document.size', 1);
  if (typeof record['digest'] !== 'string' || !/^[0-9a-f]{64}$/.test(record['digest']))
    throw forged('not a SHA-256 digest', 'document.digest');
  if (record['issuedOn'] !== null) {
    try {
      requireDate(record['issuedOn'], 'document.issuedOn', 'en');
    } catch (error) {
      if (isDossierError(error)) throw forged('issuedOn is not a date', 'document.issuedOn');
      throw error;
    }
  }
  timestamp(record['addedAt'], 'document.addedAt');
  timestampOrNull(record['archivedAt'], 'document.archivedAt');
  wholeNumber(record['revision'], 'document.revision', 1);
  if (record['passwordProtected'] !== undefined && typeof record['passwordProtected'] !== 'boolean')
    throw forged('passwordProtected is a boolean', 'document.passwordProtected');
  if (record['origin'] !== undefined && record['origin'] !== 'broker' && record['origin'] !== 'portal')
    throw forged('unknown document origin', 'document.origin');
  if (
    record['uploadLinkId'] !== undefined &&
    (typeof record['uploadLinkId'] !== 'string' || !/^[0-9a-f]{64}$/.test(record['uploadLinkId']) || record['origin'] !== 'portal')
  ) {
    throw forged('only a portal document names its upload link', 'document.uploadLinkId');
  }
  if (record['review'] !== undefined) checkReviewShape(record['review']);
  if ((record['state'] === 'archived') !== (record['archivedAt'] !== null))
    throw forged('archivedAt goes with the archived state', 'document.archivedAt');
  return value as CollectedDocument;
}

/** A document's review as `documents.accept` and `documents.reject` write it. */
function checkReviewShape(value: unknown): void {
  const review = recordFields(value, 'document.review', ['status', 'reason', 'note', 'reviewedAt']);
  const status = review['status'];
  if (status !== 'pending' && status !== 'accepted' && status !== 'rejected')
    throw forged('unknown review status', 'document.review.status');
  if ((status === 'pending') !== (review['reviewedAt'] === null))
    throw forged('reviewedAt goes with a decision', 'document.review.reviewedAt');
  timestampOrNull(review['reviewedAt'], 'document.review.reviewedAt');
  if (status === 'rejected') {
    if (!REJECTION_REASONS.includes(review['reason'] as RejectionReason))
      throw forged('a refusal has a known reason', 'document.review.reason');
    storedTextOrNull(review['note'], 'document.review.note', 500);
    if (review['reason'] === 'other' && review['note'] === null)
      throw forged('a refusal for another reason says it', 'document.review.note');
  } else if (review['reason'] !== null || review['note'] !== null) {
    throw forged('only a refusal has a reason', 'document.review.reason');
  }
}
