// `npm run test:e2e`: every end-to-end story, one after the other, each in its own process
// (seed-flow: the seed's journey on IndexedDB; server-flow: two profiles on the reference server).
// Prints each story's lines, then one total `N passed, M failed, K skipped`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const STORIES = ['seed-flow.e2e.mjs', 'server-flow.e2e.mjs'];
const here = fileURLToPath(new URL('.', import.meta.url));
const total = { passed: 0, failed: 0, skipped: 0 };
let failedProcesses = 0;

for (const story of STORIES) {
  const output = await new Promise((resolve) => {
    let text = '';
    const child = spawn(process.execPath, [`${here}${story}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      text += chunk.toString();
    });
    child.on('exit', (code) => resolve({ text, code }));
  });
  const counts = [...output.text.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  if (counts) {
    total.passed += Number(counts[1]);
    total.failed += Number(counts[2]);
    total.skipped += Number(counts[3] ?? 0);
  }
  if (output.code !== 0 && (!counts || Number(counts[2]) === 0)) failedProcesses += 1;
}
console.log(`\nEnd to end: ${total.passed} passed, ${total.failed + failedProcesses} failed, ${total.skipped} skipped`);
process.exit(total.failed + failedProcesses === 0 ? 0 : 1);
