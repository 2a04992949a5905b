import { mkdir } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { join } from 'node:path';
import { createDossierClient, DossierError } from '@dossier/core';
import { constantTimeEqual, hashUploadToken } from '@dossier/core/adapter';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemOf } from '../http/problem.js';
import { isLinkNotFound, openPortal } from './open-portal.js';
import type { PortalContext } from './portal-context.js';

/** The header carrying a portal upload's link token on every tus request. */
const PORTAL_TOKEN_HEADER = 'dossier-portal-token';

/** Unfinished uploads are forgotten after this long. */
const UNFINISHED_MS = 24 * 60 * 60 * 1000;

/** A tus refusal: the problem body and status a DossierError gets elsewhere. */
function refusal(error: unknown): { status_code: number; body: string } {
  const problem = problemOf(isLinkNotFound(error) ? new DossierError('not-found', { kind: 'uploadLink' }) : error);
  return { status_code: problem.status, body: JSON.stringify(problem.body) };
}

/**
 * Resumable portal uploads, with the tus protocol (`@tus/server`, bytes on disk through
 * `@tus/file-store`), at `{prefix}/portal-uploads`: the client creates an upload for one piece
 * (metadata `pieceId` and `filename`, its size declared), then sends its bytes in chunks; a cut
 * connection resumes from the offset the server holds (HEAD), not from zero. Every request names
 * the link's token in the `Dossier-Portal-Token` header and goes through the portal's rate limits;
 * the token is checked on creation (link, piece, size) and compared, by its hash, with the one the
 * upload was created with on every later request. Only the hash is written to disk. Once the last
 * byte arrived, the file goes through `client.portal.upload` (magic bytes, size, SHA-256, review)
 * and the answer is the document as the client sees it (200, JSON).
 */
export async function registerPortalUploads(app: FastifyInstance, prefix: string, context: PortalContext): Promise<void> {
  const directory = join(context.tmpDir, 'portal-uploads');
  await mkdir(directory, { recursive: true });
  const datastore = new FileStore({ directory, expirationPeriodInMilliseconds: UNFINISHED_MS });
  const tokenOf = (headers: Headers): string => headers.get(PORTAL_TOKEN_HEADER) ?? '';
  const clientOf = async (token: string) => {
    const tenantId = await context.database.findUploadLinkTenant(hashUploadToken(token));
    if (tenantId === undefined) throw new DossierError('not-found', { kind: 'uploadLink' });
    return createDossierClient({ storage: context.database.storage(tenantId), now: context.now, locale: 'en' });
  };
  const tus = new Server({
    path: `${prefix}/portal-uploads`,
    datastore,
    maxSize: context.maxBlobBytes,
    respectForwardedHeaders: false,
    async onUploadCreate(request, upload) {
      const token = tokenOf(request.headers);
      const pieceId = upload.metadata?.['pieceId'];
      const filename = upload.metadata?.['filename'] ?? 'document';
      try {
        if (typeof pieceId !== 'string' || upload.sizeIsDeferred || upload.size === undefined)
          throw new DossierError('invalid-input', { field: 'Upload-Metadata', reason: 'pieceId and Upload-Length' });
        await (await clientOf(token)).portal.allowUpload(token, pieceId, upload.size);
      } catch (error) {
        throw refusal(error);
      }
      // The token itself is never written: the upload remembers its hash.
      return { metadata: { linkId: hashUploadToken(token), pieceId, filename } };
    },
    async onIncomingRequest(request, uploadId) {
      if (request.method === 'POST' || request.method === 'OPTIONS') return;
      let linkId: string | null | undefined;
      try {
        linkId = (await datastore.getUpload(uploadId)).metadata?.['linkId'];
      } catch {
        linkId = undefined;
      }
      if (typeof linkId !== 'string' || !constantTimeEqual(hashUploadToken(tokenOf(request.headers)), linkId)) {
        throw refusal(new DossierError('not-found', { kind: 'uploadLink' }));
      }
    },
    async onUploadFinish(request, upload) {
      const token = tokenOf(request.headers);
      try {
        const blob = await openAsBlob(join(directory, upload.id));
        const sent = await (
          await clientOf(token)
        ).portal.upload(token, String(upload.metadata?.['pieceId']), { blob, name: String(upload.metadata?.['filename'] ?? 'document') });
        return {
          status_code: 200,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
          body: JSON.stringify(sent),
        };
      } catch (error) {
        throw refusal(error);
      } finally {
        await datastore.remove(upload.id).catch(() => undefined);
      }
    },
  });

  await app.register(async (scope) => {
    // The bytes of a PATCH are tus's to read, untouched.
    scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
    const handle = async (request: FastifyRequest, reply: FastifyReply) => {
      const startedAt = performance.now();
      const header = request.headers[PORTAL_TOKEN_HEADER];
      const opened = await openPortal(context, request, reply, startedAt, typeof header === 'string' ? header : '');
      if (!opened) return reply;
      reply.hijack();
      await tus.handle(request.raw, reply.raw);
      return reply;
    };
    scope.all(`${prefix}/portal-uploads`, handle);
    scope.all(`${prefix}/portal-uploads/*`, handle);
  });
}
