import { DossierError } from '@dossier/core';
import { type RecordKind } from '@dossier/core/adapter';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemOf } from '../http/problem.js';
import { sendJson } from '../http/send-json.js';
import { sendProblem } from '../http/send-problem.js';
import type { RouteContext } from './route-context.js';

/** `GET /records/{kind}/{id}`: one record, or 404 `not-found` (never another tenant's: ids are per tenant). */
export function getRecord(context: RouteContext) {
  return async (request: FastifyRequest<{ Params: { kind: RecordKind; id: string } }>, reply: FastifyReply) => {
    const { kind, id } = request.params;
    const record = await context.storageOf(request).get(kind, id);
    if (record === undefined) return sendProblem(reply, problemOf(new DossierError('not-found', { kind, id })));
    return sendJson(reply, record);
  };
}
