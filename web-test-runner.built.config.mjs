// Browser tests on the BUILT packages, as a host gets them (`npm run test:built:browser`, after `npm run build`).
//
//   npx web-test-runner --config web-test-runner.built.config.mjs
//   npx web-test-runner --config web-test-runner.built.config.mjs --files test/built/browser/csp.test.ts
//
// Unlike web-test-runner.config.mjs, nothing maps `@dossier/*` to sources: imports resolve through
// each package.json "exports" (no `dossier-source` condition) to packages/*/dist, and `lit` to its
// production build, the way a host's bundler resolves them. Pages under test/built/pages/ are served
// with the response headers their `?policy=` names (see test/built/support/page-policies.mjs), so a
// test can load one in an iframe under a strict Content-Security-Policy or Trusted Types.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { testCommandsPlugin } from './test/built/support/test-commands-plugin.mjs';
import { pagePolicyMiddleware } from './test/built/support/page-policies.mjs';
import { readmeSnippetPlugin } from './test/built/support/readme-snippet-plugin.mjs';

const root = new URL('.', import.meta.url).pathname;
const require = createRequire(import.meta.url);

if (!existsSync(join(root, 'packages/elements/dist/index.js'))) {
  console.error('web-test-runner.built.config.mjs: packages/*/dist is missing; run `npm run build` first.');
  process.exit(1);
}

const dexieModule = `/${require.resolve('dexie/dist/dexie.mjs').slice(root.length)}`;

/** Dexie 4's ES entry imports its UMD file, which has no default export in a browser: every bundler host aliases it too. */
function dexieEsmPlugin() {
  return {
    name: 'dexie-esm',
    resolveImport({ source }) {
      return source === 'dexie' ? dexieModule : undefined;
    },
  };
}

export default {
  rootDir: root,
  hostname: '127.0.0.1',
  files: ['test/built/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'], browser: true },
  // One page at a time: the tests press real keys and pick files, which need the page (and the frame in it) to have focus.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserLogs: process.env.BROWSER_LOGS === '1',
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [pagePolicyMiddleware()],
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
    dexieEsmPlugin(),
    testCommandsPlugin(),
    readmeSnippetPlugin(root),
    // Test files are TypeScript; the packages they import are the built JavaScript.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.base.json') }),
  ],
};
