// Bundles the example as a host's build would (esbuild; the packages through their public exports,
// i.e. their dist/) into dist/, with the shared index.html. React resolves to this example's
// React 18, also for @dossier/react and @lit/react (hoisted beside the workspace's React 19).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
const reactDir = dirname(require.resolve('react/package.json'));
const reactDomDir = dirname(require.resolve('react-dom/package.json'));
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
  alias: { dexie: 'dexie/dist/dexie.mjs', react: reactDir, 'react-dom': reactDomDir },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile(`${here}../shared/index.html`, `${here}dist/index.html`);
