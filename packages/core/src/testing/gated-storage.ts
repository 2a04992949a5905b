import type { StoragePort } from '../storage/storage-port.js';

/** A pause armed on a gated storage. */
export interface ReadGate {
  /** Resolves once the chosen read has completed and its caller is held. */
  readonly paused: Promise<void>;
  /** Lets the held caller go on. */
  release(): void;
}

/** A storage that counts its reads and can hold the caller of a chosen one. */
export interface GatedStorage extends StoragePort {
  /** Reads served so far (get, getMany, listRiskTypes, listChildren, getBlob, queryAudit). */
  readonly reads: number;
  /**
   * Holds the caller of the `n`-th read from now (1-based) once that read has
   * completed, until `release()`: another call can then run to its end in
   * between, as a concurrent writer would.
   */
  pauseAfterRead(n: number): ReadGate;
}

/**
 * Wraps `storage` for deterministic race tests: pause one client call after
 * a chosen read, let another call finish, release, and check what both left.
 */
export function createGatedStorage(storage: StoragePort): GatedStorage {
  let reads = 0;
  let armed: { at: number; reached: () => void; gate: Promise<void> } | undefined;

  const read = async <T>(task: () => Promise<T>): Promise<T> => {
    const result = await task();
    reads += 1;
    if (armed && reads === armed.at) {
      const { gate, reached } = armed;
      armed = undefined;
      reached();
      await gate;
    }
    return result;
  };

  return {
    get capabilities() {
      return storage.capabilities;
    },
    get reads() {
      return reads;
    },
    pauseAfterRead(n) {
      let reached!: () => void;
      let release!: () => void;
      const paused = new Promise<void>((resolve) => (reached = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      armed = { at: reads + n, reached, gate };
      return { paused, release };
    },
    get: (kind, id) => read(() => storage.get(kind, id)),
    getMany: (kind, ids) => read(() => storage.getMany(kind, ids)),
    listRiskTypes: () => read(() => storage.listRiskTypes()),
    listChildren: (kind, parentId) => read(() => storage.listChildren(kind, parentId)),
    getBlob: (documentId) => read(() => storage.getBlob(documentId)),
    queryAudit: (query) => read(() => storage.queryAudit(query)),
    commit: (operations, scope) => storage.commit(operations, scope),
    subscribe: (listener) => storage.subscribe(listener),
    close: () => storage.close(),
  };
}
