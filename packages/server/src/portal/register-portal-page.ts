import { DossierError } from '@dossier/core';
import type { FastifyInstance } from 'fastify';
import type { PortalPageOptions } from './portal-page-options.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Serves `<dossier-portal>` on a minimal page at `{path}/{token}`: the same bytes whatever the
 * token (nothing is looked up, so the page tells nothing about a token), never cached, never
 * indexed, never sending its address (the token) as a referrer, under a strict CSP allowing only
 * the page's own script and the elements' bundle. `{path}-page.js` reads the token from the
 * address and gives the element `createRestPortal({ baseUrl: apiPrefix, token, resumable })`: files go
 * with tus to the server's `{apiPrefix}/portal-uploads` (resumable), through the bundle's
 * `loadTusUploads()` (tus-js-client, a chunk beside the bundle loaded then). When that cannot load
 * (a bundle without it, a chunk missing or blocked) or `resumable: false`, one request per file.
 */
export async function registerPortalPage(app: FastifyInstance, apiPrefix: string, options: PortalPageOptions): Promise<void> {
  const path = (options.path ?? '/portal').replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9/_-]*$/.test(path) || path === apiPrefix) throw new DossierError('invalid-input', { field: 'portalPage.path' });
  if (typeof options.bundleUrl !== 'string' || /["'<>\s]/.test(options.bundleUrl))
    throw new DossierError('invalid-input', { field: 'portalPage.bundleUrl' });
  const script = `${path}-page.js`;
  const bundleOrigin = /^https?:\/\//.test(options.bundleUrl) ? new URL(options.bundleUrl).origin : "'self'";
  const page = `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'fr')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'Envoi de documents')}</title>
</head>
<body style="margin:0">
<dossier-portal locale="${escapeHtml(options.lang ?? 'fr')}"></dossier-portal>
<script type="module" src="${escapeHtml(script)}"></script>
</body>
</html>
`;
  if (options.resumable !== undefined && typeof options.resumable !== 'boolean')
    throw new DossierError('invalid-input', { field: 'portalPage.resumable' });
  // Resumable unless told otherwise; any failure to load tus falls back to one request per file.
  const resumable =
    options.resumable === false
      ? ''
      : `let resumable;
try {
  if (typeof Dossier.loadTusUploads === 'function') resumable = await Dossier.loadTusUploads();
} catch {
  resumable = undefined;
}
`;
  const glue = `const Dossier = await import(${JSON.stringify(options.bundleUrl)});
const token = decodeURIComponent(location.pathname.slice(${JSON.stringify(path.length + 1)}).split('/')[0] || '');
${resumable}document.querySelector('dossier-portal').connection = Dossier.createRestPortal({ baseUrl: ${JSON.stringify(apiPrefix)}, token${options.resumable === false ? '' : ', ...(resumable ? { resumable } : {})'} });
`;
  const headers = {
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex, nofollow',
    'x-content-type-options': 'nosniff',
    'content-security-policy': `default-src 'none'; script-src 'self' ${bundleOrigin}; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' blob: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  };
  app.get(`${path}/:token`, async (_request, reply) => reply.headers(headers).type('text/html; charset=utf-8').send(page));
  app.get(script, async (_request, reply) => reply.headers(headers).type('text/javascript; charset=utf-8').send(glue));
}
