let requested = false;

/**
 * Asks once per page for persistent storage (`navigator.storage.persist()`),
 * where the platform has it, for adapters of browser storages. Never awaited:
 * without it data still persists, it is only evictable, and some browsers wait
 * for the user to answer a prompt.
 */
export function requestPersistentStorage(): void {
  if (requested) return;
  requested = true;
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  if (typeof storage?.persist !== 'function') return;
  try {
    storage.persist().catch(() => undefined);
  } catch {
    // A browser that throws instead of rejecting: still nothing to do.
  }
}
