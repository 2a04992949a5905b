import { UPLOAD_LINK_LIMITS, type UploadLink } from '@dossier/core';
import { forged } from '../forged.js';
import { recordFields, storedText, timestamp, timestampOrNull, wholeNumber } from './record-fields.js';

/** An upload link as `client.uploadLinks` writes it: its id a token's SHA-256, never the token. */
export function checkUploadLinkShape(value: unknown): UploadLink {
  const record = recordFields(value, 'uploadLink', [
    'id',
    'dossierId',
    'pieceIds',
    'cabinetName',
    'createdAt',
    'expiresAt',
    'maxFiles',
    'revokedAt',
    'revision',
  ]);
  if (typeof record['id'] !== 'string' || !/^[0-9a-f]{64}$/.test(record['id']))
    throw forged('an upload link’s id is a token’s SHA-256', 'uploadLink.id');
  storedText(record['dossierId'], 'uploadLink.dossierId');
  const pieceIds = record['pieceIds'];
  if (!Array.isArray(pieceIds) || pieceIds.length === 0 || pieceIds.length > UPLOAD_LINK_LIMITS.maxPieces)
    throw forged('an upload link asks for 1..200 pieces', 'uploadLink.pieceIds');
  for (const pieceId of pieceIds) storedText(pieceId, 'uploadLink.pieceIds');
  if (new Set(pieceIds).size !== pieceIds.length) throw forged('an upload link names each piece once', 'uploadLink.pieceIds');
  storedText(record['cabinetName'], 'uploadLink.cabinetName', 200, true);
  const createdAt = timestamp(record['createdAt'], 'uploadLink.createdAt');
  const expiresAt = timestamp(record['expiresAt'], 'uploadLink.expiresAt');
  const days = (Date.parse(expiresAt) - Date.parse(createdAt)) / 86_400_000;
  if (days <= 0 || days > UPLOAD_LINK_LIMITS.maxDays) throw forged('an upload link lasts 1..90 days', 'uploadLink.expiresAt');
  if (record['maxFiles'] !== null) wholeNumber(record['maxFiles'], 'uploadLink.maxFiles', 1, UPLOAD_LINK_LIMITS.maxFiles);
  timestampOrNull(record['revokedAt'], 'uploadLink.revokedAt');
  wholeNumber(record['revision'], 'uploadLink.revision', 1);
  return value as UploadLink;
}
