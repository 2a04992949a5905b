/** Thrown by the conformance suite's checks; any test runner reports it as a failure. */
export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

/** Fails with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** Fails unless `actual` and `expected` are equal as JSON (key order ignored). */
export function checkEqual(actual: unknown, expected: unknown, message: string): void {
  const a = stableJson(actual);
  const e = stableJson(expected);
  if (a !== e) throw new ConformanceFailure(`${message}\n  expected: ${e.slice(0, 2000)}\n  actual:   ${a.slice(0, 2000)}`);
}

/** Fails unless `task` rejects with a DossierError of `code`; returns the error. */
export async function checkRejects(task: () => Promise<unknown>, code: string, message: string): Promise<Error & { code: string }> {
  try {
    await task();
  } catch (error) {
    const e = error as Error & { code?: unknown };
    check(e?.name === 'DossierError', `${message}: expected a DossierError, got ${String(e?.name)}: ${String(e?.message)}`);
    check(e.code === code, `${message}: expected code ${code}, got ${String(e.code)} (${e.message})`);
    return e as Error & { code: string };
  }
  throw new ConformanceFailure(`${message}: expected a rejection with ${code}, it resolved`);
}

/** JSON with object keys sorted at every depth: equal values give equal texts. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}
