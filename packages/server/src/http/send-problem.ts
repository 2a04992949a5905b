import { PROBLEM_MEDIA_TYPE } from '@dossier/storage-rest';
import type { FastifyReply } from 'fastify';
import type { Problem } from './problem.js';

/** Answers with a problem: `application/problem+json`, never cached. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  reply.code(problem.status).header('content-type', PROBLEM_MEDIA_TYPE).header('cache-control', 'no-store');
  if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.send(JSON.stringify(problem.body));
}
