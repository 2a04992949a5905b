import type { DossierClient, DossierClientEvent } from '../client/dossier-client.js';
import type { QueryDefinition } from './query-definition.js';
import { SharedQuery } from './shared-query.js';

/** How long a value outlives its last observer, so that a re-mounted element (a reopened popover) shows it at once. */
const KEEP_MS = 30_000;

/**
 * The shared queries of one client: one entry per key, one subscription to
 * the client for all of them, and on each change a reload of only the entries
 * the change concerns. Internal; reached through `queryCacheOf(client)`.
 */
export class QueryCache {
  private readonly queries = new Map<string, SharedQuery<unknown>>();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly client: DossierClient) {}

  /** The shared query of a definition's key, made on first use (and loaded then). */
  acquire<T>(definition: QueryDefinition<T>): SharedQuery<T> {
    const hash = JSON.stringify(definition.key);
    let query = this.queries.get(hash) as SharedQuery<T> | undefined;
    if (!query) {
      query = new SharedQuery(this.client, definition);
      this.queries.set(hash, query as SharedQuery<unknown>);
      void query.load();
    }
    if (query.releaseTimer !== undefined) {
      clearTimeout(query.releaseTimer);
      query.releaseTimer = undefined;
    }
    this.unsubscribe ??= this.client.subscribe((event) => this.changed(event));
    return query;
  }

  /** Called when an observer leaves a query: drops it a while after its last observer, and the client subscription with the last query. */
  release(query: SharedQuery<unknown>): void {
    if (query.listeners.size > 0 || query.releaseTimer !== undefined) return;
    query.releaseTimer = setTimeout(() => {
      query.releaseTimer = undefined;
      if (query.listeners.size > 0) return;
      const hash = JSON.stringify(query.definition.key);
      if (this.queries.get(hash) === query) this.queries.delete(hash);
      if (this.queries.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      }
    }, KEEP_MS);
  }

  private changed(event: DossierClientEvent): void {
    for (const query of this.queries.values()) {
      if (query.listeners.size === 0) {
        // Nobody shows it: forget it rather than reload it; the next observer loads afresh.
        if (query.definition.affectedBy(event)) this.queries.delete(JSON.stringify(query.definition.key));
        continue;
      }
      if (query.definition.affectedBy(event)) void query.load();
    }
  }
}

const caches = new WeakMap<DossierClient, QueryCache>();

/** The query cache of a client (one per client, made on first use). */
export function queryCacheOf(client: DossierClient): QueryCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new QueryCache(client)));
  return cache;
}
