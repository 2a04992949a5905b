import { runStorageConformance } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { createTestDatabase, type TestDatabase } from '@dossier/storage-postgres/testing';
import { tenantConformance } from './support/tenant-storages.js';

describe('storage-postgres on PostgreSQL', function () {
  this.timeout(60_000);
  let server: TestDatabase;
  let database: PostgresDatabase;
  let other: PostgresDatabase;

  before(async () => {
    server = await createTestDatabase('dossier_conformance');
    database = await openPostgresDatabase({ db: server.pool() });
    // Another pool: another client of the server, as a second instance would be.
    other = await openPostgresDatabase({ db: server.pool() });
  });
  after(async () => {
    await other?.close();
    await database?.close();
    await server?.drop();
  });

  runStorageConformance(
    tenantConformance(
      'postgres',
      () => database,
      () => other,
    ),
  );
});
