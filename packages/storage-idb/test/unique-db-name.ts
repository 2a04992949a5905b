/** A database name no other test (in this page or another) uses. */
export function uniqueDbName(prefix: string): string {
  return `test-${prefix}-${globalThis.crypto.randomUUID()}`;
}
