import { DossierError, type Locale } from '@dossier/core';
import { type AuditQuery } from '@dossier/core/adapter';
import { encodeQueryValue } from './encode-query-value.js';

/**
 * The query string of `GET /audit` for `query` (without `?`): repeated
 * `phase`, then `riskTypeId`, `onlyIncomplete`, `onlyToReview`, `onlyRemindersExhausted`, `order`, `limit`, `cursor`, `now`.
 * Values are sent as given; the server validates them (limit range, phases, cursor).
 *
 * @throws DossierError `invalid-input` when a member has a type no query string can carry.
 */
export function encodeAuditQuery(query: AuditQuery, locale?: Locale): string {
  if (typeof query !== 'object' || query === null) throw new DossierError('invalid-input', { field: 'query' }, { locale });
  const pairs: string[] = [];
  const add = (name: string, value: string) => pairs.push(`${name}=${encodeQueryValue(value, name, locale)}`);
  if (query.phases !== undefined) {
    if (!Array.isArray(query.phases)) throw new DossierError('invalid-input', { field: 'phase' }, { locale });
    for (const phase of query.phases as readonly unknown[]) {
      if (typeof phase !== 'string') throw new DossierError('invalid-input', { field: 'phase' }, { locale });
      add('phase', phase);
    }
  }
  if (query.riskTypeId !== undefined) {
    if (typeof query.riskTypeId !== 'string') throw new DossierError('invalid-input', { field: 'riskTypeId' }, { locale });
    add('riskTypeId', query.riskTypeId);
  }
  if (query.onlyIncomplete !== undefined) {
    if (typeof query.onlyIncomplete !== 'boolean') throw new DossierError('invalid-input', { field: 'onlyIncomplete' }, { locale });
    add('onlyIncomplete', String(query.onlyIncomplete));
  }
  if (query.onlyToReview !== undefined) {
    if (typeof query.onlyToReview !== 'boolean') throw new DossierError('invalid-input', { field: 'onlyToReview' }, { locale });
    add('onlyToReview', String(query.onlyToReview));
  }
  if (query.onlyRemindersExhausted !== undefined) {
    if (typeof query.onlyRemindersExhausted !== 'boolean')
      throw new DossierError('invalid-input', { field: 'onlyRemindersExhausted' }, { locale });
    add('onlyRemindersExhausted', String(query.onlyRemindersExhausted));
  }
  if (query.order !== undefined) {
    if (typeof query.order !== 'string') throw new DossierError('invalid-input', { field: 'order' }, { locale });
    add('order', query.order);
  }
  if (typeof query.limit !== 'number') throw new DossierError('invalid-input', { field: 'limit', reason: '1..1000' }, { locale });
  add('limit', String(query.limit));
  if (query.cursor !== undefined && query.cursor !== null) {
    if (typeof query.cursor !== 'string') throw new DossierError('invalid-input', { field: 'cursor' }, { locale });
    add('cursor', query.cursor);
  }
  if (query.offset !== undefined && query.offset !== 0) {
    if (typeof query.offset !== 'number') throw new DossierError('invalid-input', { field: 'offset' }, { locale });
    add('offset', String(query.offset));
  }
  if (query.now !== undefined) {
    if (typeof query.now !== 'string') throw new DossierError('invalid-input', { field: 'now' }, { locale });
    add('now', query.now);
  }
  return pairs.join('&');
}
