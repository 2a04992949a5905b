import { PGlite } from '@electric-sql/pglite';
import { runStorageConformance } from '@dossier/core/testing';
import { openPostgresDatabase, type PostgresDatabase } from '@dossier/storage-postgres';
import { tenantConformance } from './support/tenant-storages.js';

describe('storage-postgres on PGlite', function () {
  this.timeout(60_000);
  let pglite: PGlite;
  let database: PostgresDatabase;
  let other: PostgresDatabase;

  before(async () => {
    pglite = await PGlite.create();
    database = await openPostgresDatabase({ db: pglite });
    other = await openPostgresDatabase({ db: pglite });
  });
  after(async () => {
    await other?.close();
    await database?.close();
    await pglite?.close();
  });

  runStorageConformance(
    tenantConformance(
      'pglite',
      () => database,
      () => other,
    ),
  );
});
