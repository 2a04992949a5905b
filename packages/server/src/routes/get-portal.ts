import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerLinkNotFound, isLinkNotFound, openPortal } from '../portal/open-portal.js';
import type { PortalContext } from '../portal/portal-context.js';

/** `GET /portal/{token}`: what the client sees behind a link (public, rate-limited). */
export function getPortal(context: PortalContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const startedAt = performance.now();
    const opened = await openPortal(context, request, reply, startedAt);
    if (!opened) return reply;
    try {
      const view = await opened.client.portal.view(opened.token);
      return reply
        .code(200)
        .header('content-type', 'application/json; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(JSON.stringify(view));
    } catch (error) {
      if (isLinkNotFound(error)) return answerLinkNotFound(context, request, reply, startedAt);
      throw error;
    }
  };
}
