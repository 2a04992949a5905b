import type { Locale } from '@dossier/core';
import type { PostgresDatabase } from '@dossier/storage-postgres';
import type { FastifyBaseLogger } from 'fastify';
import type { Authenticate } from './auth/dossier-principal.js';
import type { RateLimit } from './http/rate-limiter.js';
import type { ReminderScheduler } from './reminders/reminder-scheduler.js';
import type { PortalPageOptions } from './portal/portal-page-options.js';
import type { DemoReminders } from './reminders/demo-reminders.js';

/** Options of `createDossierServer`. */
export interface DossierServerOptions {
  /** Records, summaries and file bytes: `openPostgresDatabase({ db, blobs })`. Each tenant's storage comes from it. */
  readonly database: PostgresDatabase;
  /** Who sends each request (`createJwtAuthenticator`, or the host's own hook). */
  readonly authenticate: Authenticate;
  /** Close `database` when the server closes. Default false. */
  readonly ownsDatabase?: boolean;
  /**
   * Re-run core's rules on every commit (record shapes, revision rules,
   * lifecycle transitions, summaries, uploaded bytes) and refuse a forged one
   * with `invalid-input`. Default true. `false` only to run the raw storage
   * conformance suite, which writes records no client would (a summary
   * without its dossier).
   */
  readonly verifyCommits?: boolean;
  /** Where the API is mounted; what clients give `createRestStorage` as `baseUrl` after the origin. Default `/api/dossier`. */
  readonly prefix?: string;
  /** A pino logger (JSON lines), or false for none. Default: none. */
  readonly logger?: FastifyBaseLogger | false;
  readonly limits?: DossierServerLimits;
  /** Where uploads are received before their commit applies. Default: a folder under the system's temporary directory. */
  readonly tmpDir?: string;
  /** The server's clock (tests). Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Language of the problems' titles. Default `en`. */
  readonly locale?: Locale;
  /**
   * Serves `<dossier-portal>` on a minimal page at each upload link's address (`/portal/{token}`
   * by default), loading the elements' bundle from `bundleUrl`. Default: no page (a host embeds
   * the element in its own client area).
   */
  readonly portalPage?: PortalPageOptions;
  /**
   * Development only: `POST {prefix}/dev/reset` lets an admin erase their
   * whole tenant (the demo's "reset" button). Outside the contract. Default false.
   */
  readonly devReset?: boolean;
  /** Automatic reminders: the unsubscribe link's routes, and a scheduler the server starts and stops with itself. */
  readonly reminders?: DossierServerReminders;
}

/** Automatic reminders served by the server. */
export interface DossierServerReminders {
  /** Signs the unsubscribe links (`signUnsubscribeToken`); `{prefix}/reminders/unsubscribe` honours them. */
  readonly unsubscribeSecret: string;
  /** Started when the server listens, stopped when it closes. */
  readonly scheduler?: ReminderScheduler;
  /** Between two ticks of the scheduler. Default 60 s. */
  readonly intervalMs?: number;
  /**
   * Development only (with `devReset`): the demo's clock and simulated outbox, served at
   * `POST {prefix}/dev/reminders/advance?days=7` and `GET {prefix}/dev/reminders/outbox` to an admin.
   */
  readonly demo?: DemoReminders;
}

/** Limits against hostile or runaway traffic. */
export interface DossierServerLimits {
  /** Largest document bytes in one part. Default 100 MiB (the client's own default). */
  readonly maxBlobBytes?: number;
  /** Largest `operations` JSON part. Default 16 MiB. */
  readonly maxJsonBytes?: number;
  /** Most documents in one commit. Default 20. */
  readonly maxFiles?: number;
  /** Most operations in one commit. Default 20,000. */
  readonly maxOperations?: number;
  /** Requests per principal. Default 300/s, bursts of 3,000 (a screen of 40 badges reads about 200 records). */
  readonly rate?: RateLimit;
  /** Refused authentications per client address. Default 5/s, bursts of 50. */
  readonly authFailureRate?: RateLimit;
  /** Portal requests per client address. Default 2/s, bursts of 60. */
  readonly portalAddressRate?: RateLimit;
  /** Portal requests per upload link. Default 2/s, bursts of 60. */
  readonly portalTokenRate?: RateLimit;
  /** Tokens that open nothing, per client address, before it must wait (enumeration). Default 1 per 10 s, bursts of 20. */
  readonly portalFailureRate?: RateLimit;
  /** A portal answer that a link does not work is sent no sooner than this after the request came (ms). Default 250. */
  readonly portalFloorMs?: number;
  /** A request taking longer is cut (slow uploads included). Default 10 minutes. */
  readonly requestTimeoutMs?: number;
  /** Time allowed for a request's headers. Default 15 s. */
  readonly headersTimeoutMs?: number;
}
