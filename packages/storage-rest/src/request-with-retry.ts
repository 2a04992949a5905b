import { DossierError, isDossierError } from '@dossier/core';
import { httpErrorToDossierError } from './http-error-to-dossier-error.js';
import type { RequestContext } from './request-context.js';
import type { RestRequest } from './rest-request.js';
import { parseProblemDetails } from './wire/parse-problem-details.js';
import type { ProblemDetails } from './wire/problem-details.js';

/** Statuses after which the same request may succeed. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** A server asking to wait longer than this is not retried: a broker is waiting on the other side. */
const MAX_RETRY_AFTER_MS = 10_000;

type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DossierError; readonly retryable: boolean; readonly retryAfterMs?: number };

/**
 * Sends requests with the storage's headers, time-out and retry policy.
 *
 * - Headers come from the host's function on every attempt (tokens may rotate).
 * - Each attempt has a time-out of `timeoutMs`, plus the time to move its
 *   bytes at `minBytesPerSecond` (uploads, then downloads once their length is
 *   known); past it the attempt is aborted: `storage-unavailable`, reason `timeout`.
 * - Only GETs and POSTs carrying `Idempotency-Key` are sent again, after a
 *   network error, a time-out, or 408/429/500/502/503/504, with exponential
 *   backoff and jitter (and at least `Retry-After`).
 */
export function createRequestWithRetry(context: RequestContext): <T>(request: RestRequest<T>) => Promise<T> {
  return async function requestWithRetry<T>(request: RestRequest<T>): Promise<T> {
    const retryable = request.method === 'GET' || request.headers?.['Idempotency-Key'] !== undefined;
    const attempts = retryable ? context.retries + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await send(request, context);
      if (outcome.ok) return outcome.value;
      if (!outcome.retryable || attempt >= attempts) throw outcome.error;
      const backoff = context.retryDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      await pause(Math.max(backoff, outcome.retryAfterMs ?? 0), context);
    }
  };
}

async function send<T>(request: RestRequest<T>, context: RequestContext): Promise<Outcome<T>> {
  const { locale } = context;
  if (context.closer.closed) throw closedError(context);
  const headers = await buildHeaders(request, context);
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (bytes: number) => {
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timedOut = true;
        controller.abort();
      },
      context.timeoutMs + (bytes / context.minBytesPerSecond) * 1000,
    );
  };
  const forget = context.closer.onClose(() => controller.abort());
  arm(request.uploadBytes ?? 0);
  try {
    const response = await context.fetch(`${context.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body ? { body: request.body } : {}),
      signal: controller.signal,
      // Records change under other clients: a cached answer would be a stale read.
      cache: 'no-store',
    });
    if (response.ok) {
      const length = Number(response.headers.get('Content-Length'));
      if (Number.isFinite(length) && length > 0) arm(length);
      return { ok: true, value: await request.read(response) };
    }
    const problem = await readProblem(response);
    const recovered = request.recover?.(response.status, problem);
    if (recovered) return { ok: true, value: recovered.value };
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    return {
      ok: false,
      error: httpErrorToDossierError(response.status, problem, locale),
      retryable: RETRYABLE_STATUSES.has(response.status) && (retryAfterMs === undefined || retryAfterMs <= MAX_RETRY_AFTER_MS),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  } catch (error) {
    if (context.closer.closed) throw closedError(context);
    if (timedOut) return { ok: false, error: new DossierError('storage-unavailable', { reason: 'timeout' }, { locale }), retryable: true };
    if (isDossierError(error)) return { ok: false, error, retryable: false };
    return { ok: false, error: new DossierError('storage-unavailable', { reason: 'network' }, { locale, cause: error }), retryable: true };
  } finally {
    clearTimeout(timer);
    forget();
  }
}

async function buildHeaders(request: RestRequest<unknown>, context: RequestContext): Promise<Headers> {
  const { locale } = context;
  let fromHost: unknown;
  try {
    fromHost = await context.headers?.();
  } catch (error) {
    if (isDossierError(error)) throw error;
    throw new DossierError('storage-unavailable', { reason: 'headers' }, { locale, cause: error });
  }
  if (fromHost !== undefined && (typeof fromHost !== 'object' || fromHost === null)) {
    throw new DossierError('invalid-input', { field: 'headers', reason: 'must return an object of strings' }, { locale });
  }
  const headers = new Headers();
  const entries = [
    ...Object.entries((fromHost ?? {}) as Record<string, unknown>),
    ...Object.entries(request.headers ?? {}),
    ['Accept', request.accept],
  ];
  for (const [name, value] of entries) {
    if (typeof value !== 'string')
      throw new DossierError('invalid-input', { field: 'headers', reason: `${name}: ${typeof value}` }, { locale });
    try {
      headers.set(name, value);
    } catch (error) {
      // A CR/LF or a non-Latin-1 character in a header would otherwise fail as a "network error" and be retried.
      throw new DossierError('invalid-input', { field: 'headers', reason: name.slice(0, 100) }, { locale, cause: error });
    }
  }
  return headers;
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  try {
    if (!/json/i.test(response.headers.get('Content-Type') ?? '')) {
      // Not awaited: some fetch implementations settle a cancel only once the stream ends.
      response.body?.cancel().catch(() => undefined);
      return undefined;
    }
    return parseProblemDetails(JSON.parse(await response.text()));
  } catch {
    return undefined;
  }
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function pause(ms: number, context: RequestContext): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      forget();
      resolve();
    }, ms);
    const forget = context.closer.onClose(() => {
      clearTimeout(timer);
      reject(closedError(context));
    });
  });
}

function closedError(context: RequestContext): DossierError {
  return new DossierError('storage-unavailable', { reason: 'closed' }, { locale: context.locale });
}
