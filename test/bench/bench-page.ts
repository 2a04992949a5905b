/** What the bench runner exposes to bench pages (through playwright's exposeFunction). */
export interface BenchHost {
  /** JS heap used after a forced garbage collection, in bytes. */
  benchHeapUsed(): Promise<number>;
  /** Progress line printed by the runner. */
  benchLog(line: string): Promise<void>;
}

/** The page's window, with the runner's functions and the results slot. */
export const host = window as unknown as BenchHost & { benchResults?: unknown; benchError?: string };

/** Milliseconds taken by `task`. */
export async function time(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Runs the bench `main`, publishing its results or its error for the runner. */
export function publish(main: () => Promise<unknown>): void {
  main().then(
    (results) => {
      host.benchResults = results;
    },
    (error: unknown) => {
      host.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
    },
  );
}
