import { DossierError } from '../errors/dossier-error.js';
import type { AuditQuery } from './audit-query.js';
import { decodeAuditCursor } from './audit-cursor.js';

const PHASES = new Set(['proposal', 'contract', 'archived', 'lost']);

/** Throws `invalid-input` unless `query` is a well-formed audit query (limit 1..1000, known phases, our cursor). */
export function validateAuditQuery(query: AuditQuery): void {
  if (!query || typeof query !== 'object') throw new DossierError('invalid-input', { field: 'query' });
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 1000) {
    throw new DossierError('invalid-input', { field: 'limit', reason: '1..1000' });
  }
  if (query.phases !== undefined && (!Array.isArray(query.phases) || query.phases.some((p) => !PHASES.has(p)))) {
    throw new DossierError('invalid-input', { field: 'phase' });
  }
  if (query.order !== undefined && query.order !== 'oldest' && query.order !== 'newest') {
    throw new DossierError('invalid-input', { field: 'order' });
  }
  if (query.cursor !== undefined && query.cursor !== null && (typeof query.cursor !== 'string' || !decodeAuditCursor(query.cursor))) {
    throw new DossierError('invalid-input', { field: 'cursor' });
  }
}
