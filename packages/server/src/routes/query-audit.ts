import { decodeAuditQuery } from '@dossier/storage-rest';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendJson } from '../http/send-json.js';
import { queryOf } from '../http/query-of.js';
import type { RouteContext } from './route-context.js';

/** `GET /audit`: one page of the tenant's summaries, from the indexes, correct at `now`. */
export function queryAudit(context: RouteContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const query = decodeAuditQuery(queryOf(request));
    return sendJson(reply, await context.storageOf(request).queryAudit(query));
  };
}
