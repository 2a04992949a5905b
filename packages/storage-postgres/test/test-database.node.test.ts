import { createTestDatabase } from '@dossier/storage-postgres/testing';
import { expect } from 'chai';

describe('createTestDatabase', () => {
  it('fails loudly, saying what to do, when PostgreSQL cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there.
    const error = await createTestDatabase('dossier_unreachable', 'postgres://dossier:secret@127.0.0.1:1/postgres').catch(
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(Error);
    const message = (error as Error).message;
    expect(message).to.contain('pg_ctlcluster 15 main start');
    expect(message).to.contain('DOSSIER_TEST_POSTGRES_URL');
    expect(message, 'the password is not printed').not.to.contain('secret');
  });
});
