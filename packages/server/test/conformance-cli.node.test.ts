import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { expect } from 'chai';
import { TEST_AUDIENCE, TEST_SECRET, startTestServer, type TestServer } from './support/test-server.js';

const MAIN = fileURLToPath(new URL('../src/cli/conformance-main.ts', import.meta.url));

/** Runs `dossier-conformance` with `args`; resolves with its exit code and output. */
function conformance(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=dossier-source', '--no-warnings', MAIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('dossier-conformance: the one-line conformance command', function () {
  this.timeout(120_000);
  let pglite: PGlite;
  let database: PostgresDatabase;
  let server: TestServer;

  before(async () => {
    pglite = await PGlite.create();
    database = await openPostgresDatabase({ db: pglite });
    server = await startTestServer(database, { verifyCommits: false });
  });
  after(async () => {
    await server?.close();
    await database?.close();
    await pglite?.close();
  });

  it('passes against a conforming server (a fresh tenant per test through minted tokens)', async () => {
    const { code, output } = await conformance([
      server.baseUrl,
      '--jwt-secret',
      TEST_SECRET,
      '--audience',
      TEST_AUDIENCE,
      '--grep',
      'records|audit paging|atomicity|conversion keeps',
    ]);
    expect(output).to.match(/\d+ passed, 0 failed/);
    expect(code, output).to.equal(0);
  });

  it('fails, with the reasons, against a server that refuses it', async () => {
    const { code, output } = await conformance([
      server.baseUrl,
      '--jwt-secret',
      'a-wrong-secret-of-at-least-thirty-two-bytes',
      '--grep',
      'puts, gets',
    ]);
    expect(code).to.equal(1);
    expect(output).to.match(/✘ .*puts, gets/);
    expect(output).to.match(/0 passed, 1 failed/);
  });

  it('prints its usage when called without a URL', async () => {
    const { code, output } = await conformance([]);
    expect(code).to.equal(2);
    expect(output).to.contain('Usage: dossier-conformance <baseUrl>');
  });
});
