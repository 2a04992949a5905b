import { REMINDER_ENVIRONMENT, readReminderConfig, type ReminderConfig } from './read-reminder-config.js';
import { resolve } from 'node:path';
import type { AuthConfig, FilesConfig, ServerConfig } from './server-config.js';
import type { PortalPageOptions } from '../portal/portal-page-options.js';

/** Every environment variable the server reads, with what it does (printed by `--help`, listed in the README). */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = {
  HOST: 'Address to listen on. Default 127.0.0.1 (0.0.0.0 in a container).',
  PORT: 'Port to listen on. Default 8787.',
  DOSSIER_API_PREFIX: 'Where the API is mounted. Default /api/dossier.',
  DOSSIER_DATA_DIR: 'Folder of the embedded database, the files on disk and the development secret. Default ./.dossier-data.',
  DATABASE_URL: 'postgres://… of a PostgreSQL server. Default: embedded PGlite in DOSSIER_DATA_DIR.',
  DATABASE_POOL_MAX: 'Connections per instance. Default 10.',
  DOSSIER_FILES: '`disk` (default), `s3` (default when S3_BUCKET is set) or `database`.',
  DOSSIER_FILES_DIR: 'Folder of the files on disk. Default DOSSIER_DATA_DIR/files.',
  S3_BUCKET: 'Bucket of an S3-compatible store for the files.',
  S3_ENDPOINT: 'Endpoint of a non-AWS store (MinIO, Ceph…).',
  S3_REGION: 'Default us-east-1.',
  S3_ACCESS_KEY_ID: 'Credentials (else the AWS SDK’s default chain).',
  S3_SECRET_ACCESS_KEY: 'Credentials (else the AWS SDK’s default chain).',
  S3_FORCE_PATH_STYLE: '`true`/`false`. Default true with S3_ENDPOINT.',
  S3_PREFIX: 'Prefix of every object key.',
  DOSSIER_JWT_SECRET: 'HS256 secret of the host’s tokens (32 bytes or more).',
  DOSSIER_JWT_JWKS_URL: 'JWKS URL of the host’s tokens (instead of a secret).',
  DOSSIER_JWT_AUDIENCE: 'Required `aud`. Default dossier.',
  DOSSIER_JWT_ISSUER: 'Required `iss`, when set.',
  DOSSIER_JWT_TENANT_CLAIM: 'Claim holding the tenant. Default tenant.',
  DOSSIER_JWT_ROLES_CLAIM: 'Claim holding the roles (admin, broker). Default roles.',
  DOSSIER_DEV_AUTH:
    '`true`: without a JWT setting, sign with a development secret kept in DOSSIER_DATA_DIR and print a token (refused when NODE_ENV=production). Default true unless NODE_ENV=production.',
  DOSSIER_VERIFY_COMMITS: '`false` only to run the raw storage conformance suite. Default true.',
  DOSSIER_MAX_BLOB_BYTES: 'Largest document. Default 104857600 (100 MiB).',
  DOSSIER_RATE_PER_SECOND: 'Requests per principal and second. Default 300 (a screen of 40 badges reads about 200 records).',
  DOSSIER_RATE_BURST: 'Burst of requests per principal. Default 3000.',
  DOSSIER_REQUEST_TIMEOUT_MS: 'A request taking longer is cut. Default 600000.',
  LOG_LEVEL: 'pino level (fatal, error, warn, info, debug). Default info.',
  DOSSIER_PORTAL_BUNDLE_URL:
    'Where the elements’ dossier.bundle.js is served (http(s) URL or /path): the server then serves the client’s page at each upload link’s address. Default: no page.',
  DOSSIER_PORTAL_PATH: 'Path of that page, before the token. Default /portal.',
  DOSSIER_PORTAL_RESUMABLE: '`false`: the page sends one request per file instead of resumable (tus) uploads. Default true.',
  ...REMINDER_ENVIRONMENT,
};

/**
 * The server's configuration from environment variables. With none set it
 * runs as the embedded default: PGlite and files on disk in `./.dossier-data`,
 * a development secret, 127.0.0.1:8787.
 *
 * @throws Error naming every malformed variable.
 */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min = 1): number => {
    const value = text(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min) problems.push(`${name} must be a whole number ≥ ${min}`);
    return Number(value);
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = text(name);
    if (value === undefined) return fallback;
    if (value !== 'true' && value !== 'false') problems.push(`${name} must be true or false`);
    return value === 'true';
  };

  const dataDir = resolve(cwd, text('DOSSIER_DATA_DIR') ?? '.dossier-data');
  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// URL');

  const bucket = text('S3_BUCKET');
  const filesKind = text('DOSSIER_FILES') ?? (bucket ? 's3' : 'disk');
  let files: FilesConfig;
  if (filesKind === 's3') {
    if (!bucket) problems.push('DOSSIER_FILES=s3 needs S3_BUCKET');
    const endpoint = text('S3_ENDPOINT');
    const region = text('S3_REGION');
    const accessKeyId = text('S3_ACCESS_KEY_ID');
    const secretAccessKey = text('S3_SECRET_ACCESS_KEY');
    const prefix = text('S3_PREFIX');
    files = {
      kind: 's3',
      bucket: bucket ?? '',
      ...(endpoint ? { endpoint } : {}),
      ...(region ? { region } : {}),
      ...(accessKeyId ? { accessKeyId } : {}),
      ...(secretAccessKey ? { secretAccessKey } : {}),
      ...(text('S3_FORCE_PATH_STYLE') !== undefined ? { forcePathStyle: flag('S3_FORCE_PATH_STYLE', true) } : {}),
      ...(prefix ? { prefix } : {}),
    };
  } else if (filesKind === 'database') files = { kind: 'database' };
  else {
    if (filesKind !== 'disk') problems.push('DOSSIER_FILES must be disk, s3 or database');
    files = { kind: 'disk', dir: resolve(cwd, text('DOSSIER_FILES_DIR') ?? resolve(dataDir, 'files')) };
  }

  const secret = text('DOSSIER_JWT_SECRET');
  const jwksUrl = text('DOSSIER_JWT_JWKS_URL');
  const audience = text('DOSSIER_JWT_AUDIENCE') ?? 'dossier';
  const production = env['NODE_ENV'] === 'production';
  let auth: AuthConfig;
  if (secret || jwksUrl) {
    if (secret && jwksUrl) problems.push('set DOSSIER_JWT_SECRET or DOSSIER_JWT_JWKS_URL, not both');
    if (secret && Buffer.byteLength(secret) < 32) problems.push('DOSSIER_JWT_SECRET needs at least 32 bytes');
    const issuer = text('DOSSIER_JWT_ISSUER');
    const tenantClaim = text('DOSSIER_JWT_TENANT_CLAIM');
    const rolesClaim = text('DOSSIER_JWT_ROLES_CLAIM');
    auth = {
      kind: 'jwt',
      options: {
        audience,
        ...(secret ? { secret } : { jwksUrl: jwksUrl as string }),
        ...(issuer ? { issuer } : {}),
        ...(tenantClaim ? { tenantClaim } : {}),
        ...(rolesClaim ? { rolesClaim } : {}),
      },
    };
  } else {
    if (!flag('DOSSIER_DEV_AUTH', !production) || production)
      problems.push('set DOSSIER_JWT_SECRET or DOSSIER_JWT_JWKS_URL (development tokens are refused when NODE_ENV=production)');
    auth = { kind: 'dev', audience };
  }

  const config: ServerConfig = {
    host: text('HOST') ?? '127.0.0.1',
    port: integer('PORT', 8787, 0),
    prefix: text('DOSSIER_API_PREFIX') ?? '/api/dossier',
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    databasePoolMax: integer('DATABASE_POOL_MAX', 10),
    files,
    auth,
    logLevel: text('LOG_LEVEL') ?? 'info',
    verifyCommits: flag('DOSSIER_VERIFY_COMMITS', true),
    limits: {
      maxBlobBytes: integer('DOSSIER_MAX_BLOB_BYTES', 100 * 1024 * 1024),
      rate: { perSecond: integer('DOSSIER_RATE_PER_SECOND', 300), burst: integer('DOSSIER_RATE_BURST', 3000) },
      requestTimeoutMs: integer('DOSSIER_REQUEST_TIMEOUT_MS', 600_000),
    },
  };
  if (!config.prefix.startsWith('/')) problems.push('DOSSIER_API_PREFIX must start with /');
  let reminders: ReminderConfig | null = null;
  try {
    reminders = readReminderConfig(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const publicUrl = text('DOSSIER_PUBLIC_URL')?.replace(/\/+$/, '');
  // With DOSSIER_SMTP_URL, readReminderConfig reports a wrong one already.
  if (publicUrl !== undefined && !/^https?:\/\//.test(publicUrl) && !reminders && !text('DOSSIER_SMTP_URL'))
    problems.push('DOSSIER_PUBLIC_URL must start with http:// or https://');
  const portalBundleUrl = text('DOSSIER_PORTAL_BUNDLE_URL');
  const portalPath = text('DOSSIER_PORTAL_PATH');
  const portalResumable = flag('DOSSIER_PORTAL_RESUMABLE', true);
  if (portalBundleUrl !== undefined && !/^(https?:\/\/|\/)[^\s"'<>]*$/.test(portalBundleUrl))
    problems.push('DOSSIER_PORTAL_BUNDLE_URL must be an http(s) URL or a path starting with /, without spaces or quotes');
  if (
    portalPath !== undefined &&
    (!/^\/[A-Za-z0-9/_-]*$/.test(portalPath) || portalPath.replace(/\/+$/, '') === config.prefix.replace(/\/+$/, ''))
  )
    problems.push('DOSSIER_PORTAL_PATH must be a path starting with / (letters, digits, /, _ and -), not the API prefix');
  if (portalBundleUrl === undefined && (portalPath !== undefined || text('DOSSIER_PORTAL_RESUMABLE') !== undefined))
    problems.push('DOSSIER_PORTAL_PATH and DOSSIER_PORTAL_RESUMABLE need DOSSIER_PORTAL_BUNDLE_URL');
  const portalPage: PortalPageOptions | undefined =
    portalBundleUrl === undefined
      ? undefined
      : { bundleUrl: portalBundleUrl, ...(portalPath ? { path: portalPath } : {}), resumable: portalResumable };
  if (problems.length > 0) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return { ...config, ...(reminders ? { reminders } : {}), ...(publicUrl ? { publicUrl } : {}), ...(portalPage ? { portalPage } : {}) };
}
