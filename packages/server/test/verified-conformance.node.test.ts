import { PGlite } from '@electric-sql/pglite';
import { runStorageConformance, type TestFunction } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { restConformance } from './support/rest-conformance.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * The conformance tests that write through core's client: a verifying
 * server must accept every commit they make (the other tests write raw
 * records no client would, which a verifying server refuses as forged).
 */
const CLIENT_TESTS = /client|random operations|typed errors|unknown records|conversion keeps/;
const onlyClientTests =
  (it: TestFunction): TestFunction =>
  (name, body) => {
    if (CLIENT_TESTS.test(name)) it(name, body);
  };

describe('server with verified commits: the conformance suite’s client tests through HTTP', function () {
  this.timeout(60_000);
  let pglite: PGlite;
  let database: PostgresDatabase;
  let server: TestServer;
  let other: TestServer;

  before(async () => {
    pglite = await PGlite.create();
    database = await openPostgresDatabase({ db: pglite });
    // The server's clock is a day after the clients' (2026-11-28T10:00Z): summaries are judged time-independently.
    server = await startTestServer(database, { now: () => new Date('2026-11-29T10:00:00Z') });
    other = await startTestServer(database);
  });
  after(async () => {
    await other?.close();
    await server?.close();
    await database?.close();
    await pglite?.close();
  });

  runStorageConformance({
    ...restConformance(
      'verified',
      () => server,
      () => other,
    ),
    it: onlyClientTests(it),
  });
});
