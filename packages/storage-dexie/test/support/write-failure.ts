import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/** A Dexie middleware that fails one chosen write request, and its trigger. */
export interface WriteFailure {
  readonly middleware: Middleware<DBCore>;
  /**
   * Lets `afterWrites` write requests (Dexie `mutate` calls: one per table and
   * commit here) through, then fails the next one with `error()`, once.
   */
  arm(afterWrites: number, error: () => unknown): void;
  /** Takes back an armed failure that has not struck. */
  disarm(): void;
  /** Write requests seen since the last `arm`. */
  readonly writesSeen: number;
}

/**
 * Fails a write in the middle of a transaction, after earlier writes of the
 * same transaction reached IndexedDB: what a full disk or a crash does.
 */
export function createWriteFailure(): WriteFailure {
  let armed: { remaining: number; error: () => unknown } | undefined;
  let writesSeen = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-write-failure',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            writesSeen += 1;
            if (armed) {
              if (armed.remaining === 0) {
                const { error } = armed;
                armed = undefined;
                return Promise.reject(error());
              }
              armed.remaining -= 1;
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
  return {
    middleware,
    disarm() {
      armed = undefined;
    },
    arm(afterWrites, error) {
      writesSeen = 0;
      armed = { remaining: afterWrites, error };
    },
    get writesSeen() {
      return writesSeen;
    },
  };
}
