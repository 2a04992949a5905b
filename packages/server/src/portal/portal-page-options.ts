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
  /** The page's language and title. Default `fr`, "Envoi de documents". */
  readonly lang?: string;
  readonly title?: string;
}
