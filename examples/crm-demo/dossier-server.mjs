// The reference Dossier server beside the demo (`npm start`): started as a child process on its
// embedded default (PGlite and files in examples/crm-demo/.dossier-data, ignored by git), and
// reached by the demo's pages through the demo's own origin:
//
//   /server/api/dossier/…   forwarded to the reference server's /api/dossier/… (the REST contract)
//   /server/dev-token       the development token it printed (tenant "demo", admin and broker)
//   /server/crm             the CRM's own records of the server mode, shared by every browser
//
// Same origin, so no CORS; the token never needs copying by hand.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = dirname(fileURLToPath(import.meta.url));
const rootDir = join(demoDir, '..', '..');
const SERVER_MAIN = join(rootDir, 'packages', 'server', 'src', 'cli', 'server-main.ts');
const EXIT_WITH_PARENT = join(demoDir, 'exit-with-parent.mjs');
/** Largest CRM record set accepted (a few hundred clients and proposals). */
const MAX_CRM_BYTES = 2 * 1024 * 1024;

/**
 * Starts the reference server on a free port of 127.0.0.1 with its data in `dataDir`; resolves
 * once it listens, with its API address, its development token and a function that stops it.
 * @param {{ dataDir?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ baseUrl: string, token: string, dataDir: string, pid: number | undefined, stop: () => Promise<void> }>}
 */
export async function startDossierServer(options = {}) {
  const dataDir = options.dataDir ?? join(demoDir, '.dossier-data');
  await mkdir(dataDir, { recursive: true });
  // exit-with-parent.mjs: the server stops when this process ends, even killed (its stdin pipe closes).
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', EXIT_WITH_PARENT, '--conditions=dossier-source', '--no-warnings', SERVER_MAIN],
    {
      cwd: rootDir,
      // Every browser on the demo shares one development token (one principal): the first one also seeds the
      // portfolio through the server, hundreds of commits in a few seconds. The per-principal rate is raised to match.
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DOSSIER_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DOSSIER_RATE_PER_SECOND: '5000',
        DOSSIER_RATE_BURST: '20000',
      },
      stdio: ['pipe', options.quiet ? 'ignore' : 'inherit', 'pipe'],
    },
  );
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let stderr = '';
  const { baseUrl, token } = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
      const url = /Dossier server: (http:\/\/\S+)/.exec(stderr)?.[1];
      const devToken = /DOSSIER_DEV_TOKEN=(\S+)/.exec(stderr)?.[1];
      if (url && devToken) resolve({ baseUrl: url, token: devToken });
    });
    void exited.then((code) => reject(new Error(`The Dossier server stopped (${code}): ${stderr.trim()}`)));
  });
  return {
    baseUrl,
    token,
    dataDir,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Answers the demo's /server/… requests; returns false for any other path (the static files).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ baseUrl: string, token: string, dataDir: string }} dossierServer
 */
export async function handleServerRoute(request, response, dossierServer) {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (!url.pathname.startsWith('/server/')) return false;
  if (url.pathname === '/server/dev-token') {
    response
      .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(JSON.stringify({ token: dossierServer.token }));
    return true;
  }
  if (url.pathname === '/server/crm') {
    await handleCrm(request, response, join(dossierServer.dataDir, 'crm.json'));
    return true;
  }
  // The API, forwarded as it is: method, headers (the token among them), body streamed both ways.
  const target = new URL(dossierServer.baseUrl);
  const forwarded = httpRequest(
    {
      host: target.hostname,
      port: target.port,
      method: request.method,
      path: `${url.pathname.slice('/server'.length)}${url.search}`,
      headers: { ...request.headers, host: target.host },
    },
    (answer) => {
      // An address the server gives (a tus upload's Location) is on its own origin: point it back through /server.
      const location = answer.headers.location;
      if (typeof location === 'string' && location.startsWith(target.origin))
        answer.headers.location = `/server${location.slice(target.origin.length)}`;
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  forwarded.on('error', () => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/problem+json' });
    response.end(
      JSON.stringify({
        type: 'urn:dossier:error:storage-unavailable',
        title: 'Dossier server unreachable',
        status: 502,
        code: 'storage-unavailable',
      }),
    );
  });
  request.pipe(forwarded);
  return true;
}

/** GET, PUT or DELETE the CRM records of the server mode (a JSON object of strings). */
async function handleCrm(request, response, file) {
  if (request.method === 'GET') {
    const body = await readFile(file, 'utf8').catch(() => '{}');
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
    return;
  }
  if (request.method === 'DELETE') {
    await rm(file, { force: true });
    response.writeHead(204).end();
    return;
  }
  if (request.method !== 'PUT') {
    response.writeHead(405, { allow: 'GET, PUT, DELETE' }).end();
    return;
  }
  let body = '';
  for await (const chunk of request) {
    body += chunk.toString();
    if (body.length > MAX_CRM_BYTES) {
      response.writeHead(413).end();
      return;
    }
  }
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((value) => typeof value !== 'string'))
      throw new TypeError('not a record set');
  } catch {
    response.writeHead(400).end();
    return;
  }
  await writeFile(file, body);
  response.writeHead(204).end();
}
