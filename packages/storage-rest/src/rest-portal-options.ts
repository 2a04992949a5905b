import type { Locale } from '@dossier/core';
import type { ResumableUploads } from './resumable-uploads.js';

/** Options of `createRestPortal`. */
export interface RestPortalOptions {
  /** The API root, as given to `createRestStorage` (`https://crm.example/api/dossier`). */
  readonly baseUrl: string;
  /** The link's token, as the client received it. */
  readonly token: string;
  /** Language of the errors' messages. Default `fr`. */
  readonly locale?: Locale;
  /**
   * Send files resumably: `tusUploads()` from `@dossier/storage-rest/tus` (the tus protocol, at
   * `{baseUrl}/portal-uploads` of `@dossier/server`): in chunks, retried, and an upload aborted or
   * cut then started again for the same file continues at the server's offset. Default: one
   * multipart request per file.
   */
  readonly resumable?: ResumableUploads;
  /** The `fetch` to use (tests). Default the global one. */
  readonly fetch?: typeof fetch;
}
