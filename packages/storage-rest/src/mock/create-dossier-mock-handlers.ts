import { DossierError, createDossierClient, createMemoryStorage, isDossierError } from '@dossier/core';
import { CHILD_PARENT_FIELD, type ChildKind, type RecordKind } from '@dossier/core/adapter';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { randomId } from '../random-id.js';
import { decodeAuditQuery } from '../wire/decode-audit-query.js';
import { createChangeLog } from './change-log.js';
import type { CommitFault, CommitFaultOptions } from './commit-fault.js';
import { decodeCommit } from './decode-commit.js';
import type { DossierMock } from './dossier-mock.js';
import type { DossierMockOptions } from './dossier-mock-options.js';
import { createIdempotencyStore, type StoredAnswer } from './idempotency-store.js';
import { createPortalUploadHandlers } from './portal-upload-handlers.js';
import { problemResponse } from './problem-response.js';

/** More ids than this in one batch read are refused, as a real server would. */
const MAX_IDS = 1000;

type Resolver = (info: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => Promise<Response>;

/**
 * msw handlers implementing the Dossier REST contract (`openapi.yaml`) in
 * memory, on top of a StoragePort (by default `createMemoryStorage()`), so that
 * `createRestStorage` runs without a server: in Node with `setupServer`, in a
 * browser with `setupWorker`.
 *
 * Like a real server, it applies a commit only once its whole body arrived and
 * in one `StoragePort.commit`, honours `Idempotency-Key` (a retried commit is
 * applied once), numbers commits in the change feed, and answers errors as
 * `application/problem+json` with the DossierError `code`. Faults (500,
 * time-out, dropped upload, 409, lost answer) can be armed for the next commit.
 *
 * @example
 * const mock = createDossierMockHandlers({ baseUrl: 'https://api.test/dossier' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * mock.faults.nextCommit('drop');
 */
export function createDossierMockHandlers(options: DossierMockOptions): DossierMock {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') throw new DossierError('invalid-input', { field: 'baseUrl' });
  const base = options.baseUrl.replace(/\/+$/, '');
  const storage = options.storage ?? createMemoryStorage();
  const maxBlobBytes = options.maxBlobBytes ?? Infinity;
  const stallMs = options.stallMs ?? 30_000;
  const log = createChangeLog();
  const idempotency = createIdempotencyStore();
  let armed: { kind: CommitFault; attempts: number } | undefined;
  const faultsByKey = new Map<string, { kind: CommitFault; remaining: number }>();
  let commitRequests = 0;
  let commitsApplied = 0;

  const arm = (kind: CommitFault, faultOptions: CommitFaultOptions = {}) => {
    const attempts = faultOptions.attempts ?? (kind === 'response-lost' ? 1 : Infinity);
    if (!(attempts >= 1)) throw new DossierError('invalid-input', { field: 'attempts' });
    armed = { kind, attempts };
  };
  if (options.faults?.failNextCommit) arm(options.faults.failNextCommit);

  /** The fault this commit attempt suffers: the one its key carries from an earlier attempt, or the armed one. */
  const faultFor = (key: string | null): CommitFault | undefined => {
    const carried = key === null ? undefined : faultsByKey.get(key);
    if (carried) {
      carried.remaining -= 1;
      if (carried.remaining <= 0) faultsByKey.delete(key as string);
      return carried.kind;
    }
    if (!armed) return undefined;
    const { kind, attempts } = armed;
    armed = undefined;
    if (key !== null && attempts > 1) faultsByKey.set(key, { kind, remaining: attempts - 1 });
    return kind;
  };

  const route = (resolver: Resolver) => async (info: Parameters<Resolver>[0]) => {
    const { request } = info;
    // Counted on arrival: an attempt the client abandons while the server is slow still reached it.
    if (request.method === 'POST') commitRequests += 1;
    try {
      const latency = typeof options.latencyMs === 'function' ? options.latencyMs(request) : (options.latencyMs ?? 0);
      if (latency > 0) await wait(latency, request.signal);
      // The client gave up while the server was busy: nothing more happens for this request.
      if (request.signal?.aborted) return HttpResponse.error();
      if (options.authorize && !(await options.authorize(request))) {
        return problemResponse(new DossierError('storage-unavailable', { reason: 'unauthorized' }), 401);
      }
      return await resolver(info);
    } catch (error) {
      return problemResponse(error);
    }
  };

  const commit: Resolver = async ({ request }) => {
    const key = request.headers.get('Idempotency-Key');
    const fault = faultFor(key);
    switch (fault) {
      case 'drop':
        // The body never arrived whole: nothing is applied.
        return HttpResponse.error();
      case 'timeout':
        await wait(stallMs, request.signal);
        return HttpResponse.error();
      case 'server-error':
        return problemResponse(new DossierError('storage-unavailable', { reason: 'injected server error' }), 500);
      case 'conflict':
        return problemResponse(new DossierError('conflict', { reason: 'injected' }));
      default:
        break;
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch (error) {
      if (request.signal?.aborted) return HttpResponse.error();
      throw new DossierError('invalid-input', { field: 'body', reason: 'not multipart/form-data' }, { cause: error });
    }
    if (request.signal?.aborted) return HttpResponse.error();
    const decoded = await decodeCommit(form);
    const commitId = key ?? randomId();
    const execute = async (): Promise<StoredAnswer> => {
      try {
        for (const operation of decoded.operations) {
          if (operation.op === 'putBlob' && operation.blob.size > maxBlobBytes) {
            throw new DossierError('file-too-large', { size: operation.blob.size, maxBytes: maxBlobBytes });
          }
        }
        await storage.commit(decoded.operations, decoded.scope);
        commitsApplied += 1;
        const seq = log.append(commitId, decoded.scope);
        return { status: 200, contentType: 'application/json', body: JSON.stringify({ seq, commitId }) };
      } catch (error) {
        const problem = problemResponse(error);
        return { status: problem.status, contentType: problem.headers.get('Content-Type') ?? '', body: await problem.text() };
      }
    };
    let result: { answer: StoredAnswer; replayed: boolean };
    try {
      result = key === null ? { answer: await execute(), replayed: false } : await idempotency.run(key, decoded.fingerprint, execute);
    } catch (error) {
      return problemResponse(error, 422);
    }
    if (fault === 'response-lost') return HttpResponse.error();
    return new HttpResponse(result.answer.body, {
      status: result.answer.status,
      headers: {
        'Content-Type': result.answer.contentType,
        'Cache-Control': 'no-store',
        ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      },
    });
  };

  // The client's portal: public (no `authorize`), served by core's portal API on the same data.
  const portal = createDossierClient({ storage, locale: 'en', ...(options.now ? { now: options.now } : {}) }).portal;
  /** A link that does not work, or takes no more files: one answer for all. */
  const linkRefused = (error: unknown): boolean => {
    if (!isDossierError(error)) return false;
    const reason = error.details.reason as { key?: unknown } | undefined;
    return (
      (error.code === 'not-found' && error.details.kind === 'uploadLink') ||
      (error.code === 'invalid-input' && reason?.key === 'linkUsedUp')
    );
  };
  const portalRoute = (resolver: Resolver) => async (info: Parameters<Resolver>[0]) => {
    try {
      return await resolver(info);
    } catch (error) {
      return problemResponse(linkRefused(error) ? new DossierError('not-found', { kind: 'uploadLink' }) : error);
    }
  };

  const handlers: HttpHandler[] = [
    // Resumable portal uploads (tus), as `@dossier/server` serves them.
    ...createPortalUploadHandlers(base, portal, (error) =>
      problemResponse(linkRefused(error) ? new DossierError('not-found', { kind: 'uploadLink' }) : error),
    ),
    http.get(
      `${base}/portal/:token`,
      portalRoute(async ({ params }) => json(await portal.view(param(params.token)))),
    ),
    http.post(
      `${base}/portal/:token/documents`,
      portalRoute(async ({ request, params }) => {
        let form: FormData;
        try {
          form = await request.formData();
        } catch (error) {
          throw new DossierError('invalid-input', { field: 'body', reason: 'not multipart/form-data' }, { cause: error });
        }
        const pieceId = form.get('pieceId');
        const file = form.getAll('file');
        if (typeof pieceId !== 'string' || file.length !== 1 || typeof file[0] === 'string')
          throw new DossierError('invalid-input', { field: 'body', reason: 'the pieceId field, then one file' });
        const sent = await portal.upload(param(params.token), pieceId, file[0] as File);
        return new HttpResponse(JSON.stringify(sent), {
          status: 201,
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
        });
      }),
    ),
    http.get(
      `${base}/records/:kind/:id`,
      route(async ({ params }) => {
        const kind = param(params.kind) as RecordKind;
        const id = param(params.id);
        const record = await storage.get(kind, id);
        return record === undefined ? problemResponse(new DossierError('not-found', { kind, id })) : json(record);
      }),
    ),
    http.get(
      `${base}/records/:kind`,
      route(async ({ request, params }) => {
        const kind = param(params.kind);
        const query = new URL(request.url).searchParams;
        if (query.has('ids') === query.has('parent'))
          throw new DossierError('invalid-input', { field: 'ids', reason: 'give either ids or parent' });
        if (query.has('ids')) {
          const ids = query.getAll('ids');
          if (ids.length > MAX_IDS) throw new DossierError('invalid-input', { field: 'ids', reason: `at most ${MAX_IDS}` });
          const records = await storage.getMany(kind as RecordKind, ids);
          return json({ items: records.map((record) => record ?? null) });
        }
        const parents = query.getAll('parent');
        if (parents.length !== 1) throw new DossierError('invalid-input', { field: 'parent', reason: 'given more than once' });
        if (!Object.hasOwn(CHILD_PARENT_FIELD, kind))
          throw new DossierError('invalid-input', { field: 'kind', reason: `${kind} has no parent` });
        return json({ items: await storage.listChildren(kind as ChildKind, parents[0] as string) });
      }),
    ),
    http.get(
      `${base}/risk-types`,
      route(async () => json({ items: await storage.listRiskTypes() })),
    ),
    http.get(
      `${base}/documents/:id/content`,
      route(async ({ params }) => {
        const id = param(params.id);
        const blob = await storage.getBlob(id);
        if (blob === undefined) return problemResponse(new DossierError('not-found', { kind: 'document', id }));
        return new HttpResponse(blob, {
          headers: {
            'Content-Type': blob.type || 'application/octet-stream',
            'Content-Length': String(blob.size),
            'Cache-Control': 'no-store',
          },
        });
      }),
    ),
    http.get(
      `${base}/audit`,
      route(async ({ request }) => json(await storage.queryAudit(decodeAuditQuery(new URL(request.url).searchParams)))),
    ),
    http.post(`${base}/commits`, route(commit)),
    http.get(
      `${base}/changes`,
      route(async ({ request }) => {
        const since = new URL(request.url).searchParams.get('since');
        if (since !== null && !/^\d{1,15}$/.test(since)) throw new DossierError('invalid-input', { field: 'since' });
        return json(log.page(since === null ? undefined : Number(since)));
      }),
    ),
  ];

  return {
    handlers,
    storage,
    faults: {
      nextCommit: arm,
      clear() {
        armed = undefined;
        faultsByKey.clear();
      },
    },
    stats: {
      get commitRequests() {
        return commitRequests;
      },
      get commitsApplied() {
        return commitsApplied;
      },
    },
  };
}

function json(body: unknown): Response {
  return new HttpResponse(JSON.stringify(body), { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
}

function param(value: string | readonly string[] | undefined): string {
  return typeof value === 'string' ? value : (value?.[0] ?? '');
}

/** Resolves after `ms`, or as soon as `signal` aborts (the client hung up). */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (signal?.aborted) done();
    else signal?.addEventListener('abort', done, { once: true });
  });
}
