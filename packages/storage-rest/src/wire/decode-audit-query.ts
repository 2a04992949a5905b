import { DossierError, type AuditOrder, type DossierPhase } from '@dossier/core';
import { type AuditQuery } from '@dossier/core/adapter';

/**
 * The AuditQuery a `GET /audit` query string stands for, for servers. Only
 * types are checked here; pass the result to `StoragePort.queryAudit`, which
 * validates ranges, phases and cursors.
 *
 * @throws DossierError `invalid-input` when `limit` is missing or a parameter is repeated or malformed.
 */
export function decodeAuditQuery(params: URLSearchParams): AuditQuery {
  const single = (name: string): string | undefined => {
    const values = params.getAll(name);
    if (values.length > 1) throw new DossierError('invalid-input', { field: name, reason: 'given more than once' });
    return values[0];
  };
  const limitText = single('limit');
  // Number('') is 0 and Number(' 5 ') is 5: accept digits only, so that the range check sees what was sent.
  const limit = limitText !== undefined && /^-?\d+$/.test(limitText) ? Number(limitText) : Number.NaN;
  const onlyIncomplete = single('onlyIncomplete');
  if (onlyIncomplete !== undefined && onlyIncomplete !== 'true' && onlyIncomplete !== 'false') {
    throw new DossierError('invalid-input', { field: 'onlyIncomplete', reason: 'true or false' });
  }
  const onlyToReview = single('onlyToReview');
  if (onlyToReview !== undefined && onlyToReview !== 'true' && onlyToReview !== 'false') {
    throw new DossierError('invalid-input', { field: 'onlyToReview', reason: 'true or false' });
  }
  const onlyRemindersExhausted = single('onlyRemindersExhausted');
  if (onlyRemindersExhausted !== undefined && onlyRemindersExhausted !== 'true' && onlyRemindersExhausted !== 'false') {
    throw new DossierError('invalid-input', { field: 'onlyRemindersExhausted', reason: 'true or false' });
  }
  const riskTypeId = single('riskTypeId');
  const order = single('order');
  const cursor = single('cursor');
  const now = single('now');
  const offsetText = single('offset');
  const offset = offsetText === undefined ? undefined : /^-?\d+$/.test(offsetText) ? Number(offsetText) : Number.NaN;
  return {
    limit,
    ...(params.has('phase') ? { phases: params.getAll('phase') as DossierPhase[] } : {}),
    ...(riskTypeId !== undefined ? { riskTypeId } : {}),
    ...(onlyIncomplete !== undefined ? { onlyIncomplete: onlyIncomplete === 'true' } : {}),
    ...(onlyToReview !== undefined ? { onlyToReview: onlyToReview === 'true' } : {}),
    ...(onlyRemindersExhausted !== undefined ? { onlyRemindersExhausted: onlyRemindersExhausted === 'true' } : {}),
    ...(order !== undefined ? { order: order as AuditOrder } : {}),
    ...(cursor !== undefined ? { cursor } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(now !== undefined ? { now } : {}),
  };
}
