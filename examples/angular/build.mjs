// The example's build, as an Angular host's without the CLI: ngc compiles the app ahead of time
// (strict templates) into out-tsc/, then esbuild bundles it with the packages' public exports
// (their dist/). Angular's own packages ship partially compiled: Angular's linker (a Babel plugin
// from @angular/compiler-cli) finishes them during the bundling, as the CLI does.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
const compilerCli = require.resolve('@angular/compiler-cli/package.json');
const babel = createRequire(compilerCli)('@babel/core');
const { default: linkerPlugin } = await import(require.resolve('@angular/compiler-cli/linker/babel'));

await rm(`${here}out-tsc`, { recursive: true, force: true });
const ngc = spawnSync(`${here}node_modules/.bin/ngc`, ['-p', `${here}tsconfig.json`], { stdio: 'inherit' });
if (ngc.status !== 0) process.exit(ngc.status ?? 1);

/** Runs Angular's linker on the partially compiled Angular packages. */
const angularLinker = {
  name: 'angular-linker',
  setup(esbuild) {
    esbuild.onLoad({ filter: /node_modules[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
      const linked = await babel.transformAsync(code, {
        filename: path,
        plugins: [linkerPlugin],
        configFile: false,
        babelrc: false,
        compact: false,
        sourceMaps: false,
      });
      return { contents: linked.code, loader: 'js' };
    });
  },
};

await rm(`${here}dist`, { recursive: true, force: true });
await mkdir(`${here}dist`, { recursive: true });
await build({
  entryPoints: [`${here}out-tsc/angular/src/main.js`],
  outfile: `${here}dist/main.js`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  alias: { dexie: 'dexie/dist/dexie.mjs' },
  plugins: [angularLinker],
  // Production: Angular's development checks compiled away, as `ng build` does.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  logLevel: 'warning',
});
await copyFile(`${here}../shared/index.html`, `${here}dist/index.html`);
