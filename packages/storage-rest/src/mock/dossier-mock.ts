import type { StoragePort } from '@dossier/core';
import type { HttpHandler } from 'msw';
import type { CommitFault, CommitFaultOptions } from './commit-fault.js';

/** An in-memory server of the Dossier REST contract, as msw handlers. */
export interface DossierMock {
  /** Hand them to `setupServer(...)` (Node) or `setupWorker(...)` (browser), or to `server.use(...)`. */
  readonly handlers: HttpHandler[];
  /** The server's data, to seed it or to check what a failed request left behind. */
  readonly storage: StoragePort;
  readonly faults: {
    /** Makes the next `POST /commits` fail in this way (see `CommitFault`). */
    nextCommit(kind: CommitFault, options?: CommitFaultOptions): void;
    /** Disarms every fault. */
    clear(): void;
  };
  /** Counters, for tests. */
  readonly stats: {
    /** `POST /commits` requests received, retries included. */
    readonly commitRequests: number;
    /** Commits applied to `storage` (an idempotent retry does not count again). */
    readonly commitsApplied: number;
  };
}
