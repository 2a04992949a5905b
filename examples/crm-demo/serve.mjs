// The demo CRM's build and server (`npm start`): bundles src/ with esbuild into dist/, starts the
// reference Dossier server (for the "Serveur (PostgreSQL)" storage, see dossier-server.mjs), then
// serves dist/ on 127.0.0.1. `--build-only` builds and exits (for tests).
//
//   npm start                               http://127.0.0.1:5173/ (or the next free port)
//   PORT=8080 npm start
//   node examples/crm-demo/serve.mjs --build-only
//
// dist/ is a complete static site (index.html, main.js and its chunks, styles.css, mockServiceWorker.js,
// pdf.worker.min.mjs):
// any static server can host it, since the app routes with the URL hash.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleServerRoute, startDossierServer } from './dossier-server.mjs';

const demoDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(demoDir, '..', '..');
const distDir = join(demoDir, 'dist');
const require = createRequire(import.meta.url);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Builds the demo into dist/. Resolves once every file is written; rejects on a build error.
 * `packages: 'built'` bundles the packages' own dist/ (run `npm run build` first), as a host gets
 * them from npm, instead of their sources.
 * @param {{ packages?: 'source' | 'built' }} [options]
 */
export async function buildDemo({ packages = 'source' } = {}) {
  await rm(distDir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  await build({
    // portal: the client's page of an upload link (server mode), portal.html.
    entryPoints: {
      main: join(demoDir, 'src', 'main.ts'),
      portal: join(demoDir, 'src', 'portal', 'portal-main.ts'),
      styles: join(demoDir, 'src', 'styles', 'app.css'),
    },
    outdir: distDir,
    bundle: true,
    // The REST mode's modules (msw among them) load only when asked for.
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // The workspace packages resolve through their public `exports` to their sources, so no package build is needed
    // (or, with packages: 'built', to their dist/ like any host's bundler).
    conditions: packages === 'built' ? [] : ['dossier-source'],
    // esbuild ignores `extends`: point it at the base, which holds the legacy-decorator settings Lit's elements need.
    tsconfig: join(rootDir, 'tsconfig.base.json'),
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await copyFile(join(demoDir, 'index.html'), join(distDir, 'index.html'));
  await copyFile(join(demoDir, 'portal.html'), join(distDir, 'portal.html'));
  // msw's worker must be served from the root so that its scope covers the whole app.
  await copyFile(join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js'), join(distDir, 'mockServiceWorker.js'));
  // pdf.js's worker for the indexer's PDF previews, beside the bundle where its default URL points.
  await copyFile(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), join(distDir, 'pdf.worker.min.mjs'));
}

/**
 * Serves dist/ on 127.0.0.1, from `port` upwards until a port is free, and with `dossierServer`
 * (from `startDossierServer`) its /server/… routes. Resolves with the server and its port.
 */
export async function serveDemo(port, dossierServer) {
  const server = createServer(async (request, response) => {
    if (dossierServer && (await handleServerRoute(request, response, dossierServer))) return;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') path = '/index.html';
    const file = normalize(join(distDir, path));
    if (!file.startsWith(distDir + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  for (let candidate = port; candidate < port + 50; candidate += 1) {
    const listening = await new Promise((resolve, reject) => {
      const onError = (error) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE') resolve(false);
        else reject(error);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve(true);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, '127.0.0.1');
    });
    if (listening) return { server, port: candidate };
  }
  throw new Error(`No free port between ${port} and ${port + 49}`);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1]);
if (isMain) {
  try {
    await buildDemo();
  } catch (error) {
    console.error('Dossier demo CRM: the build failed.', error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (process.argv.includes('--build-only')) {
    console.log(`Dossier demo CRM built in ${distDir}`);
  } else {
    const dossierServer = await startDossierServer();
    // Stopping the demo stops the server it started: on Ctrl+C (SIGINT), SIGTERM, SIGHUP (terminal
    // closed), or an error here; killed outright (SIGKILL), the server sees its stdin close and stops.
    let stopping = false;
    const stop = (code = 0) => {
      if (stopping) return;
      stopping = true;
      void dossierServer.stop().finally(() => process.exit(code));
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
    process.on('uncaughtException', (error) => {
      console.error('Dossier demo CRM:', error);
      stop(1);
    });
    const requested = Number.parseInt(process.env.PORT ?? '', 10);
    const { port } = await serveDemo(Number.isInteger(requested) && requested > 0 ? requested : 5173, dossierServer);
    console.log(`Dossier demo CRM: http://127.0.0.1:${port}/`);
    console.log(`  on the reference server: http://127.0.0.1:${port}/?storage=server (API ${dossierServer.baseUrl})`);
    console.log('  Ctrl+C stops the demo and its server.');
  }
}
