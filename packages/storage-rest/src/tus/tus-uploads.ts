import { DossierError } from '@dossier/core';
import { Upload, type DetailedError } from 'tus-js-client';
import type { ResumableUploads } from '../resumable-uploads.js';

const MIB = 1024 * 1024;

/** Options of `tusUploads`. */
export interface TusUploadsOptions {
  /** Bytes per PATCH. Default 1 MiB. */
  readonly chunkSize?: number;
  /** Waits (ms) before each automatic retry after a network failure. Default `[0, 1000, 3000, 5000]`. */
  readonly retryDelays?: readonly number[];
}

/** What tus-js-client reads: a Blob in browsers, a Buffer in Node. */
async function tusSource(blob: Blob): Promise<Blob> {
  const NodeBuffer = (globalThis as { Buffer?: { from(data: ArrayBuffer): unknown } }).Buffer;
  const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
  return (!inBrowser && NodeBuffer ? NodeBuffer.from(await blob.arrayBuffer()) : blob) as Blob;
}

/**
 * Resumable portal uploads with the tus protocol (tus-js-client), for `createRestPortal`: files go
 * in chunks, network failures are retried, and an upload cut or aborted resumes from the offset
 * the server holds when the same file is sent again.
 *
 * @example
 * import { tusUploads } from '@dossier/storage-rest/tus';
 * const connection = createRestPortal({ baseUrl: '/api/dossier', token, resumable: tusUploads() });
 */
export function tusUploads(options: TusUploadsOptions = {}): ResumableUploads {
  return {
    async send(request) {
      const source = await tusSource(request.blob);
      return new Promise((resolve, reject) => {
        const upload = new Upload(source, {
          endpoint: request.endpoint,
          ...(request.previousUrl ? { uploadUrl: request.previousUrl } : {}),
          chunkSize: options.chunkSize ?? MIB,
          retryDelays: options.retryDelays ? [...options.retryDelays] : [0, 1000, 3000, 5000],
          storeFingerprintForResuming: false,
          uploadSize: request.blob.size,
          headers: { 'Dossier-Portal-Token': request.token },
          metadata: { pieceId: request.pieceId, filename: request.name, filetype: request.blob.type || 'application/octet-stream' },
          onUploadUrlAvailable: () => request.rememberUrl(upload.url),
          onProgress: (sent, total) => request.onProgress?.(sent, total),
          onSuccess: (payload) => resolve({ status: payload.lastResponse.getStatus(), text: String(payload.lastResponse.getBody() ?? '') }),
          onError: (error) => {
            const response = (error as DetailedError).originalResponse;
            if (response) {
              // Refused for good: the next attempt starts over.
              request.rememberUrl(null);
              resolve({ status: response.getStatus(), text: String(response.getBody() ?? '') });
            } else reject(new DossierError('storage-unavailable', { reason: 'network error' }, { cause: error, locale: request.locale }));
          },
        });
        const signal = request.signal;
        if (signal) {
          const stop = () => {
            void upload.abort(false);
            reject(new DOMException('The upload was aborted.', 'AbortError'));
          };
          if (signal.aborted) return stop();
          signal.addEventListener('abort', stop, { once: true });
        }
        upload.start();
      });
    },
  };
}
