// `npm run bench`: runs the benchmarks (in headless Chromium, or in Node for the server side), prints
// their figures and writes them to test/bench/results/<timestamp>.json (ignored by git). Figures are
// printed, never asserted.
//   npm run bench                 everything
//   npm run bench -- storage      only the storage bench (also: elements, sizes, server, postgres)
//   npm run bench -- server       the server under load and a 200 MB upload (PostgreSQL; BENCH_SERVER_SECONDS)
//   npm run bench -- postgres     the audit of 1,000,000 summaries beside raw SQL (BENCH_AUDIT_ROWS)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from './browser-bundle.mjs';
import { launchChromium } from './chromium.mjs';
import { measureSizes } from './sizes.mjs';
import { serveFiles } from './static-server.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const runs = (name) => wanted.length === 0 || wanted.includes(name);

/** Runs one browser bench page and returns what it published. */
async function runBrowserBench(name, { timeoutMs = 20 * 60_000 } = {}) {
  const { code } = await bundleForBrowser(`${here}/${name}.bench.ts`);
  const server = await serveFiles({
    '/': { type: 'text/html', body: `<!doctype html><html lang="fr"><meta charset="utf-8"><title>${name}</title><body><script type="module" src="/bench.js"></script></body></html>` },
    '/bench.js': { type: 'text/javascript', body: code },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.exposeFunction('benchHeapUsed', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    });
    await page.exposeFunction('benchLog', (line) => console.log(`  [${name}] ${line}`));
    page.on('pageerror', (error) => console.error(`  [${name}] page error: ${error.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.benchResults !== undefined || window.benchError !== undefined, null, { timeout: timeoutMs, polling: 250 });
    const error = await page.evaluate(() => window.benchError);
    if (error) throw new Error(`${name} bench failed: ${error}`);
    return await page.evaluate(() => window.benchResults);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs a Node bench (TypeScript, from source) in its own process; resolves with the JSON of its `BENCH_RESULT` line. */
function runNodeBench(name, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', '--conditions=dossier-source', '--no-warnings', `${here}/${name}.bench.ts`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let result;
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('BENCH_RESULT ')) result = JSON.parse(line.slice('BENCH_RESULT '.length));
        else console.log(line);
      }
    });
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${name} bench failed (exit ${code})`))));
  });
}

const ms = (value) => `${value.toFixed(1)} ms`;
const results = { date: new Date().toISOString(), node: process.version };

if (runs('storage')) {
  console.log('Storage bench (headless Chromium)…');
  const s = await runBrowserBench('storage');
  results.storage = s;
  console.log('\nStorage: 10,000 dossiers × 8 pieces written in batches of 250 dossiers');
  console.table({
    'raw Dexie bulkPut': { time: ms(s.rawDexieWriteMs), 'ratio to raw': '1.00' },
    'storage-dexie commit': { time: ms(s.dexie.writeMs), 'ratio to raw': s.dexie.writeRatioToRaw.toFixed(2) },
    'storage-idb commit': { time: ms(s.idb.writeMs), 'ratio to raw': s.idb.writeRatioToRaw.toFixed(2) },
  });
  console.log('Audit of 100,000 dossiers (20% incomplete): first page of 50 + total, indexed vs full-table scan');
  console.table(
    Object.fromEntries(
      ['dexie', 'idb'].map((k) => [k, { indexed: ms(s[k].audit.indexedMs), 'full scan': ms(s[k].audit.scanMs), 'scan / indexed': s[k].audit.ratio.toFixed(1), total: s[k].audit.total, rows: s[k].audit.rows }]),
    ),
  );
  console.log('200 MB Blob: store, read back, compare bytes; JS heap growth after GC');
  console.table(
    Object.fromEntries(
      ['dexie', 'idb'].map((k) => [k, { store: ms(s[k].blob.storeMs), read: ms(s[k].blob.readMs), compare: ms(s[k].blob.compareMs), 'bytes equal': s[k].blob.equal, 'heap growth': `${s[k].blob.heapGrowthMB.toFixed(1)} MB` }]),
    ),
  );
}

if (runs('elements')) {
  console.log('\nElements bench (headless Chromium)…');
  const e = await runBrowserBench('elements');
  results.elements = e;
  console.table({
    '1,000 badges: first render': { value: ms(e.badges.firstRenderMs) },
    'documents.add → updated badge': { value: ms(e.badges.updateMs) },
    'renders triggered by that add': { value: e.badges.rendersTriggered },
    'audit (100,000 contracts): first rows': { value: ms(e.audit.firstRowsMs) },
    'audit: DOM nodes in its shadow tree': { value: e.audit.domNodes },
    'audit: rows in the DOM': { value: e.audit.rowsInDom },
  });
}

if (runs('sizes')) {
  console.log('\nBundle sizes (esbuild, minified, gzip -9)');
  const sizes = await measureSizes();
  results.sizes = sizes;
  console.table(Object.fromEntries(sizes.map((s) => [s.name, { minified: `${(s.minBytes / 1024).toFixed(1)} KiB`, gzip: `${(s.gzipBytes / 1024).toFixed(1)} KiB` }])));
}

if (runs('postgres')) {
  console.log('\nAudit bench on PostgreSQL (1,000,000 summaries; a few minutes to generate)…');
  results.postgres = await runNodeBench('postgres-audit');
}

if (runs('server')) {
  console.log('\nServer bench (PostgreSQL, loopback)…');
  results.server = await runNodeBench('server', ['--expose-gc']);
}

mkdirSync(`${here}/results`, { recursive: true });
const file = `${here}/results/${results.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nFigures written to ${file}`);
