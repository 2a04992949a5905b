// Browser tests in Chromium (Debian's /usr/bin/chromium or $CHROME_PATH, driven by playwright-core).
//
//   npm run test:browser                                   every package + test/**/*.browser.test.ts
//   DOSSIER_PACKAGES=core npm run test:browser             some packages only (comma-separated)
//   npx web-test-runner --group core                       one package (groups: one per package, "integration")
//   npx web-test-runner --files 'packages/core/test/**/*.test.ts' '!**/*.node.test.ts'
//   BROWSER_LOGS=1 npm run test:browser                    show the page's console output
//
// `@dossier/<pkg>[/<sub>]` is served from packages/<pkg>/src, so tests never need a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const root = new URL('.', import.meta.url).pathname;
const require = createRequire(import.meta.url);

const nodeOnly = '!**/*.node.test.ts';
const only = process.env.DOSSIER_PACKAGES?.split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const packageDirs = readdirSync(join(root, 'packages'))
  .filter((dir) => !only || only.includes(dir))
  .sort();

/** Whether `dir` holds, at any depth, a file whose name passes `accept`. */
function hasFile(dir, accept) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? entry.name !== 'node_modules' && hasFile(join(dir, entry.name), accept) : accept(entry.name),
  );
}
const isBrowserTest = (name) => name.endsWith('.test.ts') && !name.endsWith('.node.test.ts');

/** Test globs per group; groups without any test file are left out (WTR fails on an empty group). */
const groupFiles = [
  ...packageDirs
    .filter((dir) => hasFile(join(root, 'packages', dir, 'test'), isBrowserTest))
    .map((dir) => ({ name: dir, files: [`packages/${dir}/test/**/*.test.ts`, nodeOnly] })),
  ...(!only && hasFile(join(root, 'test'), (name) => name.endsWith('.browser.test.ts'))
    ? [{ name: 'integration', files: ['test/**/*.browser.test.ts'] }]
    : []),
];

const files = groupFiles.flatMap((group) => group.files.filter((f) => f !== nodeOnly)).concat(nodeOnly);

// WTR runs the top-level files AND every group; declare groups only when one is asked for.
const groupAsked = process.argv.some((arg) => arg === '--group' || arg.startsWith('--group='));
const filesAsked = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));

if (groupFiles.length === 0 && !groupAsked && !filesAsked) {
  console.log(`web-test-runner: no browser test files${only ? ` in ${only.join(', ')}` : ''} yet, nothing to run.`);
  process.exit(0);
}

/** Path of a file under node_modules, as the dev server serves it. */
function servedPath(file) {
  return `/${relative(root, file)}`;
}

const dexieModule = require.resolve('dexie/dist/dexie.mjs');
const mswWorker = join(root, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js');
const pdfWorker = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs');

/**
 * The "dossier-source" target of `subpath` in packages/<pkg>/package.json "exports", patterns
 * (`./define/*`) included, or undefined.
 */
function sourceExport(pkg, subpath) {
  const { exports } = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
  for (const [key, target] of Object.entries(exports ?? {})) {
    const source = typeof target === 'object' ? target['dossier-source'] : undefined;
    if (!source) continue;
    if (key === subpath) return source;
    const star = key.indexOf('*');
    if (star >= 0 && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1))) {
      return source.replace('*', subpath.slice(star, subpath.length - (key.length - star - 1)));
    }
  }
  return undefined;
}

/**
 * Resolves workspace packages to their sources, works around Dexie's UMD entry, serves msw's worker
 * and pdf.js's (the PDF previews' default worker URL is beside packages/elements/src/pdf/, where the
 * build puts the file in dist/).
 */
function dossierPlugin() {
  return {
    name: 'dossier-workspace',
    resolveImport({ source }) {
      const match = /^@dossier\/([^/]+)(?:\/(.+))?$/.exec(source);
      if (match) {
        const [, pkg, sub] = match;
        const found = sourceExport(pkg, sub ? `./${sub}` : '.');
        if (!found) throw new Error(`${source}: packages/${pkg}/package.json exports no "dossier-source" for it`);
        return `/packages/${pkg}/${found.replace(/^\.\//, '')}`;
      }
      // Dexie 4's ES entry imports its UMD file, which has no default export in the browser.
      if (source === 'dexie') return servedPath(dexieModule);
      // tus-js-client: its browser build (package.json "browser"), and instead of its one CommonJS
      // dependency, url-parse, what the script-tag bundles use (the platform's URL).
      if (source === 'tus-js-client') return servedPath(join(root, 'node_modules', 'tus-js-client', 'lib.esm', 'browser', 'index.js'));
      if (source === 'url-parse') return '/packages/elements/bundle/url-parse-for-bundle.ts';
      return undefined;
    },
    serve(context) {
      if (context.path === '/mockServiceWorker.js' && existsSync(mswWorker)) {
        return { body: readFileSync(mswWorker, 'utf8'), type: 'js' };
      }
      if (context.path === '/packages/elements/src/pdf/pdf.worker.min.mjs') {
        return { body: readFileSync(pdfWorker, 'utf8'), type: 'js' };
      }
      return undefined;
    },
  };
}

export default {
  rootDir: root,
  files,
  groups: groupAsked ? groupFiles : undefined,
  nodeResolve: true,
  concurrency: 2,
  concurrentBrowsers: 1,
  browserLogs: process.env.BROWSER_LOGS === '1',
  testsFinishTimeout: 600_000,
  testFramework: {
    // A guard against a hang, not a speed mark (see .mocharc.cjs).
    config: { timeout: 60_000 },
  },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    dossierPlugin(),
    // tsconfig.base.json, not tsconfig.json: the plugin hands the file to esbuild as-is and
    // esbuild does not follow "extends", so experimentalDecorators/useDefineForClassFields
    // must be read from the file that sets them.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
  ],
};
