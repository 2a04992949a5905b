// Builds the demo CRM (examples/crm-demo/dist, with the demo's own build, the one `npm start` runs)
// and serves it on 127.0.0.1 at a free port, for the end-to-end test and the README screenshots.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleServerRoute } from '../../../examples/crm-demo/dossier-server.mjs';
import { buildDemo } from '../../../examples/crm-demo/serve.mjs';

const DIST = fileURLToPath(new URL('../../../examples/crm-demo/dist/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker (pdf.worker.min.mjs): a module worker must come as JavaScript.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Every file under `dir`, as URL path → bytes. */
async function readTree(dir, prefix = '/') {
  const files = new Map();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [key, body] of await readTree(path, `${prefix}${entry.name}/`)) files.set(key, body);
    else files.set(`${prefix}${entry.name}`, await readFile(path));
  }
  return files;
}

/**
 * Builds the demo, then serves what was built on a port the system picks. The build is read into
 * memory first: another build of dist/ meanwhile (`npm start`, a second run) cannot pull files from
 * under the page. With `dossierServer` (from examples/crm-demo/dossier-server.mjs), its /server/…
 * routes are served too, as `npm start` does.
 * @param {{ packages?: 'source' | 'built', dossierServer?: { baseUrl: string, token: string, dataDir: string } }} [options]
 *   `packages` is passed to `buildDemo`
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} the demo's address and a function that stops the server.
 */
export async function startDemo(options = {}) {
  await buildDemo(options);
  const files = await readTree(DIST);
  if (!files.has('/index.html') || !files.has('/main.js')) throw new Error(`The demo build left no index.html or main.js in ${DIST}`);
  const server = createServer(async (request, response) => {
    if (options.dossierServer && (await handleServerRoute(request, response, options.dossierServer))) return;
    let path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') path = '/index.html';
    const body = files.get(path);
    if (!body || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(body ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(body ? 'method not allowed' : 'not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      .end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The demo server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        // The browser may keep connections open; they must not hold the process.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
