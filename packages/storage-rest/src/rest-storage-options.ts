import type { Locale } from '@dossier/core';

/** Options of `createRestStorage`. */
export interface RestStorageOptions {
  /**
   * Where the API lives, without a trailing slash: `https://crm.example/api/dossier`.
   * May be relative (`/api/dossier`) in a browser.
   */
  readonly baseUrl: string;
  /**
   * Headers added to every request, asked for again before each attempt so
   * that a refreshed token is used: `() => ({ Authorization: \`Bearer ${token()}\` })`.
   */
  readonly headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** The fetch to use (default: `globalThis.fetch`, looked up at each request). */
  readonly fetch?: typeof fetch;
  /** Time-out of one attempt, in ms, before any transfer allowance. Default 15,000. */
  readonly timeoutMs?: number;
  /**
   * Slowest transfer still considered alive, in bytes per second: an attempt
   * moving a blob gets `size / minBytesPerSecond` seconds on top of `timeoutMs`.
   * Default 50,000 (a poor mobile link).
   */
  readonly minBytesPerSecond?: number;
  /** Pause between two polls of the change feed while someone is subscribed, in ms. Default 5,000. */
  readonly pollIntervalMs?: number;
  /** How many times a retryable request is sent again (GETs, commits with an idempotency key). Default 2. */
  readonly retries?: number;
  /** First backoff delay in ms, doubled at each retry (with jitter). Default 300. */
  readonly retryDelayMs?: number;
  /** Largest blob accepted, in bytes; larger ones fail with `file-too-large` before upload. Default 100 MiB. */
  readonly maxBlobBytes?: number;
  /**
   * Send an `Idempotency-Key` with each commit, so that a commit is retried
   * after a failure. Default true; set false only for a backend that ignores
   * the header (commits are then never retried).
   */
  readonly idempotentCommits?: boolean;
  /** Language of the errors' messages. Default French. */
  readonly locale?: Locale;
}
