import type { FastifyInstance } from 'fastify';

/** A running (or ready to run) Dossier server. */
export interface DossierServer {
  /** The Fastify instance (`inject()` in tests without sockets). */
  readonly app: FastifyInstance;
  /** Where the API is mounted, e.g. `/api/dossier`. */
  readonly prefix: string;
  /**
   * Starts listening; resolves with the API's base URL (what `createRestStorage`
   * takes). Defaults: 127.0.0.1, a free port.
   */
  listen(options?: { readonly host?: string; readonly port?: number }): Promise<string>;
  /**
   * Shuts down gracefully: stops accepting requests (new ones get 503),
   * lets the ones in flight finish (a commit lands whole or not at all),
   * then closes the database when the server owns it.
   */
  close(): Promise<void>;
}
