import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DossierError } from '@dossier/core';
import { type StorageOperation } from '@dossier/core/adapter';
import { withKnownDigest } from '@dossier/storage-postgres';
import type { FastifyRequest } from 'fastify';
import { markUploadedFile } from '../blobs/uploaded-file.js';
import type { CommitLimits } from './commit-limits.js';
import type { ReceivedCommit } from './received-commit.js';
import type { UploadedPart } from './uploaded-part.js';

/** Bytes kept from the start of each part, for sniffing its kind (what core's validateFile reads). */
const HEAD_BYTES = 65536;

/**
 * Receives a `POST /commits` body as it streams in: the JSON parts in
 * memory (bounded by `maxJsonBytes`), each binary part straight to a
 * temporary file in `tmpDir` while its SHA-256 is computed and its first
 * bytes kept, so that a 200 MB upload never sits in memory. Nothing is
 * applied here; a body that ends early, is malformed, or whose part sizes
 * differ from the announced ones is refused (`invalid-input`) and its files removed.
 *
 * @throws DossierError `invalid-input`; the multipart plugin's `FST_REQ_FILE_TOO_LARGE` when a part exceeds `maxBlobBytes`.
 */
export async function receiveCommit(request: FastifyRequest, limits: CommitLimits, tmpDir: string): Promise<ReceivedCommit> {
  if (!request.isMultipart()) throw new DossierError('invalid-input', { field: 'body', reason: 'multipart/form-data expected' });
  const fields = new Map<string, string>();
  const parts = new Map<string, UploadedPart>();
  const files: string[] = [];
  const dispose = async () => {
    await Promise.all(files.splice(0).map((path) => rm(path, { force: true })));
  };
  try {
    for await (const part of request.parts({
      limits: {
        fieldSize: limits.maxJsonBytes,
        fileSize: limits.maxBlobBytes,
        files: limits.maxFiles,
        fields: 4,
        parts: limits.maxFiles + 4,
        fieldNameSize: 100,
      },
    })) {
      if (part.type === 'field') {
        if (part.fieldname !== 'operations' && part.fieldname !== 'scope')
          throw new DossierError('invalid-input', { field: 'body', reason: `unexpected part ${part.fieldname.slice(0, 40)}` });
        if (part.valueTruncated)
          throw new DossierError('invalid-input', { field: part.fieldname, reason: `at most ${limits.maxJsonBytes} bytes` });
        if (fields.has(part.fieldname)) throw new DossierError('invalid-input', { field: part.fieldname, reason: 'given twice' });
        fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (parts.has(part.fieldname)) throw new DossierError('invalid-input', { field: 'blob', reason: 'part given twice' });
      const path = join(tmpDir, `upload-${randomUUID()}`);
      files.push(path);
      const hash = createHash('sha256');
      const head: Buffer[] = [];
      let headBytes = 0;
      let size = 0;
      await pipeline(
        part.file,
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            if (headBytes < HEAD_BYTES) {
              const kept = chunk.subarray(0, HEAD_BYTES - headBytes);
              head.push(Buffer.from(kept));
              headBytes += kept.length;
            }
            done(null, chunk);
          },
        }),
        createWriteStream(path),
      );
      // The plugin throws past the limit; this guards a truncation it only flagged.
      if (part.file.truncated) throw new DossierError('file-too-large', { maxBytes: limits.maxBlobBytes });
      parts.set(part.fieldname, {
        name: part.fieldname,
        path,
        size,
        digest: hash.digest('hex'),
        head: new Uint8Array(Buffer.concat(head)),
        declaredType: part.mimetype ?? '',
      });
    }
    return await decode(fields, parts, limits, dispose);
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function decode(
  fields: ReadonlyMap<string, string>,
  parts: ReadonlyMap<string, UploadedPart>,
  limits: CommitLimits,
  dispose: () => Promise<void>,
): Promise<ReceivedCommit> {
  const operationsText = fields.get('operations');
  const scopeText = fields.get('scope');
  if (operationsText === undefined) throw new DossierError('invalid-input', { field: 'operations', reason: 'missing part' });
  if (scopeText === undefined) throw new DossierError('invalid-input', { field: 'scope', reason: 'missing part' });
  const wire = parse(operationsText, 'operations');
  if (!Array.isArray(wire)) throw new DossierError('invalid-input', { field: 'operations', reason: 'must be an array' });
  if (wire.length > limits.maxOperations)
    throw new DossierError('invalid-input', { field: 'operations', reason: `at most ${limits.maxOperations}` });
  const uploads = new Map<number, UploadedPart>();
  const used = new Set<string>();
  const operations: StorageOperation[] = [];
  for (const [index, raw] of wire.entries()) {
    const operation = raw as { op?: unknown; part?: unknown; size?: unknown; documentId?: unknown; type?: unknown } | null;
    if (operation?.op !== 'putBlob') {
      operations.push(raw as StorageOperation);
      continue;
    }
    const part = typeof operation.part === 'string' ? parts.get(operation.part) : undefined;
    if (!part || used.has(part.name))
      throw new DossierError('invalid-input', { field: 'blob', reason: `no binary part ${String(operation.part).slice(0, 40)}` });
    // A part of another size than announced is a truncated upload: refuse it rather than store half a file.
    if (operation.size !== part.size)
      throw new DossierError('invalid-input', {
        field: 'blob',
        reason: `part ${part.name}: ${part.size} bytes, ${String(operation.size)} announced`,
      });
    used.add(part.name);
    uploads.set(index, part);
    const type = typeof operation.type === 'string' ? operation.type : part.declaredType;
    const blob = withKnownDigest(markUploadedFile(await openAsBlob(part.path, { type }), part.path), part.digest);
    operations.push({ op: 'putBlob', documentId: operation.documentId as string, blob });
  }
  if (used.size !== parts.size) throw new DossierError('invalid-input', { field: 'blob', reason: 'a binary part no operation names' });
  const scope = parse(scopeText, 'scope') as { dossierIds?: unknown; riskTypeIds?: unknown } | null;
  const ids = (value: unknown, field: string): string[] => {
    if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) throw new DossierError('invalid-input', { field });
    return value as string[];
  };
  const digests = [...uploads.values()].map((part) => part.digest);
  return {
    operations,
    scope: { dossierIds: ids(scope?.dossierIds, 'scope.dossierIds'), riskTypeIds: ids(scope?.riskTypeIds, 'scope.riskTypeIds') },
    uploads,
    fingerprint: createHash('sha256')
      .update(JSON.stringify([operationsText, scopeText, digests]))
      .digest('hex'),
    dispose,
  };
}

function parse(text: string, field: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DossierError('invalid-input', { field, reason: 'not JSON' });
  }
}
