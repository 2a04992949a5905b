/** The minimal page the server serves at a link's address, for `DossierServerOptions.portalPage`. */
export interface PortalPageOptions {
  /**
   * Where the page is, before the token: `/portal` serves `/portal/{token}`, the address a
   * client's `portalUrl` should give. Must not be the API's prefix. Default `/portal`.
   */
  readonly path?: string;
  /**
   * The script-tag bundle of `@dossier/elements` as an ES module (`dist/dossier.bundle.js`),
   * where the host serves it (same origin, or a CDN it trusts).
   */
  readonly bundleUrl: string;
  /**
   * Whether the page sends files resumably, with tus to the server's `{apiPrefix}/portal-uploads`
   * (the bundle's `loadTusUploads()`, tus-js-client in a chunk beside it): an upload cut on a flaky
   * connection resumes where it stopped. When tus cannot load, the page falls back to one request
   * per file. `false`: always one request per file. Default `true`.
   */
  readonly resumable?: boolean;
  /** The page's language and title. Default `fr`, "Envoi de documents". */
  readonly lang?: string;
  readonly title?: string;
}
