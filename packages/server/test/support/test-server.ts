import type { StorageOperation } from '@dossier/core/adapter';
import { createDossierServer, createJwtAuthenticator, issueDevToken, type DossierServer, type DossierServerOptions } from '@dossier/server';
import type { PostgresDatabase } from '@dossier/storage-postgres';

/** The HS256 secret and audience of test tokens. */
export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-bytes!';
export const TEST_AUDIENCE = 'dossier-test';

/** A server on loopback for a test file, with tokens for any tenant and a commit failure to arm. */
export interface TestServer {
  readonly server: DossierServer;
  readonly baseUrl: string;
  /** A valid token of `tenantId` (roles admin and broker unless given). */
  token(tenantId: string, roles?: readonly string[], userId?: string): Promise<string>;
  /** Makes the next commit of `tenantId` fail once it started writing (a database failure). */
  /** Arms a failure inside the tenant's next commit; returns the function that takes it back. */
  failNextCommit(tenantId: string): () => void;
  close(): Promise<void>;
}

/** Starts a server on `database` at 127.0.0.1, a free port. */
export async function startTestServer(database: PostgresDatabase, options: Partial<DossierServerOptions> = {}): Promise<TestServer> {
  const armed = new Set<string>();
  const armable: PostgresDatabase = {
    ...database,
    storage: (tenantId) =>
      database.storage(tenantId, {
        beforeApply: (_operation: StorageOperation, index: number) => {
          if (index >= 1 && armed.delete(tenantId)) throw new Error('injected failure');
        },
      }),
  };
  const server = await createDossierServer({
    database: armable,
    authenticate: createJwtAuthenticator({ secret: TEST_SECRET, audience: TEST_AUDIENCE }),
    limits: { rate: { perSecond: 10_000, burst: 10_000 } },
    ...options,
  });
  const baseUrl = await server.listen();
  return {
    server,
    baseUrl,
    token: (tenantId, roles = ['admin', 'broker'], userId = 'tester') =>
      issueDevToken({ secret: TEST_SECRET, audience: TEST_AUDIENCE, tenantId, roles, userId }),
    failNextCommit: (tenantId) => {
      armed.add(tenantId);
      return () => armed.delete(tenantId);
    },
    close: () => server.close(),
  };
}
