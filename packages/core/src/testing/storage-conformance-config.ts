import type { StoragePort } from '../storage/storage-port.js';

/** A mocha-style suite function (`describe`). */
export type SuiteFunction = (name: string, body: () => void) => void;
/** A mocha-style test function (`it`); the body may be async. */
export type TestFunction = (name: string, body: () => Promise<void> | void) => void;

/** How to run the storage conformance suite against one adapter. */
export interface StorageConformanceConfig {
  /** Shown in the suite's title. */
  name: string;
  /** A new, empty storage; called once per test. */
  create: () => StoragePort | Promise<StoragePort>;
  /** Cleans up after a test (delete the database…). `close()` is called before. */
  destroy?: (storage: StoragePort) => void | Promise<void>;
  /**
   * Another connection to the same data, as a second tab or client would open.
   * Enables the cross-context change tests when `capabilities.crossContextChanges` is true.
   */
  connectAgain?: (storage: StoragePort) => StoragePort | Promise<StoragePort>;
  capabilities?: {
    /**
     * Arms a failure in the middle of the next commit (after it started
     * writing). Enables the injected-failure test. May return a function that
     * disarms it, called once that commit ended: a commit too small to reach
     * the failure point must not leave it armed for a later one.
     */
    injectCommitFailure?: (storage: StoragePort) => void | (() => void);
    /** Store and read back a 20 MB Blob. Default true. */
    largeBlobs?: boolean;
  };
  /**
   * Deterministic races: where the first call is held. `every` read (the
   * default) or its first and last (`ends`), for slower adapters; `false`
   * leaves them out (only for a second run of an adapter already raced
   * elsewhere, e.g. the same REST client through a service worker).
   * `pairs`: every ordered pair of writes (`1`, the default), or one pair in
   * `n`, chosen the same way on every run so that each write still meets a
   * spread of others as first and as second call: for slow adapters whose
   * storage logic is raced in full elsewhere (the memory storage runs every
   * pair at every read point).
   */
  races?: { readPoints?: 'every' | 'ends'; pairs?: number } | false;
  /**
   * Random walks of writes with injected faults (see `runFaultInjection`):
   * how many runs, 200 by default; `false` leaves them out (same rule as `races`).
   */
  faultInjection?: { runs?: number; seed?: number } | false;
  /** Random operation sequences for the aggregate test. Default 3 sequences of 40 operations. */
  randomSequences?: number;
  /** Seed of the random sequences. Default 20261128. */
  seed?: number;
  /** Defaults: the `describe` and `it` globals (mocha, WTR, node:test's globals). */
  describe?: SuiteFunction;
  it?: TestFunction;
}
