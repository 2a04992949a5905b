import type { AuditOrder } from './audit-query.js';

/**
 * The audit's defaults and limits, stated once: the client, the window, the
 * element and every adapter read them here.
 */
export const AUDIT_DEFAULTS: { readonly order: AuditOrder; readonly limit: number; readonly maxLimit: number } = {
  /** Most overdue first. */
  order: 'oldest',
  /** Rows per `client.audit` call when none is asked for. */
  limit: 50,
  /** Most rows one call returns. */
  maxLimit: 1000,
};
