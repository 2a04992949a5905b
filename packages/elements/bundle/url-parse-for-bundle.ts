// Replaces the `url-parse` package in the script-tag bundles (rollup.config.mjs): tus-js-client, in
// the bundle's tus chunk, imports it only to resolve an upload's address against its endpoint
// (`new URL(location, endpoint).toString()`), and url-parse is CommonJS, which the bundles do not
// read. The platform's URL does the same once a relative endpoint (`/api/dossier/portal-uploads`)
// is made absolute against the page's address, as url-parse does.

/** `new UrlParse(address, base)`: `address` resolved against `base`, itself resolved against the page. */
export default function UrlParse(address: string, base: string): URL {
  return new URL(address, new URL(base, (globalThis as { location?: { href: string } }).location?.href));
}
