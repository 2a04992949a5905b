import { PGlite } from '@electric-sql/pglite';
import { runStorageConformance } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { restConformance } from './support/rest-conformance.js';
import { startTestServer, type TestServer } from './support/test-server.js';

// The raw storage suite writes records no client would (a summary without its dossier): the
// servers here run with `verifyCommits: false`; verifying servers pass the suite's client tests
// in verified-conformance.node.test.ts.
describe('server: the storage conformance suite through HTTP, on PostgreSQL', function () {
  this.timeout(60_000);
  let postgres: TestDatabase;
  let databases: PostgresDatabase[] = [];
  let server: TestServer;
  let other: TestServer;

  before(async () => {
    postgres = await createTestDatabase('dossier_server_conformance');
    databases = [await openPostgresDatabase({ db: postgres.pool() }), await openPostgresDatabase({ db: postgres.pool() })];
    server = await startTestServer(databases[0]!, { verifyCommits: false });
    other = await startTestServer(databases[1]!, { verifyCommits: false });
  });
  after(async () => {
    await other?.close();
    await server?.close();
    for (const database of databases) await database.close();
    await postgres?.drop();
  });

  // The same server code races on PGlite below and storage-postgres races on this PostgreSQL directly.
  runStorageConformance({
    ...restConformance(
      'http-postgres',
      () => server,
      () => other,
    ),
    races: false,
    faultInjection: false,
  });
});

describe('server: the storage conformance suite through HTTP, on embedded PGlite', function () {
  this.timeout(60_000);
  let pglite: PGlite;
  let database: PostgresDatabase;
  let server: TestServer;
  let other: TestServer;

  before(async () => {
    pglite = await PGlite.create();
    database = await openPostgresDatabase({ db: pglite });
    server = await startTestServer(database, { verifyCommits: false });
    other = await startTestServer(database, { verifyCommits: false });
  });
  after(async () => {
    await other?.close();
    await server?.close();
    await database?.close();
    await pglite?.close();
  });

  runStorageConformance(
    restConformance(
      'http-pglite',
      () => server,
      () => other,
    ),
  );
});
