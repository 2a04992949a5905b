import type { ReactiveController } from 'lit';
import type { DossierClient, DossierClientEvent } from '@dossier/core';
import type { DossierElement } from '../base/dossier-element.js';

/** Where a query stands. */
export type QueryStatus = 'no-client' | 'loading' | 'ready' | 'error';

/** How a query loads and when it must reload. */
export interface DossierQueryOptions<T> {
  /** Loads the data; rejections become the `error` state. */
  load: (client: DossierClient) => Promise<T>;
  /** Inputs of the query (e.g. the dossier id); a change reloads it. */
  key: () => unknown;
  /** Whether a client change event concerns this query; others cause no work and no render. */
  affectedBy: (event: DossierClientEvent) => boolean;
}

/**
 * Bridges an element to the client: loads data, keeps it fresh from the
 * client's change subscription, and re-renders the host only when its own data
 * changed (a document added to another dossier renders nothing here).
 */
export class DossierQueryController<T> implements ReactiveController {
  status: QueryStatus = 'no-client';
  value: T | undefined;
  error: unknown;

  private client: DossierClient | undefined;
  private key: unknown;
  private unsubscribe: (() => void) | undefined;
  private generation = 0;
  private connected = false;

  constructor(
    private readonly host: DossierElement,
    private readonly options: DossierQueryOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Re-subscribe after a reconnection; hostUpdate starts the load.
    if (this.client) this.listen(this.client);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdate(): void {
    const client = this.host.activeClient;
    const key = this.options.key();
    if (client === this.client && sameKey(key, this.key)) return;
    this.client = client;
    this.key = key;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!client) {
      this.status = 'no-client';
      this.value = undefined;
      return;
    }
    if (this.connected) this.listen(client);
    this.status = 'loading';
    this.value = undefined;
    void this.run(client);
  }

  /** Loads again now (e.g. a "Retry" button). */
  reload(): Promise<void> {
    return this.client ? this.run(this.client) : Promise.resolve();
  }

  private listen(client: DossierClient): void {
    this.unsubscribe?.();
    this.unsubscribe = client.subscribe((event) => {
      if (this.options.affectedBy(event)) void this.run(client);
    });
  }

  private async run(client: DossierClient): Promise<void> {
    const generation = (this.generation += 1);
    try {
      const value = await this.options.load(client);
      if (generation !== this.generation) return;
      this.value = value;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}

function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]));
}
