import { createDossierClient } from '../client/create-dossier-client.js';
import type { DossierClient } from '../client/dossier-client.js';
import type { StoragePort } from '../storage/storage-port.js';
import { stableJson } from './conformance-assert.js';
import { createFaultyStorage, type FaultRates } from './faulty-storage.js';
import { checkPortfolioInvariants } from './portfolio-invariants.js';
import { buildRaceFixture, FIXTURE_NOW, type RaceFixture } from './race-fixture.js';
import { RACE_OPERATIONS, type RaceOperation } from './race-operations.js';
import { samplePdf } from './sample-files.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import { snapshotStorage, type StorageSnapshot } from './storage-snapshot.js';

/** How to run the fault-injection suite against one adapter. */
export interface FaultInjectionOptions {
  /** A new, empty storage; called once, then brought back to the fixture before each run. */
  create(): StoragePort | Promise<StoragePort>;
  /** Cleans up at the end (`close()` is called before). */
  destroy?(storage: StoragePort): void | Promise<void>;
  /** Arms a failure inside the next commit, after it started writing (the conformance capability). */
  injectCommitFailure?(storage: StoragePort): void | (() => void);
  /** Runs, each starting from the race fixture. */
  runs: number;
  /** Steps per run: one write, or two at once. Default 8. */
  steps?: number;
  /** Seed of the first run; run `i` uses `seed + i`, so a failing run reproduces alone. */
  seed: number;
  /** Fault rates. Default: reads 2 %, commits 10 % before, 10 % inside. */
  rates?: FaultRates;
  /** Told after each run, e.g. to print progress. */
  onRun?(run: number, report: FaultInjectionReport): void;
}

/** What a fault-injection session did and found. */
export interface FaultInjectionReport {
  runs: number;
  operations: number;
  faults: number;
  /** Calls refused (by a fault or by the rules). */
  refused: number;
  /** Every invariant broken, with its run, seed and step; the goal is none. */
  anomalies: string[];
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Random walks of client writes on an adapter, with faults: reads that fail,
 * commits refused before reaching the storage and failures inside commits
 * after they started writing, file intakes aborted half-way, two writes at
 * once. After every step it checks that
 *
 * - a refused call (alone in its step) left the storage exactly as it was;
 * - a call that resolved has its effect in the storage;
 * - a refusal is a typed error the call may meet (`storage-unavailable` or
 *   `quota-exceeded` only when a fault struck), never a `conflict` (retries
 *   hide it);
 * - the portfolio invariants hold (summaries equal a recomputation, no
 *   orphan, audit rows and totals equal a scan).
 *
 * Returns a report instead of throwing, so that a soak can count anomalies.
 */
export async function runFaultInjection(options: FaultInjectionOptions): Promise<FaultInjectionReport> {
  const report: FaultInjectionReport = { runs: 0, operations: 0, faults: 0, refused: 0, anomalies: [] };
  const seeded = await buildRaceFixture();
  // One storage for every run, brought back to the fixture between runs: opening a database per run costs more than the run.
  const storage = await options.create();
  try {
    await seeded.seed(storage);
    for (let run = 0; run < options.runs; run += 1) {
      if (run > 0) await seeded.reset(storage);
      await oneRun(storage, options, seeded.fixture, options.seed + run, report);
      report.runs += 1;
      options.onRun?.(run, report);
    }
  } finally {
    await storage.close().catch(() => undefined);
    await options.destroy?.(storage);
  }
  return report;
}

async function oneRun(
  storage: StoragePort,
  options: FaultInjectionOptions,
  fixture: RaceFixture,
  seed: number,
  report: FaultInjectionReport,
): Promise<void> {
  const random = seededRandom(seed);
  const faulty = createFaultyStorage(
    storage,
    random,
    options.rates ?? { read: 0.02, commitBefore: 0.1, commitInside: 0.1 },
    options.injectCommitFailure,
  );
  let ids = 0;
  const client = (prefix: string): DossierClient =>
    createDossierClient({ storage: faulty, now: () => FIXTURE_NOW, newId: () => `${prefix}-${seed}-${(ids += 1)}` });
  const checker = createDossierClient({ storage, now: () => FIXTURE_NOW });
  faulty.enabled = false;
  let before = await snapshotStorage(storage);
  for (let step = 0; step < (options.steps ?? 8); step += 1) {
    const target = pickTarget(before, fixture, random);
    faulty.enabled = true;
    const faultsBefore = faulty.faults;
    const operations = [...RACE_OPERATIONS, ABORTED_INTAKE];
    const chosen = random.next() < 0.3 ? [random.pick(operations), random.pick(operations)] : [random.pick(operations)];
    const tags = chosen.map((_, i) => `s${seed}-${step}-${i}`);
    const outcomes = await Promise.all(
      chosen.map((operation, i) =>
        operation.run(client(`r${i}`), target, tags[i]!).then(
          (value): Settled => ({ ok: true, value }),
          (error: unknown): Settled => ({ ok: false, error }),
        ),
      ),
    );
    faulty.enabled = false;
    const struck = faulty.faults > faultsBefore;
    report.operations += chosen.length;
    report.faults += faulty.faults - faultsBefore;
    const after = await snapshotStorage(storage);
    const where = `seed ${seed}, step ${step} (${chosen.map((o) => o.name).join(' ‖ ')})`;
    const problems: string[] = [];
    for (const [i, operation] of chosen.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.ok) {
        const broken = await operation.effect(after, target, tags[i]!, outcome.value);
        if (broken) problems.push(`${operation.name} landed but: ${broken}`);
        continue;
      }
      report.refused += 1;
      const error = outcome.error as { name?: string; code?: string; message?: string };
      const faultCode = error?.code === 'storage-unavailable' || error?.code === 'quota-exceeded';
      const expected = error?.name === 'DossierError' && (operation.allowed.includes(error.code as never) || (struck && faultCode));
      if (!expected)
        problems.push(`${operation.name} refused with ${String(error?.name)}/${String(error?.code)}: ${String(error?.message)}`);
      if (chosen.length === 1 && stableJson(after) !== stableJson(before))
        problems.push(`${operation.name} was refused but changed the storage`);
    }
    problems.push(...(await checkPortfolioInvariants(storage, checker, FIXTURE_NOW, after)));
    report.anomalies.push(...problems.map((problem) => `${where}: ${problem}`));
    if (problems.length > 0) return; // the rest of this walk would only repeat it
    before = after;
  }
}

/**
 * The fixture's roles played by records found now: a random dossier of the
 * fixture's risk type as "the proposal" and "the contract", random documents,
 * random pieces, so that a walk keeps meeting dossiers in every phase.
 */
function pickTarget(snapshot: StorageSnapshot, fixture: RaceFixture, random: SeededRandom): RaceFixture {
  const dossiers = snapshot.dossiers.filter((d) => d.riskTypeId === fixture.riskTypeId).map((d) => d.id);
  const documents = snapshot.documents.map((d) => d.id);
  const pieces = snapshot.pieces.filter((p) => p.riskTypeId === fixture.riskTypeId).map((p) => p.id);
  const or = (items: string[], fallback: string) => (items.length > 0 ? random.pick(items) : fallback);
  // Waive aims at `carte` and unwaive at `attestation`: two different pieces, as in the fixture.
  const carte = or(pieces, fixture.carte);
  const others = pieces.filter((id) => id !== carte);
  return {
    riskTypeId: fixture.riskTypeId,
    permis: or(pieces, fixture.permis),
    carte,
    attestation: others.length > 0 ? random.pick(others) : 'no-other-piece',
    proposal: or(dossiers, fixture.proposal),
    contract: or(dossiers, fixture.contract),
    looseDocument: or(documents, fixture.looseDocument),
    permisDocument: or(documents, fixture.permisDocument),
    portalToken: fixture.portalToken,
    uploadLinkId: fixture.uploadLinkId,
    pendingDocument: or(documents, fixture.pendingDocument),
  };
}

/** `documents.add` aborted while the file is being validated: refused with `invalid-input`, nothing stored. */
const ABORTED_INTAKE: RaceOperation = {
  name: 'documents.add (aborted)',
  run: async (client, target, tag) => {
    const controller = new AbortController();
    await client.documents.add(
      target.proposal,
      { blob: samplePdf(`aborted-${tag}`), name: 'aborted.pdf' },
      {
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.step === 'validating') controller.abort();
        },
      },
    );
    throw new Error('an aborted intake resolved');
  },
  allowed: ['invalid-input', 'invalid-transition', 'not-found'],
  effect: () => 'an aborted intake resolved',
};
