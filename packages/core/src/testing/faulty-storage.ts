import { DossierError } from '../errors/dossier-error.js';
import type { StoragePort } from '../storage/storage-port.js';
import type { SeededRandom } from './seeded-random.js';

/** How often each fault strikes, from 0 to 1. */
export interface FaultRates {
  /** A read rejects with `storage-unavailable`. */
  readonly read: number;
  /** A commit rejects before reaching the storage. */
  readonly commitBefore: number;
  /** A commit fails inside the storage, after it started writing (needs `injectInside`). */
  readonly commitInside: number;
}

/** A storage that fails at random, and counts its faults. */
export interface FaultyStorage extends StoragePort {
  /** Faults injected so far. */
  readonly faults: number;
  /** Turns faults on or off (off while a test reads its own checks). */
  enabled: boolean;
}

/**
 * Wraps `storage` so that reads and commits fail at the given rates, drawn
 * from `random` (reproducible from its seed), and reach the storage after a
 * random pause, so that concurrent calls interleave. A fault inside a commit is
 * armed through the adapter's own hook (`injectInside`), so it strikes after
 * the commit started writing, where atomicity is tested for real.
 */
export function createFaultyStorage(
  storage: StoragePort,
  random: SeededRandom,
  rates: FaultRates,
  injectInside?: (storage: StoragePort) => void | (() => void),
): FaultyStorage {
  let faults = 0;
  const strikes = (rate: number): boolean => faulty.enabled && rate > 0 && random.next() < rate;
  const fault = (what: string): DossierError => {
    faults += 1;
    return new DossierError('storage-unavailable', { reason: `injected ${what} fault` });
  };
  /**
   * A pause at random: a few turns of the microtask queue, and now and then a
   * timer of up to 2 ms (a slow disk or network), so that a concurrent call
   * can run to its end in between.
   */
  const shuffle = async (): Promise<void> => {
    if (random.next() < 0.2) await new Promise((resolve) => setTimeout(resolve, random.int(3)));
    for (let turns = random.int(6); turns > 0; turns -= 1) await Promise.resolve();
  };
  const read = async <T>(task: () => Promise<T>): Promise<T> => {
    if (strikes(rates.read)) throw fault('read');
    await shuffle();
    const result = await task();
    await shuffle();
    return result;
  };
  const faulty: FaultyStorage = {
    enabled: true,
    get faults() {
      return faults;
    },
    get capabilities() {
      return storage.capabilities;
    },
    get: (kind, id) => read(() => storage.get(kind, id)),
    getMany: (kind, ids) => read(() => storage.getMany(kind, ids)),
    listRiskTypes: () => read(() => storage.listRiskTypes()),
    listChildren: (kind, parentId) => read(() => storage.listChildren(kind, parentId)),
    getBlob: (documentId) => read(() => storage.getBlob(documentId)),
    queryAudit: (query) => read(() => storage.queryAudit(query)),
    async commit(operations, scope) {
      if (strikes(rates.commitBefore)) throw fault('commit');
      await shuffle();
      if (!injectInside || !strikes(rates.commitInside)) return storage.commit(operations, scope);
      // Counted when armed: a concurrent commit on the same storage may be the one it strikes.
      faults += 1;
      const disarm = injectInside(storage);
      try {
        await storage.commit(operations, scope);
      } finally {
        if (typeof disarm === 'function') disarm();
      }
    },
    subscribe: (listener) => storage.subscribe(listener),
    close: () => storage.close(),
  };
  return faulty;
}
