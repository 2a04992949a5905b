import type { Locale } from '@dossier/core';

/** One file for `ResumableUploads.send`. */
export interface ResumableUploadRequest {
  /** Where uploads are created (`{baseUrl}/portal-uploads`). */
  readonly endpoint: string;
  /** The link's token, sent with every request. */
  readonly token: string;
  readonly pieceId: string;
  readonly blob: Blob;
  readonly name: string;
  /** The address of this file's interrupted upload on the server, to resume from. */
  readonly previousUrl: string | undefined;
  /** Told the upload's address once known (to resume it later), or `null` once it cannot be resumed. */
  readonly rememberUrl: (url: string | null) => void;
  readonly onProgress?: ((sent: number, total: number) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly locale: Locale;
}

/**
 * How `createRestPortal` sends files resumably: `tusUploads()` from `@dossier/storage-rest/tus`
 * (tus-js-client), kept apart so that a page that does not use it does not load it. Resolves with
 * the server's final answer (status and body); rejects with a `DossierError`
 * (`storage-unavailable`) when the network failed, or an `AbortError` when aborted.
 */
export interface ResumableUploads {
  send(request: ResumableUploadRequest): Promise<{ status: number; text: string }>;
}
