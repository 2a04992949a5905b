import { createDossierClient, DossierError, isDossierError, type DossierClient } from '@dossier/core';
import { hashUploadToken } from '@dossier/core/adapter';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemOf, withStatus } from '../http/problem.js';
import { sendProblem } from '../http/send-problem.js';
import type { PortalContext } from './portal-context.js';

/** A portal request let through: the client of the link's tenant, and the token as given. */
export interface OpenedPortal {
  readonly client: DossierClient;
  readonly token: string;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Whether an error says the link does not work (core answers every such case alike), or takes no
 * more files: an upload through a used-up link is answered as through an unknown one (the
 * link's view still says `filesLeft: 0`, for its client).
 */
export function isLinkNotFound(error: unknown): boolean {
  if (!isDossierError(error)) return false;
  if (error.code === 'not-found') return error.details.kind === 'uploadLink';
  const reason = error.details.reason as { key?: unknown } | undefined;
  return error.code === 'invalid-input' && typeof reason === 'object' && reason !== null && reason.key === 'linkUsedUp';
}

/**
 * The one answer to a link that does not work, whatever the reason: the same 404 body, sent no
 * sooner than `floorMs` after the request arrived, so that neither its content nor its timing
 * tells an unknown token from a revoked or expired one. The address's failure budget is spent.
 */
export async function answerLinkNotFound(
  context: PortalContext,
  request: FastifyRequest,
  reply: FastifyReply,
  startedAt: number,
): Promise<FastifyReply> {
  context.failureRate.take(request.ip);
  const left = startedAt + context.floorMs - performance.now();
  if (left > 0) await pause(left);
  return sendProblem(reply, problemOf(new DossierError('not-found', { kind: 'uploadLink' })));
}

/**
 * Admits a portal request: rate limits per address (and per address's failures) and per token,
 * then finds the tenant holding the token's link. Answers the request itself (429, or the
 * not-found answer) and returns `undefined` when it may not go on.
 */
export async function openPortal(
  context: PortalContext,
  request: FastifyRequest,
  reply: FastifyReply,
  startedAt: number,
  given: string | undefined = (request.params as { token?: unknown }).token as string | undefined,
): Promise<OpenedPortal | undefined> {
  const limited = (wait: number) =>
    sendProblem(reply, withStatus(problemOf(new DossierError('storage-unavailable', { reason: 'rate limited' })), 429, wait));
  const failures = context.failureRate.wait(request.ip);
  if (failures > 0) {
    await limited(failures);
    return undefined;
  }
  const byAddress = context.addressRate.take(request.ip);
  if (byAddress > 0) {
    await limited(byAddress);
    return undefined;
  }
  const token = typeof given === 'string' ? given : '';
  const linkId = hashUploadToken(token);
  const byToken = context.tokenRate.take(linkId);
  if (byToken > 0) {
    await limited(byToken);
    return undefined;
  }
  const tenantId = await context.database.findUploadLinkTenant(linkId);
  if (tenantId === undefined) {
    await answerLinkNotFound(context, request, reply, startedAt);
    return undefined;
  }
  const client = createDossierClient({ storage: context.database.storage(tenantId), now: context.now, locale: 'en' });
  return { client, token };
}
