import { DossierError, type AuditPage, type Locale, type StorageCapabilities, type StoragePort } from '@dossier/core';
import {
  CHILD_PARENT_FIELD,
  RECORD_KINDS,
  notifyStorageListeners,
  type AuditQuery,
  type ChangeScope,
  type ChildKind,
  type RecordKind,
  type StorageChange,
  type StorageChangeListener,
  type StorageOperation,
  type StorageRecords,
} from '@dossier/core/adapter';
import { checkScope } from '@dossier/core/adapter';
import { createChangePoller } from './change-poller.js';
import { createCloser } from './closer.js';
import { encodeCommit } from './encode-commit.js';
import { createOwnCommits } from './own-commits.js';
import { randomId } from './random-id.js';
import { readAuditPage } from './read-audit-page.js';
import { readChangeFeedPage } from './read-change-feed-page.js';
import { readItems } from './read-items.js';
import { createRequestWithRetry } from './request-with-retry.js';
import type { RestStorageOptions } from './rest-storage-options.js';
import { encodeAuditQuery } from './wire/encode-audit-query.js';
import { encodePathSegment } from './wire/encode-path-segment.js';
import { encodeQueryValue } from './wire/encode-query-value.js';
import type { ChangeFeedEntry } from './wire/change-feed-page.js';
import type { ProblemDetails } from './wire/problem-details.js';

const JSON_TYPE = 'application/json';
/** Batch reads are split so that no URL grows past what proxies commonly accept (8 KiB). */
const MAX_QUERY_CHARS = 4000;
const MAX_IDS_PER_READ = 100;

/**
 * A StoragePort over the host's own backend, speaking the REST contract of
 * `@dossier/storage-rest/openapi.yaml`. A commit is one multipart request
 * (records as JSON, bytes as binary parts) that the server applies atomically.
 *
 * Failures are DossierErrors: 404 → `not-found`, 409 → `conflict`,
 * 413 → `file-too-large`, 400/422 → `invalid-input` (or the problem's code),
 * 507 → `quota-exceeded`, 5xx, network errors and time-outs →
 * `storage-unavailable`. GETs and commits (which carry an `Idempotency-Key`)
 * are retried with backoff; nothing else is.
 *
 * While someone is subscribed, the change feed is polled every
 * `pollIntervalMs`: commits of other clients arrive with origin `remote`, this
 * instance's own commits are told at once with origin `local` (and not again).
 *
 * @example
 * const storage = createRestStorage({
 *   baseUrl: 'https://crm.example/api/dossier',
 *   headers: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 * const client = createDossierClient({ storage });
 *
 * @throws DossierError `invalid-input` on a bad option.
 */
export function createRestStorage(options: RestStorageOptions): StoragePort {
  const locale = options?.locale;
  const baseUrl = checkBaseUrl(options?.baseUrl, locale);
  const timeoutMs = positive('timeoutMs', options.timeoutMs, 15_000, locale);
  const minBytesPerSecond = positive('minBytesPerSecond', options.minBytesPerSecond, 50_000, locale);
  const pollIntervalMs = positive('pollIntervalMs', options.pollIntervalMs, 5_000, locale);
  const retries = count('retries', options.retries, 2, locale);
  const retryDelayMs = count('retryDelayMs', options.retryDelayMs, 300, locale);
  const maxBlobBytes =
    options.maxBlobBytes === Infinity ? Infinity : positive('maxBlobBytes', options.maxBlobBytes, 100 * 1024 * 1024, locale);
  const idempotentCommits = options.idempotentCommits !== false;
  if (options.headers !== undefined && typeof options.headers !== 'function') throw invalid('headers', locale);
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw invalid('fetch', locale);
  // Looked up at each call: a test or a service worker may patch globalThis.fetch after the storage was made.
  const fetchFn = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  const closer = createCloser();
  const request = createRequestWithRetry({
    baseUrl,
    fetch: fetchFn,
    headers: options.headers,
    timeoutMs,
    minBytesPerSecond,
    retries,
    retryDelayMs,
    locale,
    closer,
  });
  const listeners = new Set<StorageChangeListener>();
  const own = createOwnCommits();

  const notify = (change: StorageChange): void => notifyStorageListeners(listeners, change);
  const notifyRemote = (entry: ChangeFeedEntry): void =>
    notify({ dossierIds: entry.dossierIds, riskTypeIds: entry.riskTypeIds, origin: 'remote' });

  const poller = createChangePoller({
    intervalMs: pollIntervalMs,
    poll: (since) =>
      request({
        method: 'GET',
        path: since === undefined ? '/changes' : `/changes?since=${since}`,
        accept: JSON_TYPE,
        read: (response) => readChangeFeedPage(response, locale),
      }),
    onChanges: (entries) => {
      for (const entry of entries) if (!own.claim(entry)) notifyRemote(entry);
    },
  });

  const ensureOpen = (): void => {
    if (closer.closed) throw new DossierError('storage-unavailable', { reason: 'closed' }, { locale });
  };
  const kindSegment = (kind: unknown, kinds: readonly string[]): string => {
    if (typeof kind !== 'string' || !kinds.includes(kind))
      throw new DossierError('invalid-input', { field: 'kind', reason: String(kind) }, { locale });
    return kind;
  };
  /** A 404 whose problem says `not-found` is an absent record; any other 404 (wrong baseUrl, proxy) stays an error. */
  const absentOn404 = <T>(status: number, problem: ProblemDetails | undefined): { value: T | undefined } | undefined =>
    status === 404 && problem?.code === 'not-found' ? { value: undefined } : undefined;

  const getMany = async <K extends RecordKind>(kind: K, ids: readonly string[]): Promise<(StorageRecords[K] | undefined)[]> => {
    ensureOpen();
    const segment = kindSegment(kind, RECORD_KINDS);
    if (!Array.isArray(ids)) throw new DossierError('invalid-input', { field: 'ids' }, { locale });
    const chunks: string[][] = [];
    let chunk: string[] = [];
    let chars = 0;
    for (const id of ids as readonly unknown[]) {
      if (typeof id !== 'string') throw new DossierError('invalid-input', { field: 'ids', reason: typeof id }, { locale });
      const pair = `ids=${encodeQueryValue(id, 'ids', locale)}`;
      if (chunk.length > 0 && (chunk.length >= MAX_IDS_PER_READ || chars + pair.length > MAX_QUERY_CHARS)) {
        chunks.push(chunk);
        chunk = [];
        chars = 0;
      }
      chunk.push(pair);
      chars += pair.length + 1;
    }
    if (chunk.length > 0) chunks.push(chunk);
    const pages = await Promise.all(
      chunks.map((pairs) =>
        request({
          method: 'GET',
          path: `/records/${segment}?${pairs.join('&')}`,
          accept: JSON_TYPE,
          read: (response) => readItems<StorageRecords[K]>(response, { locale, nullable: true, length: pairs.length }),
        }),
      ),
    );
    return pages.flat();
  };

  const capabilities: StorageCapabilities = { persistent: true, crossContextChanges: true, maxBlobBytes };

  return {
    capabilities,
    async get<K extends RecordKind>(kind: K, id: string) {
      ensureOpen();
      // Through the batch read: a missing record is an expected answer (`null`), whereas a 404
      // on GET /records/{kind}/{id} is logged by browsers as a failed resource on every check.
      return (await getMany(kind, [id]))[0];
    },
    getMany,
    async listRiskTypes() {
      ensureOpen();
      const items = await request({
        method: 'GET',
        path: '/risk-types',
        accept: JSON_TYPE,
        read: (response) => readItems<StorageRecords['riskType']>(response, { locale }),
      });
      return items as StorageRecords['riskType'][];
    },
    async listChildren<K extends ChildKind>(kind: K, parentId: string) {
      ensureOpen();
      const segment = kindSegment(kind, Object.keys(CHILD_PARENT_FIELD));
      if (typeof parentId !== 'string') throw new DossierError('invalid-input', { field: 'parentId' }, { locale });
      const items = await request({
        method: 'GET',
        path: `/records/${segment}?parent=${encodeQueryValue(parentId, 'parentId', locale)}`,
        accept: JSON_TYPE,
        read: (response) => readItems<StorageRecords[K]>(response, { locale }),
      });
      return items as StorageRecords[K][];
    },
    async getBlob(documentId: string) {
      ensureOpen();
      const segment = encodePathSegment(documentId, 'documentId', locale);
      if (segment === undefined) {
        throw new DossierError('invalid-input', { field: 'documentId', reason: 'cannot be sent in a URL path' }, { locale });
      }
      return request<Blob | undefined>({
        method: 'GET',
        path: `/documents/${segment}/content`,
        accept: '*/*',
        read: (response) => response.blob(),
        recover: absentOn404,
      });
    },
    async queryAudit(query: AuditQuery): Promise<AuditPage> {
      ensureOpen();
      return request({
        method: 'GET',
        path: `/audit?${encodeAuditQuery(query, locale)}`,
        accept: JSON_TYPE,
        read: (response) => readAuditPage(response, locale),
      });
    },
    async commit(operations: readonly StorageOperation[], scope: ChangeScope) {
      ensureOpen();
      checkScope(scope);
      const { body, blobBytes, scope: sent } = encodeCommit(operations, scope, { maxBlobBytes, locale });
      const key = idempotentCommits ? randomId() : undefined;
      if (key) own.begin(key);
      let commitId: string | undefined;
      try {
        commitId = await request({
          method: 'POST',
          path: '/commits',
          body,
          ...(key ? { headers: { 'Idempotency-Key': key } } : {}),
          accept: JSON_TYPE,
          uploadBytes: blobBytes,
          read: readCommitId,
        });
      } catch (error) {
        // As far as we know it failed; if the feed already showed it, it landed: tell it as someone else's change.
        const landed = key ? own.fail(key) : undefined;
        if (landed) notifyRemote(landed);
        throw error;
      }
      for (const id of new Set([key, commitId])) {
        if (id === undefined) continue;
        if (id !== key) own.begin(id);
        own.succeed(id);
      }
      notify({ dossierIds: sent.dossierIds, riskTypeIds: sent.riskTypeIds, origin: 'local' });
    },
    subscribe(listener: StorageChangeListener) {
      if (closer.closed) return () => undefined;
      if (typeof listener !== 'function') throw new DossierError('invalid-input', { field: 'listener' }, { locale });
      listeners.add(listener);
      poller.start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) poller.stop();
      };
    },
    async close() {
      poller.stop();
      listeners.clear();
      closer.close();
    },
  };
}

/** The commit id a server echoes; a 2xx without a readable receipt still means the commit landed. */
async function readCommitId(response: Response): Promise<string | undefined> {
  const text = await response.text();
  try {
    const receipt = JSON.parse(text) as { commitId?: unknown } | null;
    return typeof receipt?.commitId === 'string' ? receipt.commitId : undefined;
  } catch {
    return undefined;
  }
}

function checkBaseUrl(value: unknown, locale: Locale | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid('baseUrl', locale);
  const trimmed = value.replace(/\/+$/, '');
  // Relative URLs resolve against the page; without a page (Node, workers without location) they cannot.
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  let resolved: URL;
  try {
    resolved = new URL(trimmed || '/', base);
  } catch {
    throw invalid('baseUrl', locale);
  }
  // Only HTTP(S): `javascript:`, `data:`, `file:`… are never a backend, and some would run code.
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new DossierError('invalid-input', { field: 'baseUrl', reason: 'http(s) or relative URL' }, { locale });
  }
  return trimmed;
}

function positive(field: string, value: unknown, fallback: number, locale: Locale | undefined): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw invalid(field, locale);
  return value;
}

function count(field: string, value: unknown, fallback: number, locale: Locale | undefined): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid(field, locale);
  return value;
}

function invalid(field: string, locale: Locale | undefined): DossierError {
  return new DossierError('invalid-input', { field }, { locale });
}
