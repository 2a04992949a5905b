import type { ResumableUploads } from '@dossier/storage-rest';
import type { TusUploadsOptions } from '@dossier/storage-rest/tus';

/**
 * Resumable portal uploads (`tusUploads()` of `@dossier/storage-rest/tus`, the tus protocol) for
 * `createRestPortal({ resumable })`, loaded on first use: in the ES module bundle, tus-js-client is a
 * chunk of its own beside it (`dist/dossier.bundle.tus.js`), so a page that never sends a file
 * resumably does not load it. Rejects when the chunk cannot be loaded: a caller then sends one
 * request per file instead, as the server's portal page does.
 *
 * @example
 * const resumable = await Dossier.loadTusUploads().catch(() => undefined);
 * portal.connection = Dossier.createRestPortal({ baseUrl: '/api/dossier', token, ...(resumable ? { resumable } : {}) });
 */
export async function loadTusUploads(options?: TusUploadsOptions): Promise<ResumableUploads> {
  const { tusUploads } = await import('@dossier/storage-rest/tus');
  return tusUploads(options);
}
