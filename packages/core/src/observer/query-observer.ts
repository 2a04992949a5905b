import type { DossierClient } from '../client/dossier-client.js';
import type { QueryDefinition } from './query-definition.js';
import { queryCacheOf } from './query-cache.js';
import type { QueryState } from './query-state.js';
import type { SharedQuery } from './shared-query.js';

/**
 * Watches one query of a client, the way a badge, a checklist or a React
 * hook needs: its state now, and a call whenever it changes. Observers of the
 * same key on the same client share one load and one value; a change to the
 * client reloads only the queries it concerns (`affectedBy`), and tells only
 * their observers. Framework glue (a Lit controller, a React hook) is a few
 * lines around it.
 *
 * @example
 * const observer = new QueryObserver(client, dossierQueries.summary('P-1'));
 * const stop = observer.subscribe((state) => render(state.value?.requiredMissing));
 * // later
 * stop();
 */
export class QueryObserver<T> {
  private query: SharedQuery<T> | undefined;
  private readonly listeners = new Set<(state: QueryState<T>) => void>();
  private readonly relay = (state: QueryState<T>): void => {
    for (const listener of [...this.listeners]) listener(state);
  };

  constructor(
    private client: DossierClient,
    private definition: QueryDefinition<T>,
  ) {}

  /** The state now (a value already shared by another observer shows at once). */
  getState(): QueryState<T> {
    return (this.query ?? this.peek()).state;
  }

  /** Calls `listener` on every change of state until the returned function is called. */
  subscribe(listener: (state: QueryState<T>) => void): () => void {
    this.listeners.add(listener);
    this.attach();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.detach();
    };
  }

  /**
   * Watches another query or client (e.g. the element's dossier id changed).
   * Nothing happens when the key and client are the same.
   */
  setDefinition(definition: QueryDefinition<T>, client: DossierClient = this.client): void {
    if (client === this.client && JSON.stringify(definition.key) === JSON.stringify(this.definition.key)) {
      this.definition = definition;
      return;
    }
    const attached = this.query !== undefined;
    this.detach();
    this.client = client;
    this.definition = definition;
    if (attached) {
      this.attach();
      this.relay(this.getState());
    }
  }

  /** Shows `value` to every observer of the query now, until the next load ends (a write's own result). */
  setValue(value: T): void {
    (this.query ?? this.peek()).set(value);
  }

  /** Loads again now (a "Retry" button). */
  reload(): Promise<void> {
    return (this.query ?? this.peek()).load();
  }

  private attach(): void {
    if (this.query) return;
    this.query = queryCacheOf(this.client).acquire(this.definition);
    this.query.listeners.add(this.relay);
  }

  private detach(): void {
    if (!this.query) return;
    this.query.listeners.delete(this.relay);
    queryCacheOf(this.client).release(this.query as SharedQuery<unknown>);
    this.query = undefined;
  }

  /** The shared query without observing it (for a state asked before subscribing). */
  private peek(): SharedQuery<T> {
    const query = queryCacheOf(this.client).acquire(this.definition);
    queryCacheOf(this.client).release(query as SharedQuery<unknown>);
    return query;
  }
}
