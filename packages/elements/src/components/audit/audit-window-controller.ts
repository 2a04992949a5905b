import type { ReactiveController } from 'lit';
import type { AuditOrder, AuditRow, DossierClient, DossierPhase } from '@dossier/core';
import type { DossierElement } from '../../base/dossier-element.js';
import type { QueryStatus } from '../../controllers/dossier-query-controller.js';

/** The filters of an audit window; a change starts over from the first row. */
interface AuditWindowFilters {
  readonly phases: readonly DossierPhase[];
  readonly riskTypeId?: string;
  readonly onlyIncomplete: boolean;
  readonly order: AuditOrder;
}

/** How an {@link AuditWindowController} queries. */
export interface AuditWindowOptions {
  readonly filters: () => AuditWindowFilters;
  /** Rows fetched at least per request (`client.audit`'s `limit`). */
  readonly pageSize: () => number;
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
  readonly limit: number;
}

/** `client.audit` returns at most this many rows per call. */
const MAX_LIMIT = 1000;

const emptyCache = (): RowCache => ({ total: undefined, rows: new Map(), forward: new Map([[0, null]]), backward: new Map([[0, null]]) });

/**
 * Loads only the rows of the audit that a scrolled window shows, through
 * `client.audit`'s cursors, and keeps what it loaded. Rows near the end are
 * reached by paging the reverse order (newest ⇄ oldest are exact reverses), so a
 * jump to the bottom of 100,000 contracts does not walk every page before it.
 *
 * Any client change that touches dossiers or risk types reloads the window
 * (debounced), keeping the current rows on screen until the fresh ones arrive:
 * a new or completed contract shifts every index after it, so no loaded row can
 * be trusted past a change.
 */
export class AuditWindowController implements ReactiveController {
  status: QueryStatus = 'no-client';
  error: unknown;

  private cache: RowCache = emptyCache();
  /** A reload in progress: it replaces `cache` once the window is filled. */
  private pending: RowCache | undefined;
  private client: DossierClient | undefined;
  private key = '';
  private wanted: readonly [number, number] = [0, 0];
  private generation = 0;
  private filling: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: DossierElement,
    private readonly options: AuditWindowOptions,
  ) {
    host.addController(this);
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
  }

  hostConnected(): void {
    this.connected = true;
    if (this.client) this.listen(this.client);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.clearTimer();
  }

  hostUpdate(): void {
    const client = this.host.activeClient;
    const key = JSON.stringify(this.options.filters());
    if (client === this.client && key === this.key) return;
    const clientChanged = client !== this.client;
    this.client = client;
    this.key = key;
    if (clientChanged) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      if (client && this.connected) this.listen(client);
    }
    this.reset();
  }

  private listen(client: DossierClient): void {
    this.unsubscribe?.();
    this.unsubscribe = client.subscribe((event) => {
      if (event.dossierIds.length === 0 && event.riskTypeIds.length === 0) return;
      this.clearTimer();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.refresh();
      }, this.options.debounceMs ?? 100);
    });
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
      this.host.requestUpdate();
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
    // Nothing to fetch: return without a render, or every render would schedule another one.
    if (!this.nextFetch(cache) && cache !== this.pending) return;
    this.filling = generation;
    try {
      for (;;) {
        const next = this.nextFetch(cache);
        if (!next) break;
        const filters = this.options.filters();
        const order: AuditOrder = next.direction === 'forward' ? filters.order : filters.order === 'oldest' ? 'newest' : 'oldest';
        const page = await client.audit({
          phase: filters.phases,
          ...(filters.riskTypeId ? { riskTypeId: filters.riskTypeId } : {}),
          onlyIncomplete: filters.onlyIncomplete,
          order,
          limit: next.limit,
          cursor: next.cursor,
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
          this.host.requestUpdate();
        }
      }
      if (generation !== this.generation) return;
      if (cache === this.pending) {
        this.cache = cache;
        this.pending = undefined;
      }
      this.status = 'ready';
      this.error = undefined;
      this.host.requestUpdate();
    } catch (error) {
      if (generation !== this.generation) return;
      this.pending = undefined;
      this.status = 'error';
      this.error = error;
      this.host.requestUpdate();
    } finally {
      if (this.filling === generation) this.filling = undefined;
    }
  }

  /** The next request that brings missing rows of the wanted window, from the nearer end. */
  private nextFetch(cache: RowCache): Fetch | undefined {
    const pageSize = Math.min(MAX_LIMIT, Math.max(1, Math.floor(this.options.pageSize()) || 50));
    const limitFor = (rows: number): number => Math.min(MAX_LIMIT, Math.max(pageSize, rows));
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
    if (firstMissing - forwardStart <= reverseFirst - backwardStart) {
      return { direction: 'forward', start: forwardStart, cursor: cache.forward.get(forwardStart) ?? null, limit: limitFor(lastMissing + 1 - forwardStart) };
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
