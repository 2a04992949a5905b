import type { FastifyReply } from 'fastify';

/**
 * Answers with JSON, never cached. Sent as text: records are stored JSON and
 * go out as they are, not through the serializer the OpenAPI response
 * schemas would set up (it would drop fields the schema does not list).
 */
export function sendJson(reply: FastifyReply, body: unknown): FastifyReply {
  return reply
    .code(200)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}
