let requested = false;

/**
 * Asks the browser, once per page, to keep this origin's storage under
 * pressure (`navigator.storage.persist()`). The answer does not matter: without
 * it data still persists, it is only evictable.
 */
export function requestPersistence(): void {
  if (requested) return;
  requested = true;
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  if (typeof storage?.persist !== 'function') return;
  storage.persist().catch(() => undefined);
}
