import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobKey, BlobReadStream, BlobStore } from '@dossier/storage-postgres';
import { uploadedFileOf } from './uploaded-file.js';

const DIGEST = /^[0-9a-f]{64}$/;

/**
 * Document bytes as files under `root`: `<root>/<tenant>/<ab>/<digest>`, the
 * tenant as a hex name (any tenant id is a safe folder name that way) and the
 * digest checked to be 64 hex digits, so that no id or name ever becomes a
 * path. Files are written to a temporary name and renamed into place: a
 * reader never sees half a file. A received upload is hard-linked (or copied)
 * rather than streamed again.
 */
export function createFileBlobStore(root: string): BlobStore {
  const pathOf = (key: BlobKey): string => {
    if (!DIGEST.test(key.digest)) throw new TypeError('not a SHA-256 digest');
    return join(root, Buffer.from(key.tenantId).toString('hex'), key.digest.slice(0, 2), key.digest);
  };
  const exists = async (path: string): Promise<number | undefined> => {
    try {
      return (await stat(path)).size;
    } catch {
      return undefined;
    }
  };
  return {
    maxBytes: Number.POSITIVE_INFINITY,
    async put(key, blob) {
      const path = pathOf(key);
      if ((await exists(path)) === blob.size) {
        // Fresh again: a sweep running now leaves bytes a commit is about to refer to.
        const now = new Date();
        await utimes(path, now, now);
        return;
      }
      await mkdir(join(path, '..'), { recursive: true });
      const temporary = `${path}.${randomUUID()}.part`;
      try {
        const uploaded = uploadedFileOf(blob);
        if (uploaded) await link(uploaded, temporary).catch(() => copyFile(uploaded, temporary));
        else await pipeline(Readable.fromWeb(blob.stream() as Parameters<typeof Readable.fromWeb>[0]), createWriteStream(temporary));
        await rename(temporary, path);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async get(key, mediaType) {
      const path = pathOf(key);
      return (await exists(path)) === undefined ? undefined : openAsBlob(path, { type: mediaType });
    },
    async open(key): Promise<BlobReadStream | undefined> {
      const path = pathOf(key);
      const size = await exists(path);
      if (size === undefined) return undefined;
      return { stream: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, size };
    },
    async sweep(olderThan, isReferenced) {
      let deleted = 0;
      for (const tenantDir of await readdir(root).catch(() => [] as string[])) {
        const tenantId = Buffer.from(tenantDir, 'hex').toString();
        for (const prefix of await readdir(join(root, tenantDir)).catch(() => [] as string[])) {
          for (const name of await readdir(join(root, tenantDir, prefix)).catch(() => [] as string[])) {
            const path = join(root, tenantDir, prefix, name);
            if (!DIGEST.test(name)) {
              // A temporary file left by a crash.
              const modified = (await stat(path).catch(() => undefined))?.mtime;
              if (modified && modified < olderThan) await rm(path, { force: true });
              continue;
            }
            const info = await stat(path).catch(() => undefined);
            if (!info || info.mtime >= olderThan || (await isReferenced({ tenantId, digest: name }))) continue;
            await rm(path, { force: true });
            deleted += 1;
          }
        }
      }
      return deleted;
    },
  };
}
