import type { DossierClient, DossierClientEvent } from '../client/dossier-client.js';

/**
 * What an observer watches: how to load a value from the client, and which
 * client changes make it outdated. Observers whose definitions have equal
 * keys share one load and one value.
 */
export interface QueryDefinition<T> {
  /** Identifies the data, e.g. `['completeness', 'P-1']`; compared as JSON. */
  readonly key: readonly unknown[];
  /** Loads the value; a rejection becomes the `error` state. */
  load(client: DossierClient): Promise<T>;
  /** Whether a client change outdates the value (others cost nothing). */
  affectedBy(event: DossierClientEvent): boolean;
}
