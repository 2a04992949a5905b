import { Readable } from 'node:stream';
import { DossierError } from '@dossier/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemOf } from '../http/problem.js';
import { sendProblem } from '../http/send-problem.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /documents/{id}/content`: the bytes, streamed from the blob store with
 * their length. Served as an attachment with `nosniff`, so that a browser
 * opening the URL never renders uploaded bytes as a page of this origin.
 */
export function getDocumentContent(context: RouteContext) {
  return async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const { id } = request.params;
    const blob = await context.storageOf(request).openBlob(id);
    if (!blob) return sendProblem(reply, problemOf(new DossierError('not-found', { kind: 'document', id })));
    return reply
      .code(200)
      .header('content-type', blob.mediaType || 'application/octet-stream')
      .header('content-length', String(blob.size))
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'attachment')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(Readable.fromWeb(blob.stream as Parameters<typeof Readable.fromWeb>[0]));
  };
}
