import type { PostgresDatabase } from '@dossier/storage-postgres';
import type { RateLimiter } from '../http/rate-limiter.js';

/** What the public portal routes share. */
export interface PortalContext {
  readonly database: PostgresDatabase;
  /** Requests per client address, and per token (by its hash). */
  readonly addressRate: RateLimiter;
  readonly tokenRate: RateLimiter;
  /** Links that do not work, per client address: once spent, the address waits (enumeration). */
  readonly failureRate: RateLimiter;
  /** Every answer that a link does not work is sent no sooner than this after the request arrived. */
  readonly floorMs: number;
  /** Largest file accepted from a portal, whatever a piece says. */
  readonly maxBlobBytes: number;
  /** Where uploads are received before they are checked. */
  readonly tmpDir: string;
  readonly now: () => Date;
}
