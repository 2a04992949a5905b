import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { BlobKey, BlobReadStream, BlobStore } from '@dossier/storage-postgres';
import type { S3BlobStoreOptions } from './s3-blob-store-options.js';

const DIGEST = /^[0-9a-f]{64}$/;

/**
 * Document bytes in an S3-compatible object store: one object per tenant and
 * content, `<prefix><tenant as hex>/<sha256>`, so that any number of stateless
 * server instances share them. Uploads stream from the received file (never
 * whole in memory); downloads stream to the client. `close()` is not needed:
 * the SDK keeps no connection open between calls.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const client = new S3Client({
    region: options.region ?? 'us-east-1',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
    // Checksums only where S3 requires them: the SDK's default (aws-chunked bodies with trailing
    // checksums) is not understood by several S3-compatible stores, which would store the framing too.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  const prefix = options.prefix ?? '';
  const keyOf = (key: BlobKey): string => {
    if (!DIGEST.test(key.digest)) throw new TypeError('not a SHA-256 digest');
    return `${prefix}${Buffer.from(key.tenantId).toString('hex')}/${key.digest}`;
  };
  const size = async (Key: string): Promise<number | undefined> => {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key }));
      return head.ContentLength;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  };
  const read = async (Key: string) => {
    try {
      return await client.send(new GetObjectCommand({ Bucket: options.bucket, Key }));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  };
  return {
    maxBytes: 5 * 1024 ** 3,
    async put(key, blob) {
      const Key = keyOf(key);
      if ((await size(Key)) === blob.size) return;
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key,
          Body: Readable.fromWeb(blob.stream() as Parameters<typeof Readable.fromWeb>[0]),
          ContentLength: blob.size,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async get(key, mediaType) {
      const object = await read(keyOf(key));
      if (!object?.Body) return undefined;
      return new Blob([new Uint8Array(await object.Body.transformToByteArray())], { type: mediaType });
    },
    async open(key): Promise<BlobReadStream | undefined> {
      const object = await read(keyOf(key));
      if (!object?.Body) return undefined;
      return { stream: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength ?? 0 };
    },
    async sweep(olderThan, isReferenced) {
      let deleted = 0;
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: options.bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }),
        );
        for (const object of page.Contents ?? []) {
          const [tenantHex, digest] = (object.Key ?? '').slice(prefix.length).split('/');
          if (!tenantHex || !digest || !DIGEST.test(digest) || !object.LastModified || object.LastModified >= olderThan) continue;
          if (await isReferenced({ tenantId: Buffer.from(tenantHex, 'hex').toString(), digest })) continue;
          await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: object.Key }));
          deleted += 1;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return deleted;
    },
  };
}

function isMissing(error: unknown): boolean {
  const candidate = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return candidate?.name === 'NotFound' || candidate?.name === 'NoSuchKey' || candidate?.$metadata?.httpStatusCode === 404;
}
