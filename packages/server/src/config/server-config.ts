import type { S3BlobStoreOptions } from '../blobs/s3-blob-store-options.js';
import type { JwtAuthenticatorOptions } from '../auth/jwt-authenticator-options.js';
import type { DossierServerLimits } from '../dossier-server-options.js';
import type { ReminderConfig } from './read-reminder-config.js';
import type { PortalPageOptions } from '../portal/portal-page-options.js';

/** Where document bytes go. */
export type FilesConfig =
  { readonly kind: 'disk'; readonly dir: string } | ({ readonly kind: 's3' } & S3BlobStoreOptions) | { readonly kind: 'database' };

/** How requests are authenticated: host JWTs, or a development secret with a printed token. */
export type AuthConfig =
  { readonly kind: 'jwt'; readonly options: JwtAuthenticatorOptions } | { readonly kind: 'dev'; readonly audience: string };

/** Everything the CLI needs, read from environment variables (see `readServerConfig`). */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly prefix: string;
  /** The embedded database, the files on disk and the development secret live here. */
  readonly dataDir: string;
  /** PostgreSQL; absent: embedded PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  readonly databasePoolMax: number;
  readonly files: FilesConfig;
  readonly auth: AuthConfig;
  readonly logLevel: string;
  readonly verifyCommits: boolean;
  readonly limits: DossierServerLimits;
  /** Automatic reminders by e-mail; absent: off. */
  readonly reminders?: ReminderConfig;
  /**
   * `DOSSIER_PUBLIC_URL`, the API's public URL (origin and prefix): what the demo reminders'
   * unsubscribe links name; absent: the address the server listens on, once it listens.
   */
  readonly publicUrl?: string;
  /**
   * The client's page at each upload link's address, from `DOSSIER_PORTAL_BUNDLE_URL` (where the
   * elements' `dossier.bundle.js` is served), `DOSSIER_PORTAL_PATH` (default `/portal`) and
   * `DOSSIER_PORTAL_RESUMABLE` (default `true`); absent: no page.
   */
  readonly portalPage?: PortalPageOptions;
}
