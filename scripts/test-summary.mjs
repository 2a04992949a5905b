// `npm test`: runs the steps below in turn (typecheck, tests in Node, in Chromium, the build and tests on what it built,
// Storybook stories, end to end), then prints one summary.
// Every step runs even when an earlier one failed, so one run shows everything that is broken;
// the exit code is non-zero when any step failed.
import { spawn } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

// Before anything: without a Chromium, half the steps would fail deep inside a browser test.
const chromium = findChromium();
if ('problem' in chromium) {
  console.error(`npm test: ${chromium.problem}`);
  process.exit(1);
}

const steps = [
  { script: 'typecheck', summarize: summarizeTsc },
  // ESLint (typescript-eslint, lit, wc) on every source, test, script and example.
  { script: 'lint', summarize: (output, ok) => (ok ? 'no lint errors' : (output.match(/✖ \d+ problems?[^\n]*/)?.[0] ?? lastLine(output))) },
  // Prettier (.prettierrc.json) on every source, test, script and example: one layout, no style debates in review.
  {
    script: 'format:check',
    summarize: (output, ok) =>
      ok
        ? 'every file formatted'
        : `${output.split('\n').filter((line) => line.startsWith('[warn] ') && !line.includes('Code style issues')).length} files not formatted (npm run format)`,
  },
  { script: 'lint:openapi', summarize: (output, ok) => (ok ? 'OpenAPI contract valid' : lastLine(output)) },
  { script: 'test:manifest', summarize: (output) => summarizePassedFailed(output) },
  // No unused file, export or dependency (knip).
  {
    script: 'check:unused',
    summarize: (output, ok) =>
      ok
        ? 'no unused files, exports or dependencies'
        : `${
            output
              .split('\n')
              .filter((line) => /^\S.*\(\d+\)$/.test(line))
              .join(', ') || lastLine(output)
          }`,
  },
  // What an integrator's reviewers read first: metadata, LICENSE, README, CHANGELOG; dependencies' licenses.
  { script: 'check:packages', summarize: summarizePassedFailed },
  { script: 'check:licenses', summarize: summarizePassedFailed },
  { script: 'test:node', summarize: summarizeMocha },
  { script: 'test:browser', summarize: summarizeWtr },
  { script: 'test:build', summarize: (output) => lastLine(output) },
  // The public API against the committed reports: TypeScript, custom elements, OpenAPI contract.
  { script: 'check:api', summarize: summarizePassedFailed },
  // Each package as the registry gets it (npm pack): its files, publint, are-the-types-wrong.
  { script: 'check:packed', summarize: summarizePassedFailed },
  // On the packages/*/dist that test:build just made, as a host gets the packages.
  { script: 'test:built:node', summarize: summarizeNodeTest },
  { script: 'test:built:browser', summarize: summarizeWtr },
  { script: 'test:built:demo', summarize: summarizePassedFailed },
  { script: 'test:built:examples', summarize: summarizePassedFailed },
  // PDF previews from the script-tag bundles and a host's bundle, in a Chromium of their own.
  { script: 'test:built:pdf', summarize: summarizePassedFailed },
  // A host project outside the repository installs the packed tarballs, type-checks, bundles, runs.
  { script: 'test:consumer', summarize: summarizePassedFailed },
  { script: 'test:stories', summarize: summarizePassedFailed },
  { script: 'test:e2e', summarize: summarizePassedFailed },
];

const ansi = /\x1b\[[0-9;?]*[A-Za-z]/g;

function summarizeTsc(output, ok) {
  const errors = output.match(/error TS\d+/g)?.length ?? 0;
  return ok ? 'no type errors' : `${errors} type error${errors === 1 ? '' : 's'}`;
}

function summarizeMocha(output) {
  const count = (word) => Number(output.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  if (!/\d+ passing/.test(output)) return lastLine(output);
  return `${count('passing')} passing, ${count('failing')} failing, ${count('pending')} pending`;
}

/** `node --test` ends with `# pass N` and `# fail M`. */
function summarizeNodeTest(output) {
  const count = (word) => output.match(new RegExp(`^# ${word} (\\d+)`, 'm'))?.[1];
  return count('pass') === undefined ? lastLine(output) : `${count('pass')} passed, ${count('fail') ?? 0} failed`;
}

function summarizeWtr(output) {
  const counts = [...output.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  const finished = output.match(/Finished running tests.*|nothing to run\./g)?.at(-1) ?? lastLine(output);
  return counts ? `${counts[1]} passed, ${counts[2]} failed, ${counts[3] ?? 0} skipped — ${finished}` : finished;
}

/** The last `N passed, M failed…` line of a script that prints one (the e2e test, the story check). */
function summarizePassedFailed(output) {
  return output.match(/\d+ passed, \d+ failed.*/g)?.at(-1) ?? lastLine(output);
}

function lastLine(output) {
  return output.trim().split('\n').at(-1)?.trim() ?? '';
}

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    let output = '';
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    for (const stream of ['stdout', 'stderr']) {
      child[stream].on('data', (chunk) => {
        process[stream].write(chunk);
        output += chunk.toString();
      });
    }
    child.on('close', (code, signal) =>
      resolve({ code: code ?? 1, signal, output: output.replace(ansi, ''), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = [];
for (const step of steps) {
  console.log(`\n━━ npm run ${step.script} ━━`);
  const result = await run(step.script);
  const ok = result.code === 0;
  results.push({ script: step.script, ok, seconds: result.seconds, detail: step.summarize(result.output, ok) });
}

console.log('\n━━ Summary ━━');
for (const { script, ok, seconds, detail } of results) {
  console.log(`${ok ? '✔ PASS' : '✘ FAIL'}  ${script.padEnd(18)} ${seconds.toFixed(1).padStart(5)}s  ${detail}`);
}
const failed = results.filter((r) => !r.ok).map((r) => r.script);
console.log(failed.length === 0 ? '\nAll checks passed.' : `\nFailed: ${failed.join(', ')}`);
// One closing line over every runner, in the plain form CI reads; a failed step without counts counts as one failure.
let passedTests = 0;
let failedTests = 0;
for (const { ok, detail } of results) {
  const counts = /(\d+) (?:passing|passed), (\d+) (?:failing|failed)/.exec(detail);
  if (counts) {
    passedTests += Number(counts[1]);
    failedTests += Number(counts[2]);
  }
  if (!ok && (!counts || Number(counts[2]) === 0)) failedTests += 1;
}
console.log(`Tests: ${passedTests} passed, ${failedTests} failed`);
process.exit(failed.length === 0 ? 0 : 1);
