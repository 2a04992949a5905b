import { DossierError, type PortalConnection, type PortalDocument, type PortalView } from '@dossier/core';
import { httpErrorToDossierError } from './http-error-to-dossier-error.js';
import type { RestPortalOptions } from './rest-portal-options.js';
import { parseProblemDetails } from './wire/parse-problem-details.js';

/** The DossierError an error answer stands for. */
function errorOf(status: number, text: string, options: RestPortalOptions): DossierError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return httpErrorToDossierError(status, parseProblemDetails(parsed), options.locale ?? 'fr');
}

/** Sends a multipart body with upload progress where the platform tells it (XMLHttpRequest), else with fetch. */
function send(
  url: string,
  body: FormData,
  total: number,
  options: RestPortalOptions,
  onProgress?: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ status: number; text: string }> {
  const Xhr = (globalThis as { XMLHttpRequest?: typeof XMLHttpRequest }).XMLHttpRequest;
  if (!Xhr || options.fetch) {
    onProgress?.(0, total);
    return (options.fetch ?? fetch)(url, { method: 'POST', body, ...(signal ? { signal } : {}) }).then(async (response) => {
      const text = await response.text();
      if (response.ok) onProgress?.(total, total);
      return { status: response.status, text };
    });
  }
  return new Promise((resolve, reject) => {
    const request = new Xhr();
    request.open('POST', url);
    request.upload.onprogress = (event) => onProgress?.(Math.min(total, event.loaded), total);
    request.onload = () => resolve({ status: request.status, text: String(request.responseText ?? '') });
    request.onerror = () =>
      reject(new DossierError('storage-unavailable', { reason: 'network error' }, { locale: options.locale ?? 'fr' }));
    request.onabort = () => reject(new DOMException('The upload was aborted.', 'AbortError'));
    if (signal) {
      if (signal.aborted) request.abort();
      else signal.addEventListener('abort', () => request.abort(), { once: true });
    }
    request.send(body);
  });
}

/**
 * The `PortalConnection` of one upload link over HTTP (`GET /portal/{token}`,
 * `POST /portal/{token}/documents`), for `<dossier-portal>`: no authentication, the token is
 * the credential. Uploads report their progress in browsers (XMLHttpRequest). Failures are
 * `DossierError`s (a link that does not work: `not-found` of kind `uploadLink`). With `resumable`
 * (`tusUploads()` from `@dossier/storage-rest/tus`), files go with tus and an interrupted upload
 * of the same file resumes where it stopped.
 *
 * @example
 * portalElement.connection = createRestPortal({ baseUrl: '/api/dossier', token });
 */
export function createRestPortal(options: RestPortalOptions): PortalConnection {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') throw new DossierError('invalid-input', { field: 'baseUrl' });
  if (typeof options.token !== 'string' || options.token === '') throw new DossierError('invalid-input', { field: 'token' });
  const base = options.baseUrl.replace(/\/+$/, '');
  const root = `${base}/portal/${encodeURIComponent(options.token)}`;
  /** Where each file's interrupted upload stands on the server, by piece, name, size and date. */
  const started = new Map<string, string>();
  return {
    async view() {
      let response: Response;
      try {
        response = await (options.fetch ?? fetch)(root, { headers: { accept: 'application/json' } });
      } catch (error) {
        throw new DossierError('storage-unavailable', { reason: 'network error' }, { cause: error, locale: options.locale ?? 'fr' });
      }
      const text = await response.text();
      if (!response.ok) throw errorOf(response.status, text, options);
      return JSON.parse(text) as PortalView;
    },
    async upload(pieceId, file, uploadOptions = {}) {
      const blob = file instanceof Blob ? file : file.blob;
      const name = file instanceof Blob ? ((file as File).name ?? 'document') : file.name;
      const body = new FormData();
      body.append('pieceId', pieceId);
      body.append('file', blob, name);
      let answer: { status: number; text: string };
      try {
        if (options.resumable) {
          const key = JSON.stringify([pieceId, name, blob.size, (blob as File).lastModified ?? null]);
          const remember = (url: string | null) => (url ? started.set(key, url) : started.delete(key));
          answer = await options.resumable.send({
            endpoint: `${base}/portal-uploads`,
            token: options.token,
            pieceId,
            blob,
            name,
            previousUrl: started.get(key),
            rememberUrl: remember,
            onProgress: uploadOptions.onProgress,
            signal: uploadOptions.signal,
            locale: options.locale ?? 'fr',
          });
          if (answer.status >= 200 && answer.status < 300) {
            started.delete(key);
            answer = { status: 201, text: answer.text };
          }
        } else answer = await send(`${root}/documents`, body, blob.size, options, uploadOptions.onProgress, uploadOptions.signal);
      } catch (error) {
        if (error instanceof DossierError || (error as Error)?.name === 'AbortError') throw error;
        throw new DossierError('storage-unavailable', { reason: 'network error' }, { cause: error, locale: options.locale ?? 'fr' });
      }
      if (answer.status !== 201) throw errorOf(answer.status, answer.text, options);
      return JSON.parse(answer.text) as PortalDocument;
    },
  };
}
