// Bundles the example as a host's build would (esbuild; the packages through their public exports,
// i.e. their dist/) into dist/, with the shared index.html.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
await rm(`${here}dist`, { recursive: true, force: true });
await mkdir(`${here}dist`, { recursive: true });
await build({
  entryPoints: [`${here}src/main.tsx`],
  outfile: `${here}dist/main.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  // Dexie's ES entry imports its UMD file; every host aliases it (see the README).
  alias: { dexie: 'dexie/dist/dexie.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile(`${here}../shared/index.html`, `${here}dist/index.html`);
