import type { AuditOrder } from './audit-query.js';
import type { AuditCursorPosition } from './audit-cursor.js';
import { AUDIT_DEFAULTS } from './audit-defaults.js';

/**
 * The audit sort: by `since`, then `id`, ascending for `oldest` (most overdue
 * first), descending for `newest`. Every adapter pages in exactly this order.
 */
export function compareAuditRows(a: AuditCursorPosition, b: AuditCursorPosition, order: AuditOrder = AUDIT_DEFAULTS.order): number {
  const sign = order === 'newest' ? -1 : 1;
  if (a.since !== b.since) return a.since < b.since ? -sign : sign;
  if (a.id !== b.id) return a.id < b.id ? -sign : sign;
  return 0;
}
