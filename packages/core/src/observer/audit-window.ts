import type { AuditRow, ClientAuditQuery, DossierClient } from '../client/dossier-client.js';
import type { AuditOrder } from '../storage/audit-query.js';
import { AUDIT_DEFAULTS } from '../storage/audit-defaults.js';

/**
 * The filters of an audit window, in `client.audit`'s words (defaults: contracts,
 * only incomplete ones, oldest first); a change starts over from the first row.
 */
export type AuditWindowFilters = Pick<ClientAuditQuery, 'phase' | 'riskTypeId' | 'onlyIncomplete' | 'onlyRemindersExhausted' | 'order'>;

/** Where an audit window stands. */
export type AuditWindowStatus = 'no-client' | 'loading' | 'ready' | 'error';

/** Options of an {@link AuditWindow}. */
export interface AuditWindowOptions {
  /** Rows fetched at least per request (`client.audit`'s `limit`). Default 50. */
  readonly pageSize?: number;
  /** Client changes are coalesced for this long before the window reloads. Default 100 ms. */
  readonly debounceMs?: number;
}

/** Loaded rows by index, and the cursors known to reach further ones. */
interface RowCache {
  total: number | undefined;
  readonly rows: Map<number, AuditRow>;
  /** Row index → cursor of `client.audit` in the filters' order starting at that row. */
  readonly forward: Map<number, string | null>;
  /** Distance from the last row → cursor in the reverse order starting there. */
  readonly backward: Map<number, string | null>;
}

interface Fetch {
  readonly direction: 'forward' | 'backward';
  readonly start: number;
  readonly cursor: string | null;
  /** A jump: rows skipped before `start` (forward only, never with a cursor). */
  readonly offset?: number;
  readonly limit: number;
}

const emptyCache = (): RowCache => ({ total: undefined, rows: new Map(), forward: new Map([[0, null]]), backward: new Map([[0, null]]) });

/**
 * The rows of the audit a scrolled list shows, loaded through `client.audit`'s
 * cursors and kept: framework-agnostic, so the `<dossier-audit>` element and a
 * React hook (`useAudit`) are thin glue over it. Rows next to rows already
 * loaded are reached with the cursors of their pages (newest ⇄ oldest are
 * exact reverses, so near the end by paging backward); rows further away with
 * one request at their `offset`, so a jump to the middle or the bottom of
 * 100,000 contracts never walks the pages before it.
 *
 * Any client change that touches dossiers or risk types reloads the window
 * (debounced), keeping the current rows until the fresh ones arrive: a new or
 * completed contract shifts every index after it, so no loaded row can be
 * trusted past a change.
 *
 * @example
 * const audit = new AuditWindow({ pageSize: 50 });
 * audit.subscribe(() => render(audit.total, audit.row(0)));
 * audit.setSource(client, { phase: 'contract', onlyIncomplete: true });
 * audit.setWindow(0, 20);
 */
export class AuditWindow {
  status: AuditWindowStatus = 'no-client';
  error: unknown;

  private cache: RowCache = emptyCache();
  /** A reload in progress: it replaces `cache` once the window is filled. */
  private pending: RowCache | undefined;
  private client: DossierClient | undefined;
  private filters: AuditWindowFilters | undefined;
  private key = '';
  private wanted: readonly [number, number] = [0, 0];
  private generation = 0;
  private filling: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly listeners = new Set<() => void>();
  private pageSize: number;

  constructor(private readonly options: AuditWindowOptions = {}) {
    this.pageSize = options.pageSize ?? 50;
  }

  /** Rows matching the filters, over all pages; `undefined` before the first answer. */
  get total(): number | undefined {
    return this.cache.total;
  }

  /** Whether a load or a debounced reload is under way. */
  get busy(): boolean {
    return this.filling !== undefined || this.timer !== undefined || this.pending !== undefined;
  }

  /** The row at `index` in the filters' order, when loaded. */
  row(index: number): AuditRow | undefined {
    return this.cache.rows.get(index);
  }

  /** Calls `listener` whenever rows, total, status or busy change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.listen();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopListening();
    };
  }

  /** Rows fetched at least per request; takes effect from the next request. */
  setPageSize(pageSize: number): void {
    this.pageSize = pageSize;
  }

  /** The client and filters to show; the same again changes nothing, anything else starts over. */
  setSource(client: DossierClient | undefined, filters: AuditWindowFilters): void {
    const key = JSON.stringify(filters);
    if (client === this.client && key === this.key) return;
    const clientChanged = client !== this.client;
    this.client = client;
    this.filters = filters;
    this.key = key;
    if (clientChanged) {
      this.stopListening();
      this.listen();
    }
    this.reset();
  }

  /** Rows `first` (inclusive) to `end` (exclusive) are on screen: load those missing. */
  setWindow(first: number, end: number): void {
    const start = Math.max(0, Math.floor(first));
    this.wanted = [start, Math.max(start, Math.ceil(end))];
    // After a failure only "Retry" or a client change loads again: no request loop on every render.
    if (this.status !== 'error') this.fill(this.pending ?? this.cache);
  }

  /** Starts over from an empty cache (the "Retry" button). */
  reload(): void {
    this.reset();
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private listen(): void {
    if (this.unsubscribe || !this.client || this.listeners.size === 0) return;
    this.unsubscribe = this.client.subscribe((event) => {
      if (event.dossierIds.length === 0 && event.riskTypeIds.length === 0) return;
      this.clearTimer();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.refresh();
      }, this.options.debounceMs ?? 100);
    });
  }

  private stopListening(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private reset(): void {
    this.generation += 1;
    this.clearTimer();
    this.cache = emptyCache();
    this.pending = undefined;
    this.error = undefined;
    this.status = this.client ? 'loading' : 'no-client';
    this.fill(this.cache);
  }

  /** Reloads the window in the background; the current rows stay until it is filled. */
  private refresh(): void {
    if (!this.client) return;
    if (this.cache.total === undefined) {
      this.reset();
      this.notify();
      return;
    }
    this.generation += 1;
    this.pending = emptyCache();
    this.fill(this.pending);
  }

  private fill(cache: RowCache): void {
    const client = this.client;
    if (!client || this.filling === this.generation) return;
    void this.run(client, cache, this.generation);
  }

  private async run(client: DossierClient, cache: RowCache, generation: number): Promise<void> {
    // Nothing to fetch: return without a notification, or every render would schedule another one.
    if (!this.nextFetch(cache) && cache !== this.pending) return;
    this.filling = generation;
    try {
      for (;;) {
        const next = this.nextFetch(cache);
        const filters = this.filters;
        if (!next || !filters) break;
        const forward = filters.order ?? AUDIT_DEFAULTS.order;
        const order: AuditOrder = next.direction === 'forward' ? forward : forward === 'oldest' ? 'newest' : 'oldest';
        const page = await client.audit({
          ...filters,
          order,
          limit: next.limit,
          ...(next.offset ? { offset: next.offset } : { cursor: next.cursor }),
        });
        if (generation !== this.generation) return;
        if (cache.total !== undefined && page.total !== cache.total) {
          // The rows moved under us without an event reaching us yet: start the window again.
          this.filling = undefined;
          this.refresh();
          return;
        }
        cache.total = page.total;
        const total = page.total;
        page.items.forEach((item, offset) => {
          const position = next.start + offset;
          cache.rows.set(next.direction === 'forward' ? position : total - 1 - position, item);
        });
        if (page.nextCursor !== null) {
          (next.direction === 'forward' ? cache.forward : cache.backward).set(next.start + page.items.length, page.nextCursor);
        }
        if (cache === this.cache) {
          this.status = 'ready';
          this.notify();
        }
      }
      if (generation !== this.generation) return;
      if (cache === this.pending) {
        this.cache = cache;
        this.pending = undefined;
      }
      this.status = 'ready';
      this.error = undefined;
      this.notify();
    } catch (error) {
      if (generation !== this.generation) return;
      this.pending = undefined;
      this.status = 'error';
      this.error = error;
      this.notify();
    } finally {
      if (this.filling === generation) this.filling = undefined;
    }
  }

  /** The next request that brings missing rows of the wanted window, from the nearer end. */
  private nextFetch(cache: RowCache): Fetch | undefined {
    const pageSize = Math.min(AUDIT_DEFAULTS.maxLimit, Math.max(1, Math.floor(this.pageSize) || AUDIT_DEFAULTS.limit));
    const limitFor = (rows: number): number => Math.min(AUDIT_DEFAULTS.maxLimit, Math.max(pageSize, rows));
    const [first, end] = this.wanted;
    const total = cache.total;
    if (total === undefined) return { direction: 'forward', start: 0, cursor: null, limit: limitFor(end) };
    const stop = Math.min(end, total);
    let firstMissing = -1;
    let lastMissing = -1;
    for (let index = first; index < stop; index += 1) {
      if (cache.rows.has(index)) continue;
      if (firstMissing < 0) firstMissing = index;
      lastMissing = index;
    }
    if (firstMissing < 0) return undefined;
    const forwardStart = nearestAtOrBefore(cache.forward, firstMissing);
    const reverseFirst = total - 1 - lastMissing;
    const backwardStart = nearestAtOrBefore(cache.backward, reverseFirst);
    if (Math.min(firstMissing - forwardStart, reverseFirst - backwardStart) > pageSize) {
      // Further than a page from any known cursor: one request at the offset rather than a walk.
      return {
        direction: 'forward',
        start: firstMissing,
        cursor: null,
        offset: firstMissing,
        limit: limitFor(lastMissing + 1 - firstMissing),
      };
    }
    if (firstMissing - forwardStart <= reverseFirst - backwardStart) {
      return {
        direction: 'forward',
        start: forwardStart,
        cursor: cache.forward.get(forwardStart) ?? null,
        limit: limitFor(lastMissing + 1 - forwardStart),
      };
    }
    return {
      direction: 'backward',
      start: backwardStart,
      cursor: cache.backward.get(backwardStart) ?? null,
      limit: limitFor(total - firstMissing - backwardStart),
    };
  }
}

/** The largest key of `cursors` not above `index` (0 is always there). */
function nearestAtOrBefore(cursors: ReadonlyMap<number, string | null>, index: number): number {
  let best = 0;
  for (const key of cursors.keys()) if (key <= index && key > best) best = key;
  return best;
}
