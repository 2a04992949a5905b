let requested = false;

/**
 * Asks once per page for persistent storage (`navigator.storage.persist()`),
 * where the browser has it. Never awaited: the answer changes nothing we do,
 * and some browsers wait for the user to answer a prompt.
 */
export function requestPersistence(): void {
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
