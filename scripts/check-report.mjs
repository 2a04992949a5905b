// How the package checks print (check:packages, check:licenses, check:api, check:packed): a line
// per check, ✔ or ✘, the problems under a failed one (each saying how to fix it), then the
// `N passed, M failed` line that npm test's summary reads, and the exit code.

/** A report to fill check by check, then `finish()`. */
export function createCheckReport() {
  let passed = 0;
  let failed = 0;
  return {
    /**
     * @param {string} title what was checked
     * @param {string[]} problems empty when it holds
     * @param {string} [details] tool output shown under the problems, indented
     */
    report(title, problems, details = '') {
      if (problems.length === 0) {
        passed += 1;
        console.log(`  ✔ ${title}`);
        return;
      }
      failed += 1;
      console.log(`  ✘ ${title}`);
      for (const problem of problems) console.log(`      ${problem}`);
      if (details) console.log(details.replace(/^/gm, '      | '));
    },
    /** Prints the closing line and exits, non-zero when a check failed. */
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}
