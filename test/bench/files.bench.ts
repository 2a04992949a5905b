// File validation benchmarks, in headless Chromium: how long the content checks take on a
// 200 MB PDF (generated here, never committed). Structure checks read only its head and tail;
// the SHA-256 that follows reads everything, and is measured apart.
import { validateFile } from '@dossier/core';
import { inspectFile } from '../../packages/core/src/files/inspect-file.js';
import { samplePdf } from '@dossier/core/testing';
import { host, publish, time } from './bench-page.js';

const MB = 1024 * 1024;
const SIZE_MB = 200;
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

publish(async () => {
  await host.benchLog(`building a ${SIZE_MB} MB PDF…`);
  const pdf = samplePdf('bench', SIZE_MB * MB - samplePdf('bench').size);
  const small = samplePdf('bench');
  const rules = { accept: ['application/pdf'], maxBytes: 256 * MB };
  let bytesRead = 0;
  const inspectMs: number[] = [];
  const smallMs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    inspectMs.push(await time(async () => (bytesRead = (await inspectFile(pdf, 'big.pdf')).bytesRead)));
    smallMs.push(await time(() => inspectFile(small, 'small.pdf')));
  }
  await host.benchLog('validating (structure + SHA-256)…');
  const validateMs: number[] = [];
  for (let run = 0; run < 3; run += 1) validateMs.push(await time(() => validateFile({ blob: pdf, name: 'big.pdf' }, rules)));
  return {
    sizeBytes: pdf.size,
    inspectMs: median(inspectMs),
    smallInspectMs: median(smallMs),
    bytesRead,
    validateMs: median(validateMs),
  };
});
