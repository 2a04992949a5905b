import { createHash } from 'node:crypto';

/**
 * The 64-bit advisory lock key of one thing a commit reads or writes, from
 * its tenant and name parts (`['dossier', 'P-1']`). Two names may share a key
 * (a hash collision): that only makes two commits wait for each other.
 */
export function lockKey(tenantId: string, ...parts: readonly string[]): bigint {
  const digest = createHash('sha256')
    .update(JSON.stringify([tenantId, ...parts]))
    .digest();
  return digest.readBigInt64BE(0);
}
