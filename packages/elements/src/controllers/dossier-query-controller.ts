import type { ReactiveController } from 'lit';
import { QueryObserver, type DossierClient, type DossierClientEvent, type QueryDefinition, type QueryState } from '@dossier/core';
import type { DossierElement } from '../base/dossier-element.js';

/** Where a query stands. */
export type QueryStatus = 'no-client' | 'loading' | 'ready' | 'error';

/**
 * How a query loads and when it must reload: either one of core's shared
 * definitions (`dossierQueries.summary(id)`…), which every element and hook on
 * the same client shares, or a load of the element's own.
 */
export type DossierQueryOptions<T> =
  | {
      /** The shared query to watch, worked out again before each update. */
      query: () => QueryDefinition<T>;
    }
  | {
      /** Loads the data; rejections become the `error` state. */
      load: (client: DossierClient) => Promise<T>;
      /** Inputs of the query (e.g. the dossier id); a change reloads it. */
      key: () => unknown;
      /** Whether a client change event concerns this query; others cause no work and no render. */
      affectedBy: (event: DossierClientEvent) => boolean;
    };

let instances = 0;

/**
 * Lit glue over core's {@link QueryObserver}: watches a query of the
 * element's client, re-renders the element only when that query's value
 * changes (a document added to another dossier renders nothing here), and
 * follows the element's client and inputs before each update.
 */
export class DossierQueryController<T> implements ReactiveController {
  private observer: QueryObserver<T> | undefined;
  private client: DossierClient | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;
  /** An element's own loads are not shared: their key carries this instance. */
  private readonly instance = (instances += 1);

  constructor(
    private readonly host: DossierElement,
    private readonly options: DossierQueryOptions<T>,
  ) {
    host.addController(this);
  }

  /** `no-client` until the element has a client, then the query's status. */
  get status(): QueryStatus {
    return this.client && this.observer ? this.state().status : 'no-client';
  }

  get value(): T | undefined {
    return this.client ? this.state().value : undefined;
  }

  /** Shows a write's own result at once, until the reload its change brings. */
  set value(value: T | undefined) {
    if (value !== undefined) this.observer?.setValue(value);
  }

  get error(): unknown {
    return this.client ? this.state().error : undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdate(): void {
    const client = this.host.activeClient;
    this.client = client;
    if (!client) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      return;
    }
    const definition = this.definition();
    if (this.observer) this.observer.setDefinition(definition, client);
    else this.observer = new QueryObserver(client, definition);
    this.listen();
  }

  /** Loads again now (e.g. a "Retry" button). */
  reload(): Promise<void> {
    return this.observer && this.client ? this.observer.reload() : Promise.resolve();
  }

  private state(): QueryState<T> {
    return this.observer?.getState() ?? { status: 'loading', value: undefined, error: undefined };
  }

  private listen(): void {
    if (this.unsubscribe || !this.connected || !this.observer || !this.client) return;
    this.unsubscribe = this.observer.subscribe(() => this.host.requestUpdate());
  }

  private definition(): QueryDefinition<T> {
    const options = this.options;
    if ('query' in options) return options.query();
    return { key: ['element', this.instance, options.key()], load: options.load, affectedBy: options.affectedBy };
  }
}
