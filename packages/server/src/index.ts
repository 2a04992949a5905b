/**
 * @dossier/server — the reference Dossier backend: the REST contract of
 * `@dossier/storage-rest` served on PostgreSQL or embedded PGlite, files in the
 * database, on disk or in an S3-compatible store, host JWTs and tenancy, and
 * every commit re-checked with core's rules. Node only.
 * @packageDocumentation
 */
export { createDossierServer } from './create-dossier-server.js';
export type { DossierServer } from './dossier-server.js';
export type { DossierServerLimits, DossierServerOptions, DossierServerReminders } from './dossier-server-options.js';
export type { Authenticate, AuthenticationRequest, DossierPrincipal } from './auth/dossier-principal.js';
export { AuthenticationError } from './auth/authentication-error.js';
export { ADMIN_ROLE, BROKER_ROLE } from './auth/dossier-roles.js';
export { createJwtAuthenticator } from './auth/create-jwt-authenticator.js';
export type { JwtAuthenticatorOptions } from './auth/jwt-authenticator-options.js';
export { issueDevToken, type DevTokenOptions } from './auth/issue-dev-token.js';
export { createFileBlobStore } from './blobs/file-blob-store.js';
export { serverLoggerOptions } from './logging/server-logger-options.js';
export type { RateLimit } from './http/rate-limiter.js';
export type { PortalPageOptions } from './portal/portal-page-options.js';
export { createS3BlobStore } from './blobs/s3-blob-store.js';
export type { S3BlobStoreOptions } from './blobs/s3-blob-store-options.js';
export { readServerConfig, SERVER_ENVIRONMENT } from './config/read-server-config.js';
export type { AuthConfig, FilesConfig, ServerConfig } from './config/server-config.js';
export type { ReminderConfig } from './config/read-reminder-config.js';
export { openConfiguredServer, type ConfiguredServer } from './config/open-configured-server.js';
export { runConformance, type ConformanceResult } from './cli/run-conformance.js';
export type { ConformanceOptions } from './cli/conformance-options.js';
export {
  createReminderScheduler,
  type ReminderScheduler,
  type ReminderSchedulerOptions,
  type ReminderSendMoment,
  type ReminderTickReport,
} from './reminders/reminder-scheduler.js';
export type { OutgoingReminder, ReminderMailer } from './reminders/reminder-mailer.js';
export { UndeliveredReminderError } from './reminders/undelivered-reminder-error.js';
export { createSmtpMailer, type SmtpMailerOptions } from './reminders/create-smtp-mailer.js';
export { signUnsubscribeToken, verifyUnsubscribeToken, type UnsubscribeTarget } from './reminders/unsubscribe-token.js';
export { createDemoReminders, type DemoOutboxMessage, type DemoReminders } from './reminders/demo-reminders.js';
