import { createHash } from 'node:crypto';
import { knownDigest } from './known-digest.js';

/** The hex SHA-256 of a Blob's bytes, read as a stream (never whole in memory); a known digest is used as is. */
export async function hashBlob(blob: Blob): Promise<string> {
  const known = knownDigest(blob);
  if (known) return known;
  const hash = createHash('sha256');
  for await (const chunk of blob.stream() as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest('hex');
}
