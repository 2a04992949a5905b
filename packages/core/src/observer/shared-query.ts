import type { DossierClient } from '../client/dossier-client.js';
import type { QueryDefinition } from './query-definition.js';
import type { QueryState } from './query-state.js';

/**
 * One value shared by every observer of the same key on one client: loaded
 * once however many observers ask, reloaded once per change that concerns it.
 * Internal to the query cache.
 */
export class SharedQuery<T> {
  state: QueryState<T> = { status: 'loading', value: undefined, error: undefined };
  readonly listeners = new Set<(state: QueryState<T>) => void>();
  /** Bumped by every load, so that a slow earlier load cannot overwrite a later one. */
  private generation = 0;
  private loading: Promise<void> | undefined;
  /** A change arrived while loading: load once more when this load ends. */
  private again = false;
  /** Dropped from the cache after its last observer left; see `QueryCache`. */
  releaseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly client: DossierClient,
    readonly definition: QueryDefinition<T>,
  ) {}

  /** Loads, unless a load is under way (then one more load follows it, for a change it may have missed). */
  load(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    const generation = (this.generation += 1);
    this.loading = this.definition
      .load(this.client)
      .then(
        (value) => this.settle(generation, { status: 'ready', value, error: undefined }),
        (error: unknown) => this.settle(generation, { status: 'error', value: this.state.value, error }),
      )
      .finally(() => {
        this.loading = undefined;
        if (this.again) {
          this.again = false;
          void this.load();
        }
      });
    return this.loading;
  }

  /**
   * Shows `value` now, before the reload a change will bring (a write's own
   * result, so that focus and announcements need not wait). A load under way
   * still replaces it when it ends.
   */
  set(value: T): void {
    this.settle(this.generation, { status: 'ready', value, error: undefined });
  }

  private settle(generation: number, state: QueryState<T>): void {
    if (generation !== this.generation) return;
    this.state = state;
    for (const listener of [...this.listeners]) {
      try {
        listener(state);
      } catch (error) {
        // One observer's failure must not starve the others: report it where the host sees errors.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
