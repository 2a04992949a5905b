import { DossierError, type DossierClient } from '@dossier/core';
import { constantTimeEqual, hashUploadToken } from '@dossier/core/adapter';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { randomId } from '../random-id.js';

/** The header carrying a portal upload's link token on every tus request, as `@dossier/server` reads it. */
const TOKEN_HEADER = 'dossier-portal-token';
const TUS_HEADERS = { 'Tus-Resumable': '1.0.0', 'Cache-Control': 'no-store' } as const;

/** One upload under way: the hash of the link it was created with, where it goes, and the bytes so far. */
interface PendingUpload {
  readonly linkId: string;
  readonly pieceId: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly chunks: Uint8Array[];
  offset: number;
}

/** `Upload-Metadata` (`key base64,key base64`) as text values; a malformed pair is left out. */
function parseMetadata(header: string | null): Map<string, string> {
  const values = new Map<string, string>();
  for (const pair of (header ?? '').split(',')) {
    const [key, encoded = ''] = pair.trim().split(' ');
    if (!key) continue;
    try {
      values.set(key, new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))));
    } catch {
      // Not base64: as if absent.
    }
  }
  return values;
}

/**
 * The tus 1.0.0 endpoints `@dossier/server` serves for resumable portal uploads, in memory, for the
 * msw mock: creation (`POST {base}/portal-uploads`, the link, piece and declared size checked before
 * any byte), `HEAD` (the offset held) and `PATCH` (bytes at that offset) on the upload's address,
 * every request naming its link's token in `Dossier-Portal-Token` (compared by hash with the one
 * the upload was created with). The last PATCH hands the whole file to `portal.upload` and answers
 * 200 with the `PortalDocument`. Failures are `refuse(error)`'s problem answers. Internal.
 */
export function createPortalUploadHandlers(
  base: string,
  portal: DossierClient['portal'],
  refuse: (error: unknown) => Response,
): HttpHandler[] {
  const uploads = new Map<string, PendingUpload>();
  const root = `${base}/portal-uploads`;
  const gone = () => new DossierError('not-found', { kind: 'uploadLink' });
  /** The upload at `id`, if the request's token is the one it was created with. */
  const uploadOf = (request: Request, id: string): PendingUpload => {
    const upload = uploads.get(id);
    if (!upload || !constantTimeEqual(hashUploadToken(request.headers.get(TOKEN_HEADER) ?? ''), upload.linkId)) throw gone();
    return upload;
  };
  const guarded =
    (handle: (request: Request, id: string) => Promise<Response>) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      try {
        return await handle(request, typeof params['id'] === 'string' ? params['id'] : '');
      } catch (error) {
        return refuse(error);
      }
    };

  return [
    http.post(
      root,
      guarded(async (request) => {
        const token = request.headers.get(TOKEN_HEADER) ?? '';
        const length = request.headers.get('upload-length') ?? '';
        const metadata = parseMetadata(request.headers.get('upload-metadata'));
        const pieceId = metadata.get('pieceId');
        if (!/^\d+$/.test(length) || pieceId === undefined)
          throw new DossierError('invalid-input', { field: 'Upload-Metadata', reason: 'pieceId and Upload-Length' });
        const size = Number(length);
        await portal.allowUpload(token, pieceId, size);
        const id = randomId();
        uploads.set(id, {
          linkId: hashUploadToken(token),
          pieceId,
          name: metadata.get('filename') ?? 'document',
          type: metadata.get('filetype') ?? '',
          size,
          chunks: [],
          offset: 0,
        });
        return new HttpResponse(null, { status: 201, headers: { ...TUS_HEADERS, Location: `${root}/${id}` } });
      }),
    ),
    http.head(
      `${root}/:id`,
      guarded(async (request, id) => {
        const upload = uploadOf(request, id);
        return new HttpResponse(null, {
          status: 200,
          headers: { ...TUS_HEADERS, 'Upload-Offset': String(upload.offset), 'Upload-Length': String(upload.size) },
        });
      }),
    ),
    http.patch(
      `${root}/:id`,
      guarded(async (request, id) => {
        const upload = uploadOf(request, id);
        if (request.headers.get('content-type') !== 'application/offset+octet-stream')
          throw new DossierError('invalid-input', { field: 'Content-Type', reason: 'application/offset+octet-stream' });
        if (request.headers.get('upload-offset') !== String(upload.offset)) {
          return new HttpResponse(null, { status: 409, headers: { ...TUS_HEADERS, 'Upload-Offset': String(upload.offset) } });
        }
        const bytes = new Uint8Array(await request.arrayBuffer());
        if (upload.offset + bytes.length > upload.size)
          throw new DossierError('invalid-input', { field: 'body', reason: 'more bytes than Upload-Length' });
        upload.chunks.push(bytes);
        upload.offset += bytes.length;
        const headers = { ...TUS_HEADERS, 'Upload-Offset': String(upload.offset) };
        if (upload.offset < upload.size) return new HttpResponse(null, { status: 204, headers });
        // Whole: it counts only once core took it (magic bytes, size, SHA-256, review).
        uploads.delete(id);
        const token = request.headers.get(TOKEN_HEADER) ?? '';
        const sent = await portal.upload(token, upload.pieceId, {
          blob: new Blob(upload.chunks as BlobPart[], upload.type ? { type: upload.type } : {}),
          name: upload.name,
        });
        return new HttpResponse(JSON.stringify(sent), { status: 200, headers: { ...headers, 'Content-Type': 'application/json' } });
      }),
    ),
  ];
}
