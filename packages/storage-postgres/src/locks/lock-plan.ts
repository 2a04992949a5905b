import { lockKey } from './lock-key.js';

/** The advisory locks one commit takes, in the order it takes them. */
interface LockPlan {
  /** Keys as decimal strings (for a `bigint[]` parameter), ascending. */
  readonly keys: readonly string[];
  /** Whether each key is taken exclusively (a write) or shared (a check), same positions. */
  readonly exclusive: readonly boolean[];
}

/** Collects the locks of a commit: one mode per key, the stronger one when named twice. */
interface LockPlanBuilder {
  /** A thing the commit writes: nobody else may read it for a check or write it meanwhile. */
  exclusive(...parts: readonly string[]): void;
  /** A thing the commit only checks: others may check it too, nobody may write it meanwhile. */
  shared(...parts: readonly string[]): void;
  /** Every key in ascending order: every commit locking in the same order, none waits in a cycle. */
  build(): LockPlan;
}

/** A builder of one commit's locks in `tenantId`. */
export function createLockPlan(tenantId: string): LockPlanBuilder {
  const modes = new Map<bigint, boolean>();
  return {
    exclusive(...parts) {
      modes.set(lockKey(tenantId, ...parts), true);
    },
    shared(...parts) {
      const key = lockKey(tenantId, ...parts);
      if (!modes.has(key)) modes.set(key, false);
    },
    build() {
      const keys = [...modes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return { keys: keys.map(String), exclusive: keys.map((key) => modes.get(key) === true) };
    },
  };
}
