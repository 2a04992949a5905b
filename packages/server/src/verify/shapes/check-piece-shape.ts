import { isDossierError, validateRequirement, PIECE_REVIEW_POLICIES, type ExpectedPiece, type PieceReviewPolicy } from '@dossier/core';
import { requireAcceptList } from '@dossier/core/adapter';
import { forged } from '../forged.js';
import { recordFields, storedText, wholeNumber } from './record-fields.js';

/** An expected piece as `client.pieces` writes it. */
export function checkPieceShape(value: unknown): ExpectedPiece {
  const record = recordFields(
    value,
    'piece',
    ['id', 'riskTypeId', 'label', 'requirement', 'accept', 'order', 'revision'],
    ['instructions', 'maxBytes', 'validityDays', 'review'],
  );
  storedText(record['id'], 'piece.id');
  storedText(record['riskTypeId'], 'piece.riskTypeId');
  storedText(record['label'], 'piece.label');
  if (record['instructions'] !== undefined) storedText(record['instructions'], 'piece.instructions', 2000);
  try {
    validateRequirement(record['requirement'] as Parameters<typeof validateRequirement>[0], 'en');
    const accept = requireAcceptList(record['accept'], 'en');
    if (JSON.stringify(accept) !== JSON.stringify(record['accept'])) throw forged('accept is not normalized', 'piece.accept');
  } catch (error) {
    if (isDossierError(error) && !String(error.details.reason ?? '').startsWith('forged'))
      throw forged(`${error.details.field ?? 'piece'} is not valid`, 'piece');
    throw error;
  }
  if (record['maxBytes'] !== undefined) wholeNumber(record['maxBytes'], 'piece.maxBytes', 1);
  if (record['validityDays'] !== undefined) wholeNumber(record['validityDays'], 'piece.validityDays', 1, 36_600);
  if (record['review'] !== undefined && !PIECE_REVIEW_POLICIES.includes(record['review'] as PieceReviewPolicy))
    throw forged('unknown review policy', 'piece.review');
  wholeNumber(record['order'], 'piece.order', 0);
  wholeNumber(record['revision'], 'piece.revision', 1);
  return value as ExpectedPiece;
}
