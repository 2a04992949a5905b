import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendJson } from '../http/send-json.js';
import type { RouteContext } from './route-context.js';

/** `GET /risk-types`: every risk type of the tenant. */
export function listRiskTypes(context: RouteContext) {
  return async (request: FastifyRequest, reply: FastifyReply) =>
    sendJson(reply, { items: await context.storageOf(request).listRiskTypes() });
}
