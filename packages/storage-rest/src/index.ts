/**
 * @dossier/storage-rest — Dossier's storage over the host's own backend,
 * speaking the REST contract in `openapi.yaml`. An in-memory implementation
 * of that contract for msw is at `@dossier/storage-rest/mock`.
 * @packageDocumentation
 */
export { createRestStorage } from './create-rest-storage.js';
export type { RestStorageOptions } from './rest-storage-options.js';
export { createRestPortal } from './create-rest-portal.js';
export type { RestPortalOptions } from './rest-portal-options.js';
export { httpErrorToDossierError } from './http-error-to-dossier-error.js';
export { DOSSIER_ERROR_STATUS } from './wire/dossier-error-status.js';
export { PROBLEM_MEDIA_TYPE } from './wire/problem-media-type.js';
export { parseProblemDetails } from './wire/parse-problem-details.js';
export { encodeAuditQuery } from './wire/encode-audit-query.js';
export { decodeAuditQuery } from './wire/decode-audit-query.js';
export type { ProblemDetails } from './wire/problem-details.js';
export type { WireOperation } from './wire/wire-operation.js';
export type { CommitReceipt } from './wire/commit-receipt.js';
export type { ChangeFeedEntry, ChangeFeedPage } from './wire/change-feed-page.js';
