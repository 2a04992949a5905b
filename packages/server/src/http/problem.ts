import { DossierError, isDossierError, type DossierErrorCode } from '@dossier/core';
import { DOSSIER_ERROR_STATUS, type ProblemDetails } from '@dossier/storage-rest';
import { AuthenticationError } from '../auth/authentication-error.js';

/** An error as the server answers it: a status and an `application/problem+json` body. */
export interface Problem {
  readonly status: number;
  readonly body: ProblemDetails & { readonly status: number; readonly code: DossierErrorCode };
  /** Seconds a client should wait before trying again (`Retry-After`), when known. */
  readonly retryAfterSeconds?: number;
}

/** Fastify and @fastify/multipart error codes that mean "the request is too large". */
const TOO_LARGE = new Set(['FST_ERR_CTP_BODY_TOO_LARGE', 'FST_REQ_FILE_TOO_LARGE']);
/** …and those that mean "the request is malformed", answered 400. */
const MALFORMED = new Set([
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PROTO_VIOLATION',
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
  'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_JSON_BODY',
]);

/**
 * The problem for anything a request failed with. DossierErrors get the
 * status of their code (`DOSSIER_ERROR_STATUS`), authentication refusals
 * 401/403, request validation and malformed bodies 400 `invalid-input`,
 * oversized bodies 413; anything else is a 500 `storage-unavailable` that
 * says nothing of its cause (no message, no stack: they stay in the logs).
 */
export function problemOf(error: unknown, maxBlobBytes?: number): Problem {
  if (isDossierError(error)) {
    // A key reused for another commit is 422, as the contract says.
    const status = error.code === 'invalid-input' && error.details.field === 'Idempotency-Key' ? 422 : DOSSIER_ERROR_STATUS[error.code];
    return problem(status, error, status === 503 ? 1 : undefined);
  }
  if (error instanceof AuthenticationError) {
    return problem(
      error.status,
      new DossierError('storage-unavailable', {
        reason: error.status === 401 ? `unauthenticated: ${error.reason}` : `forbidden: ${error.reason}`,
      }),
    );
  }
  const fastify = error as { code?: unknown; statusCode?: unknown; validation?: unknown; validationContext?: unknown; message?: unknown };
  if (Array.isArray(fastify.validation)) {
    const first = fastify.validation[0] as { instancePath?: string; params?: { missingProperty?: string }; message?: string } | undefined;
    const path = `${String(fastify.validationContext ?? 'request')}${first?.instancePath ?? ''}${first?.params?.missingProperty ? `/${first.params.missingProperty}` : ''}`;
    return problem(
      400,
      new DossierError('invalid-input', { field: path.replaceAll('/', '.'), reason: String(first?.message ?? 'invalid').slice(0, 200) }),
    );
  }
  const code = typeof fastify.code === 'string' ? fastify.code : '';
  if (TOO_LARGE.has(code))
    return problem(413, new DossierError('file-too-large', maxBlobBytes === undefined ? {} : { maxBytes: maxBlobBytes }));
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return problem(415, new DossierError('invalid-input', { field: 'content-type', reason: 'unsupported content type' }));
  const statusCode = typeof fastify.statusCode === 'number' ? fastify.statusCode : 0;
  if (MALFORMED.has(code) || (statusCode >= 400 && statusCode < 500) || isMalformedMultipart(fastify.message)) {
    return problem(
      statusCode >= 400 && statusCode < 500 && statusCode !== 413 ? statusCode : 400,
      new DossierError('invalid-input', { field: 'body', reason: 'malformed request' }),
    );
  }
  return problem(500, new DossierError('storage-unavailable', { reason: 'server error' }));
}

/** Busboy's messages for a body that is not well-formed multipart. */
function isMalformedMultipart(message: unknown): boolean {
  return (
    typeof message === 'string' &&
    /^(Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found|Part terminated early)/.test(message)
  );
}

function problem(status: number, error: DossierError, retryAfterSeconds?: number): Problem {
  const english = error.localize('en');
  return {
    status,
    body: { type: `urn:dossier:error:${error.code}`, title: english.message, status, code: error.code, details: error.details },
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

/** The same problem answered with another status (a 404 for an unknown endpoint, a 429 when rate-limited). */
export function withStatus(problem: Problem, status: number, retryAfterSeconds?: number): Problem {
  return { status, body: { ...problem.body, status }, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
}
