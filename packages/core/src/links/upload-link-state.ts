import type { UploadLink, UploadLinkState } from '../model/upload-link.js';

/**
 * Where a link stands at `now`, given how many files it brought that were not refused.
 *
 * @example
 * uploadLinkState(link, 0, new Date()); // 'active'
 */
export function uploadLinkState(
  link: Pick<UploadLink, 'revokedAt' | 'expiresAt' | 'maxFiles'>,
  filesReceived: number,
  now: Date,
): UploadLinkState {
  if (link.revokedAt !== null) return 'revoked';
  const expiresAt = Date.parse(link.expiresAt);
  // An unreadable expiry cannot prove the link still holds.
  if (Number.isNaN(expiresAt) || now.getTime() >= expiresAt) return 'expired';
  if (link.maxFiles !== null && filesReceived >= link.maxFiles) return 'used';
  return 'active';
}
