// Bundles a browser entry (TypeScript) with the packages' sources, the way the demo and benches run.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `entry` for the browser. `@dossier/*` resolve to their sources through the
 * `dossier-source` export condition; `minify` is for size measurements.
 * @returns the bundled code, and its metafile when asked.
 */
export async function bundleForBrowser(entry, { minify = false, external = [], metafile = false, stdin } = {}) {
  const result = await build({
    ...(stdin ? { stdin: { contents: stdin, resolveDir: root, loader: 'ts' } } : { entryPoints: [entry] }),
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['dossier-source'],
    tsconfig: `${root}/tsconfig.json`,
    minify,
    external,
    metafile,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}
