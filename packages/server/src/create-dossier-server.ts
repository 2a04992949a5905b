import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import multipart from '@fastify/multipart';
import { DossierError } from '@dossier/core';
import Fastify, { type FastifyRequest } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import { AuthenticationError } from './auth/authentication-error.js';
import { ADMIN_ROLE, canUseDossiers } from './auth/dossier-roles.js';
import type { CommitLimits } from './commits/commit-limits.js';
import type { DossierServer } from './dossier-server.js';
import type { DossierServerOptions } from './dossier-server-options.js';
import { problemOf, withStatus } from './http/problem.js';
import { createRateLimiter } from './http/rate-limiter.js';
import { requestPrincipal, setRequestPrincipal } from './http/request-principal.js';
import { sendProblem } from './http/send-problem.js';
import { commit } from './routes/commit.js';
import { getChanges } from './routes/get-changes.js';
import { getDocumentContent } from './routes/get-document-content.js';
import type { PortalContext } from './portal/portal-context.js';
import { registerPortalPage } from './portal/register-portal-page.js';
import { registerPortalUploads } from './portal/register-portal-uploads.js';
import { getPortal } from './routes/get-portal.js';
import { getRecord } from './routes/get-record.js';
import { uploadPortalDocument } from './routes/upload-portal-document.js';
import { listRecords } from './routes/list-records.js';
import { listRiskTypes } from './routes/list-risk-types.js';
import { queryAudit } from './routes/query-audit.js';
import type { RouteContext } from './routes/route-context.js';
import { registerUnsubscribeRoutes } from './reminders/unsubscribe-routes.js';

const MIB = 1024 * 1024;

/**
 * The reference Dossier backend: serves `@dossier/storage-rest/openapi.yaml`
 * as written (routes and request validation come from the contract), so that
 * `createRestStorage({ baseUrl })` works against it unchanged.
 *
 * Every request is authenticated (`authenticate`), rate-limited per
 * principal, and scoped to its tenant; only `admin` changes the catalogue.
 * Commits are received streaming (bytes to disk, hashed on the way), checked
 * against core's rules (`verifyCommits`) and applied in one transaction.
 * Every error is `application/problem+json` with a Dossier `code`; nothing
 * of an internal failure (message, stack) reaches the client.
 * `/healthz` says the process runs; `/readyz` that the database answers and
 * the server is not shutting down.
 *
 * @example
 * const database = await openPostgresDatabase({ db: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * const server = await createDossierServer({ database, authenticate: createJwtAuthenticator({ secret, audience: 'dossier' }) });
 * const baseUrl = await server.listen({ host: '0.0.0.0', port: 8080 });
 */
export async function createDossierServer(options: DossierServerOptions): Promise<DossierServer> {
  const prefix = (options.prefix ?? '/api/dossier').replace(/\/+$/, '');
  const limits: CommitLimits = {
    maxBlobBytes: options.limits?.maxBlobBytes ?? 100 * MIB,
    maxJsonBytes: options.limits?.maxJsonBytes ?? 16 * MIB,
    maxFiles: options.limits?.maxFiles ?? 20,
    maxOperations: options.limits?.maxOperations ?? 20_000,
  };
  const tmpDir = options.tmpDir ?? join(tmpdir(), `dossier-uploads-${process.pid}`);
  await mkdir(tmpDir, { recursive: true });
  const { database } = options;
  const rate = createRateLimiter(options.limits?.rate ?? { perSecond: 300, burst: 3000 });
  const authFailures = createRateLimiter(options.limits?.authFailureRate ?? { perSecond: 5, burst: 50 });
  let closing = false;
  const portal: PortalContext = {
    database,
    addressRate: createRateLimiter(options.limits?.portalAddressRate ?? { perSecond: 2, burst: 60 }),
    tokenRate: createRateLimiter(options.limits?.portalTokenRate ?? { perSecond: 2, burst: 60 }),
    failureRate: createRateLimiter(options.limits?.portalFailureRate ?? { perSecond: 0.1, burst: 20 }),
    floorMs: options.limits?.portalFloorMs ?? 250,
    maxBlobBytes: limits.maxBlobBytes,
    tmpDir,
    now: options.now ?? (() => new Date()),
  };

  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: MIB,
    // Ids may be long (200 characters of UTF-8, percent-encoded): the router's default of 100 would answer 404.
    routerOptions: { maxParamLength: 4000 },
    requestTimeout: options.limits?.requestTimeoutMs ?? 10 * 60_000,
    connectionTimeout: options.limits?.requestTimeoutMs ?? 10 * 60_000,
    http: { headersTimeout: options.limits?.headersTimeoutMs ?? 15_000 },
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
  });

  await app.register(multipart, { throwFileSizeLimit: true, limits: { fileSize: limits.maxBlobBytes } });

  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error, limits.maxBlobBytes);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.body.code, status: problem.status }, 'request refused');
    return sendProblem(reply, problem);
  });
  // Any other 404 than a record's: the client must not take a wrong URL for an absent record.
  app.setNotFoundHandler((_request, reply) =>
    sendProblem(reply, withStatus(problemOf(new DossierError('invalid-input', { field: 'path', reason: 'no such endpoint' })), 404)),
  );

  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const ready = !closing && (await database.ping());
    return reply
      .code(ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ready ? 'ready' : 'unavailable' });
  });

  const context: RouteContext = {
    database,
    limits,
    tmpDir,
    verifyCommits: options.verifyCommits !== false,
    now: options.now ?? (() => new Date()),
    storageOf: (request: FastifyRequest) => database.storage(requestPrincipal(request).tenantId),
  };

  await app.register(async (api) => {
    // The commit body is multipart, streamed part by part (bytes to disk) by the route itself, which
    // checks every part: the framework must not try to validate it as a parsed object first.
    api.addHook('onRoute', (route) => {
      const schema = route.schema as { operationId?: string; body?: unknown } | undefined;
      if (schema?.operationId === 'commit' || schema?.operationId === 'uploadPortalDocument') delete schema.body;
    });
    api.addHook('onRequest', async (request, reply) => {
      // The portal is public: its token is its only credential; its routes rate-limit themselves.
      if (request.routeOptions.url?.startsWith(`${prefix}/portal/`)) return undefined;
      let principal;
      try {
        principal = await options.authenticate({ method: request.method, url: request.url, headers: request.headers });
      } catch (error) {
        const wait = authFailures.take(request.ip);
        if (wait > 0)
          return sendProblem(
            reply,
            withStatus(problemOf(new DossierError('storage-unavailable', { reason: 'too many refused requests' })), 429, wait),
          );
        if (error instanceof AuthenticationError) return sendProblem(reply, problemOf(error));
        request.log.error({ err: error }, 'authentication failed');
        return sendProblem(reply, problemOf(new DossierError('storage-unavailable', { reason: 'authentication unavailable' })));
      }
      if (!canUseDossiers(principal)) return sendProblem(reply, problemOf(new AuthenticationError(403, 'no Dossier role')));
      const wait = rate.take(`${principal.tenantId}\u0000${principal.userId}`);
      if (wait > 0)
        return sendProblem(reply, withStatus(problemOf(new DossierError('storage-unavailable', { reason: 'rate limited' })), 429, wait));
      setRequestPrincipal(request, principal);
      return undefined;
    });
    // The contract's response media types, which no request body may have: refused as such (415).
    // Declared so that the plugin, which checks a parser exists for every media type of the contract, has nothing to warn about.
    api.addContentTypeParser(['application/problem+json', 'application/octet-stream', '*/*'], (_request, _payload, done) =>
      done(Object.assign(new Error('unsupported content type'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }), undefined),
    );
    await api.register(openapiGlue, {
      specification: fileURLToPath(import.meta.resolve('@dossier/storage-rest/openapi.yaml')),
      prefix,
      serviceHandlers: {
        getRecord: getRecord(context),
        listRecords: listRecords(context),
        listRiskTypes: listRiskTypes(context),
        getDocumentContent: getDocumentContent(context),
        queryAudit: queryAudit(context),
        commit: commit(context),
        getChanges: getChanges(context),
        getPortal: getPortal(portal),
        uploadPortalDocument: uploadPortalDocument(portal),
      },
    });
  });

  if (options.reminders) {
    await registerUnsubscribeRoutes(app, { prefix, secret: options.reminders.unsubscribeSecret, database, now: context.now });
  }
  await registerPortalUploads(app, prefix, portal);
  if (options.portalPage) await registerPortalPage(app, prefix, options.portalPage);

  if (options.devReset) {
    await app.register(async (dev) => {
      dev.addHook('onRequest', async (request, reply) => {
        try {
          const principal = await options.authenticate({ method: request.method, url: request.url, headers: request.headers });
          if (!principal.roles.includes(ADMIN_ROLE)) throw new AuthenticationError(403, 'resetting needs the admin role');
          setRequestPrincipal(request, principal);
        } catch (error) {
          return sendProblem(
            reply,
            problemOf(error instanceof AuthenticationError ? error : new AuthenticationError(401, 'unauthenticated')),
          );
        }
        return undefined;
      });
      dev.post(`${prefix}/dev/reset`, async (request, reply) => {
        await database.eraseTenant(requestPrincipal(request).tenantId);
        return reply.code(204).header('cache-control', 'no-store').send();
      });
      const demo = options.reminders?.demo;
      if (demo) {
        // "Avancer l'horloge de 7 jours": the demo's clock moves, the scheduler runs hour by hour, the simulated outbox fills.
        dev.post(`${prefix}/dev/reminders/advance`, async (request, reply) => {
          const days = Number((request.query as { days?: unknown }).days ?? 7);
          if (!Number.isInteger(days) || days < 1 || days > 30)
            return sendProblem(reply, problemOf(new DossierError('invalid-input', { field: 'days', reason: '1..30' })));
          const sent = await demo.advance(days);
          return reply.header('cache-control', 'no-store').send({ now: demo.now().toISOString(), sent });
        });
        dev.get(`${prefix}/dev/reminders/outbox`, async (_request, reply) =>
          reply.header('cache-control', 'no-store').send({ now: demo.now().toISOString(), messages: demo.messages() }),
        );
      }
    });
  }

  return {
    app,
    prefix,
    async listen(listenOptions = {}) {
      const address = await app.listen({ host: listenOptions.host ?? '127.0.0.1', port: listenOptions.port ?? 0 });
      options.reminders?.scheduler?.start(options.reminders.intervalMs ?? 60_000);
      return `${address.replace('[::1]', '127.0.0.1')}${prefix}`;
    },
    async close() {
      closing = true;
      await options.reminders?.scheduler?.stop();
      await app.close();
      if (options.ownsDatabase) await database.close();
    },
  };
}
