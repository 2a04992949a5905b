// `npm run test:manifest`: the committed packages/elements/custom-elements.json must be what the
// analyzer generates from the elements' JSDoc today (Storybook's docs, the framework types and the
// API report all read it). Runs the analyzer, compares, and puts the committed file back.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}packages/elements/custom-elements.json`;
const committed = readFileSync(file, 'utf8');
const run = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: root, encoding: 'utf8' });
const generated = readFileSync(file, 'utf8');
writeFileSync(file, committed);
if (run.status !== 0) {
  console.log(`${run.stdout}${run.stderr}\n0 passed, 1 failed — the analyzer failed`);
  process.exit(1);
}
if (generated === committed) {
  console.log('✔ custom-elements.json is what the analyzer generates\n1 passed, 0 failed');
} else {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const first = a.findIndex((line, i) => line !== b[i]);
  console.log(`✘ custom-elements.json is stale: it differs from the generated one from line ${first + 1}:`);
  console.log(`  committed: ${a[first]?.trim()}\n  generated: ${b[first]?.trim()}`);
  console.log('Run `npm run analyze` and commit packages/elements/custom-elements.json.\n0 passed, 1 failed');
  process.exit(1);
}
