/** A database name no other test uses, so tests never see each other's data. */
export function uniqueDbName(label: string): string {
  return `dossier-test-${label}-${globalThis.crypto.randomUUID()}`;
}
