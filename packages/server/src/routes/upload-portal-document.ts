import { randomUUID } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DossierError } from '@dossier/core';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerLinkNotFound, isLinkNotFound, openPortal } from '../portal/open-portal.js';
import type { PortalContext } from '../portal/portal-context.js';

/** Bytes a multipart body may hold beyond its file (boundaries, headers, the piece's id). */
const MULTIPART_OVERHEAD = 64 * 1024;

const malformed = (reason: string) => new DossierError('invalid-input', { field: 'body', reason });

/** Writes a part's bytes to `path`, refusing (`file-too-large`) as soon as they pass `maxBytes`. */
async function receive(file: MultipartFile, path: string, maxBytes: number): Promise<number> {
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) done(new DossierError('file-too-large', { maxBytes }));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(file.file, count, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    // Let the rest of the body go by, so that the answer reaches the client.
    file.file.resume();
    throw error;
  }
  if (file.file.truncated) throw new DossierError('file-too-large', { maxBytes });
  return size;
}

/**
 * `POST /portal/{token}/documents`: one file for one requested piece (public, rate-limited).
 * The link and the piece are checked before the bytes are read (and the declared length against
 * the piece's limit); the bytes go to a temporary file, counted; core then checks the kind by
 * its magic bytes, the size, computes the SHA-256, and stores it waiting for review.
 */
export function uploadPortalDocument(context: PortalContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const startedAt = performance.now();
    const opened = await openPortal(context, request, reply, startedAt);
    if (!opened) return reply;
    const { client, token } = opened;
    const path = join(context.tmpDir, `portal-${randomUUID()}`);
    try {
      if (!request.isMultipart()) throw new DossierError('invalid-input', { field: 'content-type', reason: 'multipart/form-data' });
      let pieceId: string | undefined;
      for await (const part of request.parts({ limits: { files: 1, fields: 1, parts: 2, fileSize: context.maxBlobBytes } })) {
        if (part.type === 'field') {
          if (part.fieldname !== 'pieceId' || typeof part.value !== 'string') throw malformed('the pieceId field, then the file');
          pieceId = part.value;
          continue;
        }
        if (part.fieldname !== 'file' || pieceId === undefined) {
          part.file.resume();
          throw malformed('the pieceId field, then the file');
        }
        // The link and the piece first: no byte is kept for a request that may not send it.
        const piece = await client.portal.allowUpload(token, pieceId, 1).catch((error: unknown) => {
          part.file.resume();
          throw error;
        });
        const maxBytes = Math.min(piece.maxBytes, context.maxBlobBytes);
        const declared = Number(request.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) {
          part.file.resume();
          throw new DossierError('file-too-large', { maxBytes });
        }
        await receive(part, path, maxBytes);
        const blob = await openAsBlob(path, { type: part.mimetype });
        const sent = await client.portal.upload(token, pieceId, { blob, name: part.filename });
        return reply
          .code(201)
          .header('content-type', 'application/json; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(JSON.stringify(sent));
      }
      throw malformed('no file');
    } catch (error) {
      if (isLinkNotFound(error)) return answerLinkNotFound(context, request, reply, startedAt);
      throw error;
    } finally {
      await rm(path, { force: true });
    }
  };
}
