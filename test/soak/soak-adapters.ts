import { runFaultInjection, type FaultInjectionReport, type FaultInjectionOptions } from '@dossier/core/testing';

/** One adapter's part of the soak: how to make a storage, and how to break a commit inside it. */
export type SoakAdapter = Pick<FaultInjectionOptions, 'create' | 'destroy' | 'injectCommitFailure'> & { readonly name: string };

/** A soak report line, printed as a table row. */
export interface SoakResult {
  adapter: string;
  runs: number;
  operations: number;
  faults: number;
  refused: number;
  anomalies: number;
  seconds: number;
  /** The first anomalies, to start a diagnosis from (each names its seed). */
  examples: string[];
}

/** Runs the fault-injection walks on each adapter in turn and reports, never throws. */
export async function soakAdapters(
  adapters: readonly SoakAdapter[],
  runs: number,
  seed: number,
  log: (line: string) => void,
): Promise<SoakResult[]> {
  const results: SoakResult[] = [];
  for (const adapter of adapters) {
    const started = performance.now();
    const report: FaultInjectionReport = await runFaultInjection({
      create: adapter.create,
      ...(adapter.destroy ? { destroy: adapter.destroy } : {}),
      ...(adapter.injectCommitFailure ? { injectCommitFailure: adapter.injectCommitFailure } : {}),
      runs,
      seed,
      onRun: (run, so) => {
        if ((run + 1) % 100 === 0)
          log(
            `${adapter.name}: ${run + 1}/${runs} runs, ${so.operations} operations, ${so.faults} faults, ${so.anomalies.length} anomalies`,
          );
      },
    });
    results.push({
      adapter: adapter.name,
      runs: report.runs,
      operations: report.operations,
      faults: report.faults,
      refused: report.refused,
      anomalies: report.anomalies.length,
      seconds: (performance.now() - started) / 1000,
      examples: report.anomalies.slice(0, 3),
    });
  }
  return results;
}
