import { DossierError, isDossierError } from '@dossier/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticationError } from '../auth/authentication-error.js';
import { ADMIN_ROLE, touchesCatalogue } from '../auth/dossier-roles.js';
import { receiveCommit } from '../commits/receive-commit.js';
import { problemOf } from '../http/problem.js';
import { requestPrincipal } from '../http/request-principal.js';
import { sendProblem } from '../http/send-problem.js';
import { verifyCommit } from '../verify/verify-commit.js';
import type { RouteContext } from './route-context.js';

/**
 * `POST /commits`: the one write. The body is received whole (bytes to
 * temporary files), then, for a key already answered, the stored answer is
 * replayed; otherwise the commit is checked (roles; with `verifyCommits`,
 * core's rules) and applied in one transaction, its key recorded with it.
 * A refusal (4xx) is stored under its key too; a 5xx is not, so a retry runs again.
 */
export function commit(context: RouteContext) {
  return async (request: FastifyRequest<{ Headers: { 'idempotency-key'?: string } }>, reply: FastifyReply) => {
    const principal = requestPrincipal(request);
    const storage = context.storageOf(request);
    const key = request.headers['idempotency-key'];
    const received = await receiveCommit(request, context.limits, context.tmpDir);
    try {
      if (key !== undefined) {
        const refused = await storage.findRefusal(principal.userId, key);
        if (refused) {
          if (refused.fingerprint !== received.fingerprint)
            throw new DossierError('invalid-input', { field: 'Idempotency-Key', reason: 'already used for another commit' });
          return reply
            .code(refused.status)
            .header('content-type', refused.contentType)
            .header('cache-control', 'no-store')
            .header('idempotent-replayed', 'true')
            .send(refused.body);
        }
      }
      try {
        if (touchesCatalogue(received.operations) && !principal.roles.includes(ADMIN_ROLE)) {
          throw new AuthenticationError(403, 'changing the catalogue needs the admin role');
        }
        const verify = context.verifyCommits ? await verifyCommit(received, { now: context.now(), locale: 'en' }) : undefined;
        const receipt = await storage.commitWith(received.operations, received.scope, {
          ...(key !== undefined ? { commitId: key } : {}),
          principal: principal.userId,
          fingerprint: received.fingerprint,
          ...(verify ? { verify } : {}),
        });
        if (receipt.replayed) reply.header('idempotent-replayed', 'true');
        return reply
          .code(200)
          .header('content-type', 'application/json; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(JSON.stringify({ seq: receipt.seq, commitId: receipt.commitId }));
      } catch (error) {
        const problem = problemOf(error, context.limits.maxBlobBytes);
        // Refusals are answers: a retry of the same key gets the same one. Server errors are not (the retry runs again).
        const storable =
          key !== undefined &&
          problem.status < 500 &&
          problem.status !== 422 &&
          (isDossierError(error) || error instanceof AuthenticationError);
        if (storable) {
          await storage
            .rememberRefusal({
              commitId: key,
              principal: principal.userId,
              fingerprint: received.fingerprint,
              status: problem.status,
              contentType: 'application/problem+json',
              body: JSON.stringify(problem.body),
            })
            .catch(() => undefined);
        }
        return sendProblem(reply, problem);
      }
    } finally {
      await received.dispose();
    }
  };
}
