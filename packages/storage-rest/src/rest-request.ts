import type { ProblemDetails } from './wire/problem-details.js';

/** One HTTP exchange with the backend, as `requestWithRetry` runs it. */
export interface RestRequest<T> {
  readonly method: 'GET' | 'POST';
  /** Path and query after `baseUrl`, already percent-encoded, starting with `/`. */
  readonly path: string;
  readonly body?: FormData;
  /**
   * Extra headers. A POST is sent again after a failure only when it carries
   * `Idempotency-Key`: the server then applies it once however often it arrives.
   */
  readonly headers?: Readonly<Record<string, string>>;
  /** The `Accept` header. */
  readonly accept: string;
  /** Bytes of the body beyond a few kilobytes (blob parts): the time-out grows with them. */
  readonly uploadBytes?: number;
  /** Turns a 2xx answer into the result; throw a DossierError for a malformed answer. */
  readonly read: (response: Response) => Promise<T>;
  /** Turns an error answer into a result instead (a 404 on a read means "absent"); `undefined` keeps it an error. */
  readonly recover?: (status: number, problem: ProblemDetails | undefined) => { readonly value: T } | undefined;
}
