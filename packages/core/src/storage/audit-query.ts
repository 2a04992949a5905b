import type { DossierPhase } from '../model/dossier.js';
import type { DossierSummary } from '../model/dossier-summary.js';

/** Order of audit rows. `oldest`: most overdue first (earliest `since`), the default. */
export type AuditOrder = 'oldest' | 'newest';

/** An indexed query on stored dossier summaries. */
export interface AuditQuery {
  /** Only these phases (default: every phase). */
  readonly phases?: readonly DossierPhase[];
  readonly riskTypeId?: string;
  /** Only dossiers missing a required piece, or waiting for its review (at `now`). */
  readonly onlyIncomplete?: boolean;
  /**
   * Only dossiers with documents waiting for the broker's review ("à vérifier"). Those are few
   * at any time (work in progress), so an adapter may read them through one index of their own
   * and apply the other filters as it reads.
   */
  readonly onlyToReview?: boolean;
  /**
   * Only dossiers whose automatic reminders are exhausted ("relances
   * épuisées": `remindersExhausted` 1 at `now`), which implies incomplete.
   */
  readonly onlyRemindersExhausted?: boolean;
  readonly order?: AuditOrder;
  /** Page size, 1..1000. */
  readonly limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  readonly cursor?: string | null;
  /**
   * Rows to skip, in audit order, before the page starts: a scrolled list
   * jumps to any position in one request instead of walking the pages before
   * it. Only without a cursor (a query gives one or the other). Default 0.
   */
  readonly offset?: number;
  /**
   * The moment the figures are judged at (ISO timestamp): rows, filters and
   * total are as they are then, documents expired by then counted missing.
   * Absent: the figures as stored. Core always gives it (the client's clock).
   */
  readonly now?: string;
}

/** One page of an audit query. */
export interface AuditPage<T = DossierSummary> {
  readonly items: readonly T[];
  /** Rows matching the filters, over all pages. */
  readonly total: number;
  /** Cursor of the next page, `null` on the last. */
  readonly nextCursor: string | null;
}
