import type { Locale } from '@dossier/core';
import type { Closer } from './closer.js';

/** What every request of one REST storage shares. */
export interface RequestContext {
  /** Joined to each request's path as a string, so it may be relative in a browser. */
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly headers: (() => Record<string, string> | Promise<Record<string, string>>) | undefined;
  readonly timeoutMs: number;
  readonly minBytesPerSecond: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly locale: Locale | undefined;
  /** Closes with the storage: requests in flight and retry pauses stop at once. */
  readonly closer: Closer;
}
