import { createDossierClient } from '../client/create-dossier-client.js';
import type { DossierClient } from '../client/dossier-client.js';
import type { StoragePort } from '../storage/storage-port.js';
import { ConformanceFailure } from './conformance-assert.js';
import { createGatedStorage } from './gated-storage.js';
import { checkPortfolioInvariants } from './portfolio-invariants.js';
import { buildRaceFixture, FIXTURE_NOW, type RaceFixture, type SeededFixture } from './race-fixture.js';
import { RACE_OPERATIONS, type RaceOperation } from './race-operations.js';
import { snapshotStorage } from './storage-snapshot.js';
import type { StorageConformanceConfig } from './storage-conformance-config.js';

/** Where the first call of a race is held: after each of its reads, or after its first and last only. */
type RaceReadPoints = 'every' | 'ends';

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };
const settle = (promise: Promise<unknown>): Promise<Settled> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** A client on `storage` at the fixture's clock, with ids of its own. */
function raceClient(storage: StoragePort, prefix: string): DossierClient {
  let n = 0;
  return createDossierClient({ storage, now: () => FIXTURE_NOW, newId: () => `${prefix}-${(n += 1)}` });
}

/**
 * Registers the deterministic race tests: for every ordered pair of writes
 * (A, B) that touch a summary's inputs, and for every read of A, A is held
 * right after that read while B runs to its end, then A goes on. Afterwards
 * both calls either landed with their effect present, or were refused with a
 * code they may meet (never `conflict`: retries hide it), and the portfolio
 * invariants hold (summaries equal a recomputation, no orphan, audit totals
 * equal a scan). Where the adapter can open a second connection to the same
 * data (`connectAgain`), half the pairs run B through it, as another tab.
 */
export function registerRaceSuite(
  config: StorageConformanceConfig,
  describe: (name: string, body: () => void) => void,
  it: (name: string, body: () => Promise<void>) => void,
): void {
  if (config.races === false) return;
  const readPoints: RaceReadPoints = config.races?.readPoints ?? 'every';
  const oneIn = Math.max(1, Math.floor(config.races?.pairs ?? 1));
  let fixture: Promise<SeededFixture> | undefined;

  /** One storage holding the fixture for `body`, then closed and destroyed. */
  const withSeeded = async <T>(body: (storage: StoragePort, seeded: SeededFixture) => Promise<T>): Promise<T> => {
    const seeded = await (fixture ??= buildRaceFixture());
    const storage = await config.create();
    try {
      await seeded.seed(storage);
      return await body(storage, seeded);
    } finally {
      await storage.close().catch(() => undefined);
      await config.destroy?.(storage);
    }
  };

  /** How many reads `a` makes alone on the fixture, by operation name. */
  const reads = new Map<string, Promise<number>>();
  const readsOf = (a: RaceOperation): Promise<number> => {
    let found = reads.get(a.name);
    if (!found) {
      found = withSeeded(async (storage, { fixture: f }) => {
        const gated = createGatedStorage(storage);
        await settle(a.run(raceClient(gated, 'a'), f, 'a'));
        return gated.reads;
      });
      reads.set(a.name, found);
    }
    return found;
  };

  /**
   * One race on a storage holding the fixture; throws what went wrong. The
   * second call runs on `other`: the same connection, or another one to the
   * same data (another tab) where the adapter can open one.
   */
  const race = async (
    storage: StoragePort,
    other: StoragePort,
    f: RaceFixture,
    a: RaceOperation,
    b: RaceOperation,
    pauseAfter: number,
  ): Promise<void> => {
    const gated = createGatedStorage(storage);
    const gate = gated.pauseAfterRead(pauseAfter);
    const first = settle(a.run(raceClient(gated, 'a'), f, 'a'));
    await Promise.race([gate.paused, first]);
    const second = await settle(b.run(raceClient(other, 'b'), f, 'b'));
    gate.release();
    const outcomes: [RaceOperation, Settled, string][] = [
      [a, await first, 'a'],
      [b, second, 'b'],
    ];
    const snapshot = await snapshotStorage(storage);
    const problems: string[] = [];
    for (const [operation, outcome, tag] of outcomes) {
      if (outcome.ok) {
        const broken = await operation.effect(snapshot, f, tag, outcome.value);
        if (broken) problems.push(`${operation.name} (${tag}) landed but: ${broken}`);
      } else {
        const error = outcome.error as { name?: string; code?: string; message?: string };
        if (error?.name !== 'DossierError' || !operation.allowed.includes(error.code as never)) {
          problems.push(`${operation.name} (${tag}) refused with ${String(error?.name)}/${String(error?.code)}: ${String(error?.message)}`);
        }
      }
    }
    problems.push(...(await checkPortfolioInvariants(storage, raceClient(storage, 'check'), FIXTURE_NOW, snapshot)));
    if (problems.length > 0)
      throw new ConformanceFailure(`${a.name} held after read ${pauseAfter}, ${b.name} in between:\n- ${problems.join('\n- ')}`);
  };

  describe('races between writes (the first held after a read while the second runs)', () => {
    for (const [i, a] of RACE_OPERATIONS.entries()) {
      // One pair in `oneIn`, picked by a hash of the two names (the same on every run, and not tied to
      // the operations' order, nor to which pairs run through a second connection); a write that no
      // pair picks as first call keeps one pair.
      const picked = RACE_OPERATIONS.filter((b) => oneIn === 1 || pairHash(`${a.name}|${b.name}`) % oneIn === 0);
      const seconds = picked.length > 0 ? picked : [RACE_OPERATIONS[(i * 7 + 3) % RACE_OPERATIONS.length]!];
      for (const b of seconds) {
        it(`${a.name} ‖ ${b.name}`, async () => {
          const count = await readsOf(a);
          const points = readPoints === 'every' ? Array.from({ length: count }, (_, i) => i + 1) : [...new Set([1, count])];
          await withSeeded(async (storage, seeded) => {
            // Every other pair runs its second call through another connection, as another tab would.
            const crossContext = config.connectAgain !== undefined && (RACE_OPERATIONS.indexOf(a) + RACE_OPERATIONS.indexOf(b)) % 2 === 1;
            const other = crossContext ? await config.connectAgain!(storage) : storage;
            try {
              for (const [index, point] of points.entries()) {
                if (index > 0) await seeded.reset(storage);
                await race(storage, other, seeded.fixture, a, b, point);
              }
            } finally {
              if (other !== storage) await other.close();
            }
          });
        });
      }
    }
  });
}

/** FNV-1a of a text: a stable, well-spread number to sample race pairs by. */
function pairHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
