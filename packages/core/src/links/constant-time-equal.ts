/**
 * Whether two texts are equal, in a time that depends on their lengths only, never on where
 * they first differ: for comparing secrets (or their hashes) without a timing side channel.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let index = 0; index < length; index += 1) difference |= (a.charCodeAt(index) | 0) ^ (b.charCodeAt(index) | 0);
  return difference === 0;
}
