import { DossierError } from '@dossier/core';
import { CHILD_PARENT_FIELD, type ChildKind, type RecordKind } from '@dossier/core/adapter';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendJson } from '../http/send-json.js';
import { queryOf } from '../http/query-of.js';
import type { RouteContext } from './route-context.js';

/** Most ids one batch read takes (the contract's `maxItems`). */
const MAX_IDS = 1000;

/** `GET /records/{kind}?ids=…` (a batch read, `null` where absent) or `?parent=` (the records of one parent). */
export function listRecords(context: RouteContext) {
  return async (request: FastifyRequest<{ Params: { kind: RecordKind } }>, reply: FastifyReply) => {
    const { kind } = request.params;
    const query = queryOf(request);
    if (query.has('ids') === query.has('parent'))
      throw new DossierError('invalid-input', { field: 'ids', reason: 'give either ids or parent' });
    const storage = context.storageOf(request);
    if (query.has('ids')) {
      const ids = query.getAll('ids');
      if (ids.length > MAX_IDS) throw new DossierError('invalid-input', { field: 'ids', reason: `at most ${MAX_IDS}` });
      const records = await storage.getMany(kind, ids);
      return sendJson(reply, { items: records.map((record) => record ?? null) });
    }
    const parents = query.getAll('parent');
    if (parents.length !== 1) throw new DossierError('invalid-input', { field: 'parent', reason: 'given more than once' });
    if (!Object.hasOwn(CHILD_PARENT_FIELD, kind))
      throw new DossierError('invalid-input', { field: 'kind', reason: `${kind} has no parent` });
    return sendJson(reply, { items: await storage.listChildren(kind as ChildKind, parents[0] as string) });
  };
}
