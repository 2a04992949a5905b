import type { DBCore, Middleware } from 'dexie';

/** One read request that reached Dexie's core on a table. */
export interface SpiedRead {
  readonly method: 'get' | 'getMany' | 'query' | 'openCursor' | 'count';
  readonly table: string;
  /** Index name, `null` for the primary key. */
  readonly index: string | null;
  readonly limit: number | undefined;
  /** Rows returned (`query`), keys asked (`getMany`), or the count. */
  readonly size: number;
}

/** A Dexie middleware recording every read request, to prove which indexes a query uses. */
export function createRequestSpy(): { middleware: Middleware<DBCore>; reads: SpiedRead[] } {
  const reads: SpiedRead[] = [];
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-request-spy',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          get: (request) => {
            reads.push({ method: 'get', table: tableName, index: null, limit: undefined, size: 1 });
            return table.get(request);
          },
          getMany: (request) => {
            reads.push({ method: 'getMany', table: tableName, index: null, limit: undefined, size: request.keys.length });
            return table.getMany(request);
          },
          query: async (request) => {
            const response = await table.query(request);
            reads.push({
              method: 'query',
              table: tableName,
              index: request.query.index.name,
              limit: request.limit,
              size: response.result.length,
            });
            return response;
          },
          openCursor: (request) => {
            reads.push({ method: 'openCursor', table: tableName, index: request.query.index.name, limit: undefined, size: -1 });
            return table.openCursor(request);
          },
          count: async (request) => {
            const count = await table.count(request);
            reads.push({ method: 'count', table: tableName, index: request.query.index.name, limit: undefined, size: count });
            return count;
          },
        };
      },
    }),
  };
  return { middleware, reads };
}
