import { DossierError } from '@dossier/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendJson } from '../http/send-json.js';
import { queryOf } from '../http/query-of.js';
import type { RouteContext } from './route-context.js';

/**
 * A client starting to poll learns where the feed is with a request that may
 * arrive just after a commit it raced with (it subscribed, then another
 * client committed): the start position it gets is before the commits of
 * this last moment, so that it hears of them.
 */
const LOOK_BACK_MS = 2000;

/** `GET /changes?since=`: the tenant's commits after `since`, or only a position to start from. */
export function getChanges(context: RouteContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const since = queryOf(request).getAll('since');
    if (since.length > 1 || (since.length === 1 && !/^\d{1,15}$/.test(since[0] as string)))
      throw new DossierError('invalid-input', { field: 'since' });
    return sendJson(
      reply,
      await context.storageOf(request).changes(since.length === 1 ? Number(since[0]) : undefined, { lookBackMs: LOOK_BACK_MS }),
    );
  };
}
