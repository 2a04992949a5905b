// `npm run soak`: long fault-injection walks on every adapter (see runFaultInjection in
// @dossier/core/testing): memory and REST + msw in Node, Dexie and idb in headless Chromium.
// Prints runs, operations, faults, refusals and anomalies per adapter; exits 1 on any anomaly.
//   npm run soak                         1,000 runs per adapter, seed 1
//   npm run soak -- --runs 3000 --seed 7 --adapters memory,dexie
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBrowserPage } from '../bench/run-browser-page.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, adapters: { type: 'string' } },
});
const wanted = values.adapters?.split(',');
const wants = (names) => !wanted || names.some((name) => wanted.includes(name));
const results = [];

if (wants(['memory', 'rest'])) {
  console.log(`Soak in Node: ${values.runs} runs per adapter, seed ${values.seed}…`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=dossier-source', `${here}/node-soak.ts`], {
    env: { ...process.env, SOAK_RUNS: values.runs, SOAK_SEED: values.seed, ...(wanted ? { SOAK_ADAPTERS: wanted.join(',') } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`node soak exited with ${child.status}`);
  results.push(...JSON.parse(child.stdout.trim().split('\n').at(-1)));
}

if (wants(['dexie', 'idb'])) {
  console.log(`Soak in Chromium: ${values.runs} runs per adapter, seed ${values.seed}…`);
  const query = `?runs=${values.runs}&seed=${values.seed}${wanted ? `&adapters=${wanted.join(',')}` : ''}`;
  results.push(...(await runBrowserPage(`${here}/browser-soak.ts`, { name: 'soak', query, timeoutMs: 6 * 60 * 60_000 })));
}

console.table(
  Object.fromEntries(
    results.map((r) => [
      r.adapter,
      {
        runs: r.runs,
        operations: r.operations,
        faults: r.faults,
        refused: r.refused,
        anomalies: r.anomalies,
        seconds: r.seconds.toFixed(1),
      },
    ]),
  ),
);
const broken = results.filter((r) => r.anomalies > 0);
for (const r of broken) console.log(`\n${r.adapter}: first anomalies\n- ${r.examples.join('\n- ')}`);
console.log(broken.length === 0 ? '\n0 anomalies.' : `\n${broken.reduce((n, r) => n + r.anomalies, 0)} anomalies.`);
process.exitCode = broken.length === 0 ? 0 : 1;
