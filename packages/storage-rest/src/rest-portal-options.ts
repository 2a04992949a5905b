import type { Locale } from '@dossier/core';

/** Options of `createRestPortal`. */
export interface RestPortalOptions {
  /** The API root, as given to `createRestStorage` (`https://crm.example/api/dossier`). */
  readonly baseUrl: string;
  /** The link's token, as the client received it. */
  readonly token: string;
  /** Language of the errors' messages. Default `fr`. */
  readonly locale?: Locale;
  /** The `fetch` to use (tests). Default the global one. */
  readonly fetch?: typeof fetch;
}
