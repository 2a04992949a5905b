import { DossierError } from '../errors/dossier-error.js';
import type { AuditQuery } from './audit-query.js';
import { decodeAuditCursor } from './audit-cursor.js';
import { DOSSIER_PHASES } from '../model/dossier-phases.js';
import { AUDIT_DEFAULTS } from './audit-defaults.js';

/**
 * Throws `invalid-input` unless `query` is a well-formed audit query: limit
 * 1..1000, known phases, a string risk type, a known order, a cursor of ours
 * or an offset (a whole number, never with a cursor), an ISO `now`. Every adapter calls it first, so all refuse the same queries.
 */
export function validateAuditQuery(query: AuditQuery): void {
  if (!query || typeof query !== 'object') throw new DossierError('invalid-input', { field: 'query' });
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > AUDIT_DEFAULTS.maxLimit) {
    throw new DossierError('invalid-input', { field: 'limit', reason: `1..${AUDIT_DEFAULTS.maxLimit}` });
  }
  if (query.phases !== undefined && (!Array.isArray(query.phases) || query.phases.some((p) => !DOSSIER_PHASES.includes(p)))) {
    throw new DossierError('invalid-input', { field: 'phase' });
  }
  if (query.riskTypeId !== undefined && (typeof query.riskTypeId !== 'string' || query.riskTypeId === '')) {
    throw new DossierError('invalid-input', { field: 'riskTypeId' });
  }
  if (query.onlyIncomplete !== undefined && typeof query.onlyIncomplete !== 'boolean') {
    throw new DossierError('invalid-input', { field: 'onlyIncomplete' });
  }
  if (query.onlyToReview !== undefined && typeof query.onlyToReview !== 'boolean') {
    throw new DossierError('invalid-input', { field: 'onlyToReview' });
  }
  if (query.onlyRemindersExhausted !== undefined && typeof query.onlyRemindersExhausted !== 'boolean') {
    throw new DossierError('invalid-input', { field: 'onlyRemindersExhausted' });
  }
  if (query.order !== undefined && query.order !== 'oldest' && query.order !== 'newest') {
    throw new DossierError('invalid-input', { field: 'order' });
  }
  if (query.cursor !== undefined && query.cursor !== null && (typeof query.cursor !== 'string' || !decodeAuditCursor(query.cursor))) {
    throw new DossierError('invalid-input', { field: 'cursor' });
  }
  if (query.offset !== undefined && (!Number.isSafeInteger(query.offset) || query.offset < 0)) {
    throw new DossierError('invalid-input', { field: 'offset', reason: 'a whole number, 0 or more' });
  }
  if (query.offset !== undefined && query.offset > 0 && typeof query.cursor === 'string') {
    throw new DossierError('invalid-input', { field: 'offset', reason: 'either a cursor or an offset' });
  }
  if (query.now !== undefined && (typeof query.now !== 'string' || Number.isNaN(Date.parse(query.now)))) {
    throw new DossierError('invalid-input', { field: 'now', reason: 'an ISO timestamp' });
  }
}
