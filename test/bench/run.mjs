// `npm run bench`: runs the benchmarks (in headless Chromium, or in Node for the server side), prints
// their figures and writes them to test/bench/results/<timestamp>.json (ignored by git). Figures are
// printed, never asserted.
//   npm run bench                 everything
//   npm run bench -- storage      only the storage bench (also: elements, files, pdf, sizes, server, postgres)
//   npm run bench -- server       the server under load and a 200 MB upload (PostgreSQL; BENCH_SERVER_SECONDS)
//   npm run bench -- demo         the demo CRM's first-visit seeding, REST mode and IndexedDB
//   npm run bench -- postgres     the audit of 1,000,000 summaries beside raw SQL (BENCH_AUDIT_ROWS)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBrowserPage } from './run-browser-page.mjs';
import { measureSizes } from './sizes.mjs';
import { pdfWorkerSource } from '../../scripts/pdf-worker-plugin.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const runs = (name) => wanted.length === 0 || wanted.includes(name);

/** Runs one browser bench page and returns what it published. */
function runBrowserBench(name, options = {}) {
  return runBrowserPage(`${here}/${name}.bench.ts`, { name, ...options });
}

/** Runs a Node bench (TypeScript, from source) in its own process; resolves with the JSON of its `BENCH_RESULT` line. */
function runNodeBench(name, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeArgs, '--import', 'tsx', '--conditions=dossier-source', '--no-warnings', `${here}/${name}.bench.ts`],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
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
      ['dexie', 'idb'].map((k) => [
        k,
        {
          indexed: ms(s[k].audit.indexedMs),
          'full scan': ms(s[k].audit.scanMs),
          'scan / indexed': s[k].audit.ratio.toFixed(1),
          total: s[k].audit.total,
          rows: s[k].audit.rows,
        },
      ]),
    ),
  );
  console.log('200 MB Blob: store, read back, compare bytes; JS heap growth after GC');
  console.table(
    Object.fromEntries(
      ['dexie', 'idb'].map((k) => [
        k,
        {
          store: ms(s[k].blob.storeMs),
          read: ms(s[k].blob.readMs),
          compare: ms(s[k].blob.compareMs),
          'bytes equal': s[k].blob.equal,
          'heap growth': `${s[k].blob.heapGrowthMB.toFixed(1)} MB`,
        },
      ]),
    ),
  );
}

if (runs('elements')) {
  console.log('\nElements bench (headless Chromium)…');
  const e = await runBrowserBench('elements');
  results.elements = e;
  console.log('1,000 badges on Dexie, first render of every count (median of 3, alternating), beside the floor:');
  console.log('a minimal Lit element reading the same stored summary through raw Dexie');
  console.table({
    'floor (raw Dexie + minimal Lit element)': { value: ms(e.badges.floorMs) },
    '<dossier-badge> × 1,000': { value: ms(e.badges.firstRenderMs), 'ratio to floor': e.badges.ratioToFloor.toFixed(2) },
    'storage reads for 1,000 badges': { value: e.badges.readsPerThousand },
  });
  console.log('documents.add → the badge updated, split:');
  console.table({
    'validation and hashing': { value: ms(e.badges.update.validationMs) },
    commit: { value: ms(e.badges.update.commitMs) },
    'after the commit: notification + reload': { value: ms(e.badges.update.reloadMs) },
    'after the commit: render': { value: ms(e.badges.update.renderMs) },
    'after the commit, in all (goal ≤ 16 ms)': { value: ms(e.badges.update.afterCommitMs) },
    'in all': { value: ms(e.badges.updateMs) },
    'renders triggered by that add': { value: e.badges.rendersTriggered },
  });
  console.table({
    'audit (100,000 contracts): first rows': { value: ms(e.audit.firstRowsMs) },
    'audit: DOM nodes in its shadow tree': { value: e.audit.domNodes },
    'audit: rows in the DOM': { value: e.audit.rowsInDom },
  });
}

if (runs('files')) {
  console.log('\nFile validation bench (headless Chromium)…');
  const f = await runBrowserBench('files');
  results.files = f;
  console.log(`Validation of a ${(f.sizeBytes / 1024 / 1024).toFixed(0)} MB PDF (median of runs)`);
  console.table({
    'structure check (inspectFile), 200 MB PDF': { value: ms(f.inspectMs) },
    'structure check (inspectFile), 600 B PDF': { value: ms(f.smallInspectMs) },
    'bytes read by the structure check': { value: `${(f.bytesRead / 1024).toFixed(1)} KiB` },
    'validateFile (structure + SHA-256 of every byte)': { value: ms(f.validateMs) },
  });
}

if (runs('pdf')) {
  console.log('\nPDF preview bench (headless Chromium)…');
  const p = await runBrowserBench('pdf', { files: { '/pdf.worker.min.mjs': { type: 'text/javascript', body: pdfWorkerSource() } } });
  results.pdf = p;
  console.log(
    `First page of a ${p.pages}-page scan-like PDF (${(p.sizeBytes / 1024 / 1024).toFixed(1)} MB, one ${p.imageWidth}×${p.imageHeight} JPEG a page), drawn as the indexer's preview (goal: under 1 s)`,
  );
  console.table({
    'first PDF of the page: load pdf.js, start its worker, draw page 1': { value: ms(p.coldMs) },
    'next PDFs: draw page 1 (median of runs)': { value: ms(p.warmMs) },
    '<dossier-indexer> mounted → the page shown in its row (median)': { value: ms(p.indexerMs) },
  });
}

if (runs('sizes')) {
  console.log('\nSizes a host ships, from the built packages (npm run build first): minified, gzip -9');
  const sizes = await measureSizes();
  results.sizes = sizes;
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.table(
    Object.fromEntries(
      sizes.map((s) => [
        s.name,
        {
          minified: kib(s.minBytes),
          gzip: kib(s.gzipBytes),
          'above floor (gzip)': s.deltaGzipBytes === undefined ? '' : `+${kib(s.deltaGzipBytes)}`,
        },
      ]),
    ),
  );
}

if (runs('postgres')) {
  console.log('\nAudit bench on PostgreSQL (1,000,000 summaries; a few minutes to generate)…');
  results.postgres = await runNodeBench('postgres-audit');
}

if (runs('server')) {
  console.log('\nServer bench (PostgreSQL, loopback)…');
  results.server = await runNodeBench('server', ['--expose-gc']);
}

if (runs('demo')) {
  console.log('\nDemo CRM seeding (builds and serves the demo, headless Chromium)…');
  const { measureDemoSeed, printDemoSeed } = await import('./demo-rest-seed.mjs');
  results.demo = await measureDemoSeed();
  printDemoSeed(results.demo);
}

mkdirSync(`${here}/results`, { recursive: true });
const file = `${here}/results/${results.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
console.log(`\nFigures written to ${file}`);
