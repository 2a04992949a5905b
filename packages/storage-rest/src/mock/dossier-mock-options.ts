import type { StoragePort } from '@dossier/core';
import type { CommitFault } from './commit-fault.js';

/** Options of `createDossierMockHandlers`. */
export interface DossierMockOptions {
  /** Where the mocked API lives, as given to `createRestStorage` (absolute in Node, may be relative in a browser). */
  readonly baseUrl: string;
  /** The server's data (default: a fresh `createMemoryStorage()`). */
  readonly storage?: StoragePort;
  /** Delay before each request is handled, in ms (or per request). Default 0. */
  readonly latencyMs?: number | ((request: Request) => number);
  /** Largest blob part accepted; larger ones answer 413. Default: no limit. */
  readonly maxBlobBytes?: number;
  /** Refuses requests with 401 when it returns false (for testing the host's auth headers). */
  readonly authorize?: (request: Request) => boolean | Promise<boolean>;
  /** How long a `timeout` fault stalls when the client never aborts, in ms. Default 30,000. */
  readonly stallMs?: number;
  /** The mocked server's clock, for the portal's links (default: now). */
  readonly now?: () => Date;
  /** Faults armed from the start. */
  readonly faults?: { readonly failNextCommit?: CommitFault };
}
