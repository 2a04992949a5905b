// A tiny sequential runner for an end-to-end story: each step runs after the previous one and
// builds on what it left, so once a step fails the rest are skipped rather than reported as
// misleading failures. Prints a line per step and `N passed, M failed, K skipped`.

/**
 * @typedef {{ title: string, run: () => Promise<void> }} Step
 * @typedef {{ passed: number, failed: number, skipped: number, failures: { title: string, error: unknown }[] }} StepResults
 */

/**
 * Creates a runner. `check()` runs after every step and may throw (e.g. when the page reported an
 * error meanwhile); `onFailure(title)` runs after a failed step (e.g. to save a screenshot).
 * @param {{ check?: () => void, onFailure?: (title: string) => Promise<void> }} [hooks]
 */
export function createStepRunner(hooks = {}) {
  /** @type {Step[]} */
  const steps = [];
  return {
    /** Adds a step. */
    step(title, run) {
      steps.push({ title, run });
    },
    /**
     * Runs the steps in order.
     * @returns {Promise<StepResults>}
     */
    async run() {
      /** @type {StepResults} */
      const results = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const { title, run } of steps) {
        if (results.failed > 0) {
          results.skipped += 1;
          console.log(`  - ${title} (skipped)`);
          continue;
        }
        const started = Date.now();
        try {
          await run();
          hooks.check?.();
          results.passed += 1;
          console.log(`  ✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
        } catch (error) {
          results.failed += 1;
          results.failures.push({ title, error });
          console.log(`  ✘ ${title}`);
          console.log(`      ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n      ')}`);
          await hooks.onFailure?.(title).catch(() => undefined);
        }
      }
      return results;
    },
  };
}
