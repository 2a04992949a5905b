import { createDemoReminders } from '../reminders/demo-reminders.js';
import type { DossierServerReminders } from '../dossier-server-options.js';
import { createSmtpMailer } from '../reminders/create-smtp-mailer.js';
import { createReminderScheduler } from '../reminders/reminder-scheduler.js';
import { signUnsubscribeToken } from '../reminders/unsubscribe-token.js';
import type { ReminderConfig } from './read-reminder-config.js';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPostgresDatabase, type BlobStore, type PostgresDatabase } from '@dossier/storage-postgres';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { createJwtAuthenticator } from '../auth/create-jwt-authenticator.js';
import { issueDevToken } from '../auth/issue-dev-token.js';
import { createFileBlobStore } from '../blobs/file-blob-store.js';
import { createS3BlobStore } from '../blobs/s3-blob-store.js';
import { createDossierServer } from '../create-dossier-server.js';
import type { DossierServer } from '../dossier-server.js';
import type { ServerConfig } from './server-config.js';

/** A server built from its configuration, with what the CLI prints. */
export interface ConfiguredServer {
  readonly server: DossierServer;
  readonly database: PostgresDatabase;
  /** In development mode: a token of tenant `demo` with every role, valid 30 days. */
  readonly devToken?: string;
  /** What the database is, for the start line (never the URL's password). */
  readonly databaseLabel: string;
}

/**
 * Opens the database (PostgreSQL at `databaseUrl`, else PGlite in
 * `dataDir/pglite`), the file store and the authentication the
 * configuration names, and builds the server on them (it owns the database).
 */
export async function openConfiguredServer(config: ServerConfig, logger?: FastifyBaseLogger): Promise<ConfiguredServer> {
  await mkdir(config.dataDir, { recursive: true });
  let db: pg.Pool | Awaited<ReturnType<typeof openPglite>>;
  let databaseLabel: string;
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.databasePoolMax });
    // An idle connection the server closed (restart, failover) must not crash the process: the pool opens another.
    pool.on('error', (error) => logger?.warn({ err: error }, 'idle database connection lost'));
    db = pool;
    const url = new URL(config.databaseUrl);
    databaseLabel = `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } else {
    db = await openPglite(join(config.dataDir, 'pglite'));
    databaseLabel = `embedded PGlite in ${join(config.dataDir, 'pglite')}`;
  }
  const blobs: BlobStore | undefined =
    config.files.kind === 'disk'
      ? createFileBlobStore(config.files.dir)
      : config.files.kind === 's3'
        ? createS3BlobStore(config.files)
        : undefined;
  const database = await openPostgresDatabase({ db, ownsConnection: true, ...(blobs ? { blobs } : {}) });

  let devToken: string | undefined;
  let authenticate;
  if (config.auth.kind === 'jwt') authenticate = createJwtAuthenticator(config.auth.options);
  else {
    const secret = await devSecret(config.dataDir);
    authenticate = createJwtAuthenticator({ secret, audience: config.auth.audience });
    devToken = await issueDevToken({ secret, audience: config.auth.audience });
  }
  // The demo's unsubscribe links name the address the server really listens on (PORT=0: a free port).
  let listening: string | undefined;
  const server = await createDossierServer({
    database,
    ownsDatabase: true,
    authenticate,
    prefix: config.prefix,
    verifyCommits: config.verifyCommits,
    limits: config.limits,
    tmpDir: join(config.dataDir, 'uploads'),
    // Development tokens go with the development reset (the demo's "Réinitialiser" button).
    devReset: config.auth.kind === 'dev',
    ...(config.portalPage ? { portalPage: config.portalPage } : {}),
    ...(config.reminders
      ? { reminders: configuredReminders(config.reminders, database) }
      : config.auth.kind === 'dev'
        ? demoReminders(database, () => config.publicUrl ?? listening ?? `http://${config.host}:${config.port}${config.prefix}`)
        : {}),
    ...(logger ? { logger } : {}),
  });
  const listen = server.listen.bind(server);
  const listeningServer: DossierServer = {
    app: server.app,
    prefix: server.prefix,
    close: () => server.close(),
    async listen(options) {
      listening = await listen(options);
      return listening;
    },
  };
  return { server: listeningServer, database, databaseLabel, ...(devToken ? { devToken } : {}) };
}

async function openPglite(dataDir: string) {
  // Optional dependency of storage-postgres, always installed with the server.
  const { PGlite } = await import('@electric-sql/pglite');
  return PGlite.create(dataDir);
}

/** The development secret, made once and kept in the data folder (so that a printed token survives restarts). */
async function devSecret(dataDir: string): Promise<string> {
  const path = join(dataDir, 'dev-jwt-secret');
  try {
    const secret = (await readFile(path, 'utf8')).trim();
    if (secret.length >= 32) return secret;
  } catch {
    // first start
  }
  const secret = randomBytes(32).toString('hex');
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The scheduler and unsubscribe links of `DOSSIER_SMTP_URL` and its companions. */
function configuredReminders(config: ReminderConfig, database: PostgresDatabase): DossierServerReminders {
  const secret = config.unsubscribeSecret;
  const scheduler = createReminderScheduler({
    database,
    mailer: createSmtpMailer({ url: config.smtpUrl, from: config.from }),
    links: (tenantId, dossierId) => ({
      unsubscribeUrl: `${config.publicUrl}/reminders/unsubscribe?t=${signUnsubscribeToken(secret, { tenantId, dossierId })}`,
    }),
  });
  return { unsubscribeSecret: secret, scheduler, intervalMs: config.intervalMs };
}

/**
 * Development without a mail server: reminders on the demo's clock, to a simulated outbox
 * (`{prefix}/dev/reminders/…`); the server judges commits on the same clock. `baseUrl` is read
 * at each e-mail: the public URL, or the address the server listens on.
 */
function demoReminders(database: PostgresDatabase, baseUrl: () => string): { reminders: DossierServerReminders; now: () => Date } {
  const secret = randomBytes(32).toString('hex');
  const demo = createDemoReminders(database, (tenantId, dossierId) => ({
    unsubscribeUrl: `${baseUrl()}/reminders/unsubscribe?t=${signUnsubscribeToken(secret, { tenantId, dossierId })}`,
  }));
  return { reminders: { unsubscribeSecret: secret, demo, scheduler: demo.scheduler }, now: demo.now };
}
