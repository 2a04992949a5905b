import type { PostgresDatabase, PostgresStorage } from '@dossier/storage-postgres';
import type { FastifyRequest } from 'fastify';
import type { CommitLimits } from '../commits/commit-limits.js';

/** What the API's route handlers share. */
export interface RouteContext {
  readonly database: PostgresDatabase;
  readonly limits: CommitLimits;
  /** Where uploads are received before a commit applies them. */
  readonly tmpDir: string;
  /** Re-run core's rules on every commit (see `DossierServerOptions.verifyCommits`). */
  readonly verifyCommits: boolean;
  /** The server's clock, at which commits' summaries are re-computed. */
  readonly now: () => Date;
  /** The storage of the request's tenant. */
  storageOf(request: FastifyRequest): PostgresStorage;
}
