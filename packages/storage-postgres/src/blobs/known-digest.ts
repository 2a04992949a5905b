/** Digests already computed for a Blob's bytes, so that a large upload is not hashed twice. */
const digests = new WeakMap<Blob, string>();

/**
 * Marks `blob` as having the SHA-256 `digest` (64 lower-case hex digits).
 * A server that hashed an upload while receiving it hands it on marked; the
 * storage then uses that digest as the bytes' address instead of reading them
 * again. Only code that computed the digest itself may call it.
 */
export function withKnownDigest<B extends Blob>(blob: B, digest: string): B {
  if (!/^[0-9a-f]{64}$/.test(digest)) throw new TypeError('a SHA-256 in lower-case hex');
  digests.set(blob, digest);
  return blob;
}

/** The digest `withKnownDigest` attached to `blob`, if any. */
export function knownDigest(blob: Blob): string | undefined {
  return digests.get(blob);
}
